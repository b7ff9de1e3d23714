// Receipts: the adviser's signed word that a bundle arrived, back in the melder's share log.
import Foundation
import MeldboekCore
import MeldboekSodium

/// What a receipt says: `receipt.json` in a small ustar tar beside `receipt.json.minisig`.
public struct Receipt: Codable, Sendable, Equatable {
    public static let formatName = "meldboek-receipt"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var bundleId: String
    /// SHA-256 of the whole bundle file as the adviser received it.
    public var bundleSha256: String
    public var importedAt: Date
    public var adviser: BundleManifest.Party

    static let signatureLimit: UInt64 = 4096
    static let receiptLimit: UInt64 = 64 * 1024

    static func trustedComment(_ receipt: Receipt) -> String { "meldboek receipt \(receipt.bundleId)" }

    /// The receipt file for an import, signed with the adviser's key.
    public static func make(for result: ImportResult, journal: Journal) throws -> Data {
        try journal.requireRole(.adviser)
        let identity = try journal.identity()
        let receipt = Receipt(
            format: formatName, version: currentVersion, bundleId: result.bundleId, bundleSha256: result.bundleSha256,
            importedAt: result.importedAt, adviser: BundleWriter.party(try identity.card))
        let json = try BundleJSON.encoder().encode(receipt)
        let signature = try identity.signer.sign(
            Array(json), trustedComment: trustedComment(receipt), untrustedComment: "meldboek receipt signature")
        var out = Data()
        let tar = TarWriter { out.append(contentsOf: $0) }
        for (name, data) in [("receipt.json", json), ("receipt.json.minisig", Data(signature.utf8))] {
            try tar.beginFile(name: name, size: UInt64(data.count), modified: result.importedAt)
            try tar.write(Array(data))
            try tar.endFile()
        }
        try tar.finish()
        return out
    }

    /// Checks a receipt against the share log and the adviser's key, and records it.
    ///
    /// - Returns: The share it answers, and whether it was recorded before (then nothing changes).
    public static func importReceipt(_ data: Data, into journal: Journal, now: Date = Date()) throws
        -> (share: SharedBundle, alreadyRecorded: Bool)
    {
        try journal.requireRole(.melder)
        let (json, signature) = try readMembers(data)
        struct Header: Decodable { var format: String; var version: Int }
        guard let header = try? BundleJSON.decoder().decode(Header.self, from: json), header.format == formatName else {
            throw ShareError.bundleInvalid("receipt.json is not a Meldboek receipt")
        }
        guard header.version == currentVersion else { throw ShareError.unsupportedVersion(header.version) }
        guard let receipt = try? BundleJSON.decoder().decode(Receipt.self, from: json) else {
            throw ShareError.bundleInvalid("receipt.json is malformed")
        }
        guard let share = try ShareLog.shares(in: journal).first(where: { $0.bundleId == receipt.bundleId }) else {
            throw ShareError.unknownBundle(receipt.bundleId)
        }
        let card = try Card(share.card)
        do {
            let trusted = try Minisign.verify(signature: signature, message: Array(json), publicKey: card.minisignPublicKey)
            guard trusted == trustedComment(receipt) else { throw ShareError.badSignature("the signed comment doesn't name this bundle") }
        } catch let error as MinisignError {
            throw ShareError.badSignature("\(error)")
        }
        guard receipt.bundleSha256 == share.bundleSha256 else { throw ShareError.receiptMismatch }
        if share.receipt != nil { return (share, true) }
        try journal.transaction {
            try $0.append(ReceiptBody(
                prev: Data(), bundleId: receipt.bundleId, importedAt: receipt.importedAt,
                adviserKey: card.minisignPublicKey.base64, recordedAt: now))
        }
        var recorded = share
        recorded.receipt = receipt.importedAt
        return (recorded, false)
    }

    private static func readMembers(_ data: Data) throws -> (json: Data, signature: String) {
        do {
            let tar = TarReader(
                source: ArraySource(Array(data)),
                limits: TarReader.Limits(maxEntrySize: receiptLimit, maxEntries: 2, maxTotalSize: receiptLimit * 2))
            guard let first = try tar.next(), first.name == "receipt.json" else {
                throw ShareError.bundleInvalid("receipt.json must be the first member")
            }
            let json = try tar.readMember(size: first.size)
            guard let second = try tar.next(), second.name == "receipt.json.minisig", second.size <= signatureLimit else {
                throw ShareError.bundleInvalid("receipt.json.minisig must be the second member")
            }
            let signature = String(decoding: try tar.readMember(size: second.size), as: UTF8.self)
            guard try tar.next() == nil else { throw ShareError.bundleInvalid("the receipt holds more than two members") }
            return (json, signature)
        } catch let error as TarError {
            throw ShareError.bundleInvalid("tar: \(error)")
        }
    }
}
