// Runs libFuzzer from a SwiftPM executable, whose own `main` hides libFuzzer's.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The harness the driver calls; set once by ``runLibFuzzer(_:)`` before any input runs.
nonisolated(unsafe) private var harness: ([UInt8]) -> Void = { _ in }

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    harness(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Hands the command line to libFuzzer's driver, which calls `target` with each input, and exits with its status.
///
/// - Parameter target: A harness from MeldboekFuzzHarness; what it returns is of no interest here.
public func runLibFuzzer(_ target: @escaping ([UInt8]) -> Void) -> Never {
    harness = target
    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argumentCount, &arguments, fuzzOneInput))
}
