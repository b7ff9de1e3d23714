// Receipts: the adviser's signed word that a bundle arrived, back in the melder's share log.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium

/// What a receipt says: `receipt.json` in a small ustar tar beside `receipt.json.minisig`.
public struct Receipt: Codable, Sendable, Equatable {
    public static let formatName = "meldboek-receipt"
    /// Version 2 adds `cosignature`; a version 1 receipt still imports, and answers a version 1 bundle.
    public static let currentVersion = 2
    public static let readableVersions = 1...2

    /// The adviser's cosignature of the bundle's checkpoint (C2SP tlog-cosignature/v1).
    public struct Cosignature: Codable, Sendable, Equatable {
        /// The signed checkpoint note as the bundle carried it, the melder's signature line included.
        public var checkpoint: String
        /// The cosignature line: `— <cosigner name> <base64(key id ‖ time ‖ signature)>`.
        public var signature: String
        /// The adviser's cosigner verifier key, `<name>+<key id hex>+<base64(0x04 ‖ key)>`.
        public var cosignerKey: String

        public init(checkpoint: String, signature: String, cosignerKey: String) {
            self.checkpoint = checkpoint
            self.signature = signature
            self.cosignerKey = cosignerKey
        }
    }

    public var format: String
    public var version: Int
    public var bundleId: String
    /// SHA-256 of the whole bundle file as the adviser received it.
    public var bundleSha256: String
    public var importedAt: Date
    public var adviser: BundleManifest.Party
    /// Version 2: present when the adviser cosigned the bundle's checkpoint (absent for a fork, or an
    /// unproven checkpoint).
    public var cosignature: Cosignature?

    /// The receipt as its version reads it: version 1 knows no cosignature.
    func readAs(_ version: Int) -> Receipt {
        var copy = self
        if version < 2 { copy.cosignature = nil }
        return copy
    }

    static let signatureLimit: UInt64 = 4096
    static let receiptLimit: UInt64 = 64 * 1024

    static func trustedComment(_ receipt: Receipt) -> String { "meldboek receipt \(receipt.bundleId)" }

    /// The receipt file for an import, signed with the adviser's key.
    public static func make(for result: ImportResult, journal: Journal) throws -> Data {
        try journal.requireRole(.adviser)
        let identity = try journal.identity()
        // A version 1 bundle (a melder on an older build, or a vault without a log) gets the receipt it reads.
        let receipt = Receipt(
            format: formatName, version: result.bundleVersion >= 2 ? currentVersion : 1, bundleId: result.bundleId,
            bundleSha256: result.bundleSha256, importedAt: result.importedAt, adviser: BundleWriter.party(try identity.card),
            cosignature: result.bundleVersion >= 2 ? result.witness?.cosignature : nil)
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
        let receipt = try decode(json)
        guard let share = try ShareLog.shares(in: journal).first(where: { $0.bundleId == receipt.bundleId }) else {
            throw ShareError.unknownBundle(receipt.bundleId)
        }
        let card = try Card(share.card)
        do {
            let trusted = try Minisign.verify(signature: signature, message: Array(json), publicKey: card.minisignPublicKey)
            guard trusted == trustedComment(receipt) else { throw ShareError.receiptBadSignature(.signedCommentMismatch) }
        } catch let error as MinisignError {
            throw ShareError.receiptBadSignature(.minisign(error))
        }
        guard receipt.bundleSha256 == share.bundleSha256 else { throw ShareError.receiptMismatch }
        if let cosignature = receipt.cosignature {
            let cosignedAt = try check(cosignature, journal: journal)
            // The journal's evidence keeps the cosignature as a witness of its checkpoint ("committed no later
            // than"); it takes it only for a checkpoint of this very tree.
            let checkpoint = try SignedNote(parsing: cosignature.checkpoint).checkpoint()
            do {
                try EvidenceStore(journal: journal).record(
                    cosignature: CheckpointReference(size: Int64(checkpoint.size), root: Data(checkpoint.root)),
                    cosignedAt: cosignedAt, cosigner: cosignature.cosignerKey, signatureLine: cosignature.signature,
                    now: now)
            } catch EvidenceError.logUnknownCheckpoint {
                throw ShareError.receiptInvalid(.cosignedCheckpointUnknown)
            }
        }
        if share.receipt != nil { return (share, true) }
        try journal.transaction {
            try $0.append(ReceiptBody(
                prev: Data(), bundleId: receipt.bundleId, importedAt: receipt.importedAt,
                adviserKey: card.minisignPublicKey.base64, recordedAt: now, cosignature: receipt.cosignature))
        }
        var recorded = share
        recorded.receipt = receipt.importedAt
        recorded.cosignature = receipt.cosignature
        return (recorded, false)
    }

