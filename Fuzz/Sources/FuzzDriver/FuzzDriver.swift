// Runs libFuzzer from a SwiftPM executable, whose own `main` hides libFuzzer's.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Hands the command line to libFuzzer's driver, which calls `target` with each input, and exits with its status.
///
/// - Parameter target: The target's `LLVMFuzzerTestOneInput`; `data` may be nil when `size` is 0.
public func runLibFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argumentCount, &arguments, target))
}
