// FuzzSyncFolder: what a sync folder brings from another device, read as `sync join` and `sync` read it.
import Foundation
import MeldboekSync

/// Reads the input as a key file (checked against the bounds before anything would be derived), as a
/// device head's plaintext and as a segment's plaintext (every item's digest and entry, every record read).
public enum SyncHarness {
    public struct Outcome: Sendable {
        public var keySlots = false
        public var headCount: Int64?
        public var segmentItems: Int?
    }

    public static func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        outcome.keySlots = SyncParsing.keySlots(bytes) != nil
        outcome.headCount = SyncParsing.head(bytes)?.count
        outcome.segmentItems = SyncParsing.segment(bytes)?.items
        return outcome
    }
}
