// FuzzRecordBody: a record's plaintext after decryption, `kind ‖ JSON body`, as the vault opens it.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekSodium

/// Opens the input as a record's plaintext, decodes its body as every kind Meldboek
/// knows, and relinks it as `meldboek upgrade` does.
///
/// The input is tried twice: as the padded plaintext that decrypts (what the vault reads,
/// so the unpadding is fuzzed), and as `kind ‖ JSON body` padded here to its record
/// bucket, which must open to exactly the input again. The seeds are unpadded, so the
/// fuzzer spends its mutations on the JSON rather than on the padding.
public enum RecordBodyHarness {
    /// Core's kinds, MeldboekShare's and MeldboekEvidence's (checkpoints, witnesses, anchor requests):
    /// every body a vault can hold.
    public static let bodyTypes: [any RecordContent.Type] =
        VaultParsing.coreBodyTypes + ShareRecordKinds.bodyTypes + EvidenceRecordKinds.bodyTypes

    /// The link relinking writes: its base64 has "+" and "/", which the encoder writes as "\/".
    static let newPrev = Data((0..<32).map { [0xFB, 0xFF, 0xBF][$0 % 3] })

    /// Dates as the vault writes them, keys sorted, so two equal bodies encode to equal bytes.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    public struct Outcome: Sendable {
        /// The input opened as padded plaintext.
        public var openedPadded = false
        /// The kinds whose body decoded, of either reading (the raw kind numbers).
        public var decodedKinds: Set<UInt8> = []
        /// Relinking succeeded (and kept the body, or the harness would have stopped).
        public var relinked = false
    }

    public static func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        if let record = VaultParsing.openRecord(padded: bytes) {
            outcome.openedPadded = true
            examine(record, into: &outcome)
        }
        guard let first = bytes.first else { return outcome }
        let padded = Padding.pad(bytes, blockSize: VaultParsing.recordBucket(for: bytes.count))
        precondition(padded.count >= 1024 && padded.count > bytes.count && padded.count.nonzeroBitCount == 1,
                     "a record is not padded to a power-of-two bucket of at least 1 KiB")
        guard let record = VaultParsing.openRecord(padded: padded),
              record.kind.rawValue == first, VaultParsing.body(of: record) == Data(bytes.dropFirst())
        else { preconditionFailure("a padded record does not open to its plaintext") }
        examine(record, into: &outcome)
        return outcome
    }

    /// Decodes the body as its kind and relinks it; relinking must change the link and nothing else.
    static func examine(_ record: OpenedRecord, into outcome: inout Outcome) {
        _ = try? record.prev
        let types = bodyTypes.filter { $0.kind == record.kind }
        for type in types where decodes(record, as: type) { outcome.decodedKinds.insert(record.kind.rawValue) }
        guard let plain = try? VaultParsing.relink(record, to: newPrev) else { return }
        guard let relinked = VaultParsing.openRecord(
                padded: Padding.pad(plain, blockSize: VaultParsing.recordBucket(for: plain.count))),
              relinked.kind == record.kind
        else { preconditionFailure("a relinked record does not open as the same kind") }
        precondition((try? relinked.prev) == newPrev, "a relinked record does not link to the new head")
        for type in types { checkSameBody(record, relinked, as: type) }
        outcome.relinked = true
    }

    static func decodes<T: RecordContent>(_ record: OpenedRecord, as type: T.Type) -> Bool {
        (try? record.decode(T.self)) != nil
    }

    /// The relinked body must decode exactly when the original does, to the same body with the new link.
    static func checkSameBody<T: RecordContent>(_ original: OpenedRecord, _ relinked: OpenedRecord, as type: T.Type) {
        let before = try? original.decode(T.self)
        let after = try? relinked.decode(T.self)
        precondition((before == nil) == (after == nil), "relinking changed whether a \(T.self) decodes")
        guard var before, let after else { return }
        before.prev = newPrev
        precondition((try? encoder.encode(before)) == (try? encoder.encode(after)),
                     "relinking changed more than the link of a \(T.self)")
    }
}
