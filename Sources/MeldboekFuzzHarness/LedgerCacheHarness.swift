// FuzzLedgerCache: the ledger cache's plaintext after decryption, read and searched as `list` and `search` do.
import Foundation
import MeldboekCore
import MeldboekSodium

/// Reads the input as both rows of the ledger cache (outlines only, and outlines with search
/// texts) and chooses outlines from it with two filters: one by date, category, person and
/// tag, one by words, which searches the cached texts where they lie.
///
/// Like ``RecordBodyHarness`` it tries the input as padded plaintext and padded here to its
/// bucket; the seeds are unpadded.
public enum LedgerCacheHarness {
    static let filters: [EntryFilter] = {
        var byFields = EntryFilter()
        byFields.since = Date(timeIntervalSince1970: 1_600_000_000)
        byFields.until = Date(timeIntervalSince1970: 1_900_000_000)
        byFields.categories = [.aggression, .bullying]
        byFields.people = ["jan"]
        byFields.tags = ["Werk"]
        var byWords = EntryFilter()
        byWords.words = ["vergadering", "é", "Jan de"]
        return [byFields, byWords]
    }()

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .gmt
        return calendar
    }()

    public struct Outcome: Sendable {
        /// Entries read from the row without search texts, if it was one.
        public var outlines: Int?
        /// Entries read from the row with search texts, if it was one.
        public var searchable: Int?
        /// Outlines the filters chose, over every reading.
        public var matched = 0
    }

    public static func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        let padded = Padding.pad(bytes, blockSize: VaultParsing.recordBucket(for: bytes.count))
        for input in [bytes, padded] {
            for withText in [false, true] {
                guard let contents = VaultParsing.ledgerCache(
                        padded: input, withText: withText, filters: filters, calendar: calendar)
                else { continue }
                let ids = Set(contents.outlines.map(\.id))
                for chosen in contents.matching {
                    precondition(chosen.allSatisfy { ids.contains($0.id) }, "a filter chose an outline the cache lacks")
                    outcome.matched += chosen.count
                }
                if withText {
                    outcome.searchable = contents.outlines.count
                } else {
                    outcome.outlines = contents.outlines.count
                }
            }
        }
        return outcome
    }
}
