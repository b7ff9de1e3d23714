// The sync folder's parsers, open to the fuzz targets and the corpus tests: what a file from another device
// (or from whoever reaches the folder) is read as.
import Foundation
import MeldboekCore

/// Reads the inputs the sync folder brings: a key file (not sealed: it comes before any key), and the
/// plaintext of a head and of a segment as they are after decryption.
public enum SyncParsing {
    /// A key file's slots, only when every setting is within bounds (what `sync join` would derive from).
    public static func keySlots(_ bytes: [UInt8]) -> VaultKeySlots? {
        guard let slots = SyncFiles.slots(inKeyFile: Data(bytes)), (try? slots.checkBounds()) != nil else { return nil }
        return slots
    }

    /// What a head's plaintext says: its item count and how many files it lists; nil when it doesn't read.
    public static func head(_ plaintext: [UInt8]) -> (count: Int64, files: Int)? {
        guard let head = try? SyncFiles.decoder.decode(DeviceHead.self, from: Data(plaintext)) else { return nil }
        return (head.count, head.segments.count + head.attachments.count)
    }

    /// What a segment's plaintext holds, read as an exchange reads it: every item's digest and entry, and
    /// each record's plaintext read as a record (its kind, link, entry and attached content); nil when it
    /// doesn't read or an item is neither a record, a deletion nor a digest.
    public static func segment(_ plaintext: [UInt8]) -> (items: Int, records: Int)? {
        guard let segment = try? SyncFiles.decoder.decode(SyncSegment.self, from: Data(plaintext)) else { return nil }
        var records = 0
        for item in segment.items {
            guard item.digest != nil else { return nil }
            _ = item.entry
            if let plain = item.record, let record = OpenedRecord(plaintext: Array(plain)) {
                _ = record.attachedContent
                _ = record.deletion
                records += 1
            }
        }
        return (segment.items.count, records)
    }
}