    /// Checks a receipt's cosignature: over a checkpoint this journal signed, by the cosigner key the (signed)
    /// receipt names. Returns the cosignature's time.
    @discardableResult
    static func check(_ cosignature: Cosignature, journal: Journal) throws -> Date {
        let ownKey = try BundleProof.checkpointKey(identity: journal.identity())
        let evidence = BundleManifest.Evidence(checkpoint: cosignature.checkpoint, checkpointKey: ownKey, consistency: nil)
        if case .failure = Result(catching: { () throws(ShareProblem) in try BundleProof.checkCheckpoint(evidence) }) {
            throw ShareError.receiptInvalid(.cosignedCheckpointUnknown)
        }
        switch Result(catching: { () throws(ShareProblem) in
            try BundleProof.checkCosignature(
                line: cosignature.signature, checkpoint: cosignature.checkpoint, key: cosignature.cosignerKey)
        }) {
        case .success(let date): return date
        case .failure(let problem): throw ShareError.receiptInvalid(problem)
        }
    }

    /// Whether a receipt (already imported, so well formed) is of version 2, which can carry a cosignature.
    public static func isVersion2(_ data: Data) throws -> Bool {
        try decode(try readMembers(data).json).version >= 2
    }

    /// Reads and checks receipt.json the way `receipts import` does, every field against the format.
    ///
    /// - Throws: ``ShareError/receiptInvalid(_:)`` naming the problem, or ``ShareError/unsupportedVersion(_:)``.
    public static func decode(_ json: Data) throws -> Receipt {
        let member = "receipt.json"
        do {
            let header: OutsideJSON.Header
            do {
                header = try OutsideJSON.decode(OutsideJSON.Header.self, from: json, member: member)
            } catch .malformedJSON where (try? StrictJSON.check(json)) != nil {
                throw ShareProblem.wrongFormat(member)
            }
            guard header.format == formatName else { throw ShareProblem.wrongFormat(member) }
            guard readableVersions.contains(header.version) else { throw ShareError.unsupportedVersion(header.version) }
            // Version 1 had no cosignature; a key of that name in one is not read.
            let receipt = try OutsideJSON.decode(Receipt.self, from: json, member: member).readAs(header.version)
            guard FormatRules.isLowerCaseUUIDv4(receipt.bundleId) else {
                throw ShareProblem.invalidField(member: member, field: "bundleId")
            }
            guard FormatRules.isLowerHex(receipt.bundleSha256, count: 64) else {
                throw ShareProblem.invalidField(member: member, field: "bundleSha256")
            }
            _ = try FormatRules.party(receipt.adviser, member: member, field: "adviser")
            return receipt
        } catch let problem as ShareProblem {
            throw ShareError.receiptInvalid(problem)
        }
    }

    private static func readMembers(_ data: Data) throws -> (json: Data, signature: String) {
        do {
            let tar = TarReader(
                source: ArraySource(Array(data)),
                limits: TarReader.Limits(maxEntrySize: receiptLimit, maxEntries: 2, maxTotalSize: receiptLimit * 2))
            guard let first = try tar.next() else { throw ShareProblem.missingMember("receipt.json") }
            guard first.name == "receipt.json" else {
                throw ShareProblem.memberOutOfOrder(found: first.name, expected: "receipt.json")
            }
            let json = try tar.readMember(size: first.size)
            guard let second = try tar.next() else { throw ShareProblem.missingMember("receipt.json.minisig") }
            guard second.name == "receipt.json.minisig" else {
                throw ShareProblem.memberOutOfOrder(found: second.name, expected: "receipt.json.minisig")
            }
            guard second.size <= signatureLimit else { throw ShareProblem.memberTooLarge(second.name) }
            let signature = String(decoding: try tar.readMember(size: second.size), as: UTF8.self)
            if let extra = try tar.next() { throw ShareProblem.unlistedMember(extra.name) }
            return (json, signature)
        } catch let error as TarError {
            throw ShareError.receiptInvalid(.tar(error))
        } catch let problem as ShareProblem {
            throw ShareError.receiptInvalid(problem)
        }
    }
}
