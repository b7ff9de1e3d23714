// The share log: what went to whom and when, and whether a receipt came back.
import Foundation
import MeldboekCore

/// A bundle the melder sent, as the share log keeps it.
public struct SharedBundle: Codable, Sendable, Equatable {
    public var bundleId: String
    public var contact: String
    /// The contact's card when the bundle was made, so receipts verify after the contact is removed.
    public var card: String
    public var entries: [String]
    /// Each entry's title as it went out (redacted, as of its latest version), in the order of `entries`.
    /// Nil in shares recorded before titles were kept.
    public var titles: [String]?
    public var attachments: Int
    public var redactions: [String]
    /// The words hidden as names on request (`--redact-word`), as typed; nil when none.
    public var words: [String]?
    public var note: String?
    public var createdAt: Date
    /// SHA-256 of the whole bundle file, as the adviser's receipt names it.
    public var bundleSha256: String
    /// When the adviser imported it, once their receipt is recorded.
    public var receipt: Date?
    /// Bundle format 2 with redaction: each pseudonym and the name as written it hid, kept sealed in the journal
    /// so a proof can later open just that name (`--reveal`). Never shown by `shares`.
    public var pseudonyms: [String: String]?
    /// The adviser's cosignature the receipt carried (receipt version 2), once recorded.
    public var cosignature: Receipt.Cosignature?
}

/// A share, in the chain.
struct ShareBody: RecordContent {
    static let kind = RecordKind(rawValue: 22)
    var prev: Data
    var bundle: SharedBundle

    init(prev: Data, _ bundle: SharedBundle) {
        self.prev = prev
        self.bundle = bundle
    }
}

/// A verified receipt, in the chain.
struct ReceiptBody: RecordContent {
    static let kind = RecordKind(rawValue: 23)
    var prev: Data
    var bundleId: String
    var importedAt: Date
    var adviserKey: String
    var recordedAt: Date
    /// Receipt version 2: the adviser's cosignature of the bundle's checkpoint, checked before it was stored.
    var cosignature: Receipt.Cosignature?
}

/// Reads the share log of a melder's journal.
public enum ShareLog {
    /// Every bundle shared, oldest first, with its receipt if one came back.
    public static func shares(in journal: Journal) throws -> [SharedBundle] {
        var shares: [SharedBundle] = []
        var receipts: [String: ReceiptBody] = [:]
        for record in try journal.records() {
            if let share = try record.decode(ShareBody.self) { shares.append(share.bundle) }
            if let receipt = try record.decode(ReceiptBody.self) { receipts[receipt.bundleId] = receipt }
        }
        return shares.map { share in
            var share = share
            share.receipt = receipts[share.bundleId]?.importedAt
            share.cosignature = receipts[share.bundleId]?.cosignature
            return share
        }
    }
}
