// The bundle's tar reader, on arbitrary bytes: it must refuse or read, never crash or hang.
import Foundation
import FuzzDriver
import MeldboekShare

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let reader = TarReader(
        source: ArraySource(Array(UnsafeBufferPointer(start: data, count: size))),
        limits: TarReader.Limits(maxEntrySize: 1 << 20, maxEntries: 64, maxTotalSize: 4 << 20))
    while let entry = try? reader.next() {
        var left = entry.size
        while left > 0, let piece = try? reader.read(upTo: 4096), !piece.isEmpty { left -= UInt64(piece.count) }
    }
    return 0
}

runLibFuzzer(fuzzTar)
