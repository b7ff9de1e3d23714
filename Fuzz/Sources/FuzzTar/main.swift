// The bundle's tar reader, on arbitrary bytes: it must refuse or read, never crash or hang.
import Foundation
import MeldboekShare

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let reader = TarReader(
        source: ArraySource(Array(UnsafeBufferPointer(start: data, count: size))),
        limits: TarReader.Limits(maxEntrySize: 1 << 20, maxEntries: 64, maxTotalSize: 4 << 20))
    while let entry = try? reader.next() {
        var left = entry.size
        while left > 0, let piece = try? reader.read(upTo: 4096), !piece.isEmpty { left -= UInt64(piece.count) }
    }
    return 0
}

// SwiftPM gives an executable its own `main`, which hides libFuzzer's; so run libFuzzer's driver from here.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
nonisolated(unsafe) let empty: [UInt8] = [0]
exit(runFuzzerDriver(&argumentCount, &arguments) { data, size in
    empty.withUnsafeBufferPointer { fuzzTar(data ?? $0.baseAddress!, size) }
})
