// FuzzTar: the bundle's tar reader, on arbitrary bytes.
import Foundation
import MeldboekShare

/// Reads the input as a tar with the limits a bundle import uses, every member's header and content.
public enum TarHarness {
    public struct Outcome: Sendable {
        /// Members whose header was read.
        public var members = 0
        /// Content bytes read.
        public var content: UInt64 = 0
    }

    public static func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        let reader = TarReader(
            source: ArraySource(bytes),
            limits: TarReader.Limits(maxEntrySize: 1 << 20, maxEntries: 64, maxTotalSize: 4 << 20))
        while let entry = try? reader.next() {
            outcome.members += 1
            var left = entry.size
            while left > 0, let piece = try? reader.read(upTo: 4096), !piece.isEmpty {
                left -= UInt64(piece.count)
                outcome.content += UInt64(piece.count)
            }
        }
        return outcome
    }
}
