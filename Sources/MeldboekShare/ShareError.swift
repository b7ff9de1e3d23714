// Everything that can go wrong in sharing and importing, as values the command line translates.
import Foundation

/// An error from sharing, importing or receipts; messages never carry plaintext or keys.
public enum ShareError: Error, Equatable, Sendable {
    /// A contact card that isn't one line of the form `meldboek-card:1:age1…:RW…`.
    case malformedCard
    /// A card whose age key is all zeros or another low-order point: nothing encrypted to it stays secret.
    case cardKeyUnusable
    /// A card pasted with a fingerprint line that is not the card's own.
    case cardFingerprintMismatch
    case contactExists(String)
    case contactNotFound(String)
    /// The vault is the other role's (a melder command on an adviser vault, or the reverse).
    case wrongRole(expected: String)
    /// No entries were chosen to share.
    case nothingSelected
    /// The file is not a Meldboek bundle (not age, or not addressed to this vault).
    case notABundle(ShareProblem)
    /// The bundle was not encrypted to this vault's key.
    case notForThisVault
    /// The bundle is damaged or was tampered with; names what failed.
    case bundleInvalid(ShareProblem)
    /// A bundle or receipt format version this build doesn't read.
    case unsupportedVersion(Int)
    /// The bundle's signature doesn't verify.
    case badSignature(ShareProblem)
    /// The receipt is damaged or was tampered with; names what failed.
    case receiptInvalid(ShareProblem)
    /// The receipt's signature doesn't verify.
    case receiptBadSignature(ShareProblem)
    /// A bundle id this vault holds already, in a case of another sender.
    case bundleIdConflict(bundleId: String, caseName: String)
    /// A known case name already belongs to another sender key.
    case caseKeyMismatch(caseName: String, knownFingerprint: String, newFingerprint: String)
    case caseNotFound(String)
    /// A receipt for a bundle this journal never shared.
    case unknownBundle(String)
    /// A receipt whose bundle hash doesn't match what was shared.
    case receiptMismatch
    /// An attachment larger than a bundle can carry (`limit` bytes); found before anything is shown or written.
    case attachmentTooLargeToShare(name: String, limit: UInt64)
    /// An entry whose file in the bundle would be larger than an import accepts (`limit` bytes).
    case entryTooLargeToShare(id: String, limit: UInt64)
    /// More entries and attachments than one bundle may hold.
    case tooManyToShare(limit: Int)
    /// A bundle whose checkpoint claims a journal this vault knows, under another checkpoint key.
    case journalKeyMismatch(bundleId: String, journalId: String)
    /// `adviser witness` was given a bundle with entries.
    case witnessFileHasEntries
    /// `adviser witness` was given a bundle without a checkpoint (format 1).
    case noEvidence
    /// `shares open` was given a bundle not encrypted to this journal's key: made for someone else, or elsewhere.
    case notSentFromThisJournal
    /// `shares open` was given a bundle encrypted to this journal but signed by another key, with this fingerprint.
    case signedByAnother(fingerprint: String)
}

/// What exactly is wrong with a bundle or receipt from outside; each has an English and a Dutch sentence.
///
/// Member names and field paths are as the file gave them, and are shown escaped
/// (control characters visible) wherever they are printed.
public enum ShareProblem: Error, Equatable, Sendable {
    // The age layer.
    /// Not an age file, or not one this build reads.
    case notAgeFile
    /// The age header breaks the format or its MAC doesn't match.
    case ageHeaderDamaged
    /// The encrypted payload doesn't authenticate, is cut short or has data after its end.
    case agePayloadDamaged

    // The tar layer.
    /// A tar header is malformed, its checksum is wrong, or the archive is cut short or followed by other data.
    case tarDamaged
    /// A member name that could escape or confuse a folder (`..`, `/…`, control characters, not UTF-8).
    case unsafeMemberName(String)
    /// A member that is not a regular file: a link, device, directory, FIFO, pax or GNU header.
    case memberNotAFile
    /// Two members with the same name.
    case duplicateMember(String)
    /// A member, or the archive, over a size or count limit.
    case overLimit

    // Members against the manifest.
    /// A member where another was due (the format fixes the order); `expected` is what was due.
    case memberOutOfOrder(found: String, expected: String)
    /// A member the manifest doesn't list.
    case unlistedMember(String)
    /// A listed member that isn't there.
    case missingMember(String)
    /// A member over its size limit.
    case memberTooLarge(String)
    /// A member whose size isn't the size the manifest gives.
    case sizeMismatch(String)
    /// A member whose SHA-256 isn't the hash the manifest gives.
    case hashMismatch(String)
    /// Data after the end of the archive or of the file.
    case dataAfterEnd

    // JSON.
    /// A JSON member that isn't a Meldboek manifest or receipt at all (wrong `format`).
    case wrongFormat(String)
    /// A JSON member that doesn't decode: bad JSON, a missing key or a value of the wrong type.
    case malformedJSON(String)
    /// A JSON member with an object that has the same key twice.
    case duplicateKey(String)
    /// A field whose value breaks the format's rules; `field` is its path, like `entries[0].sha256`.
    case invalidField(member: String, field: String)
    /// The manifest lists a path, or an attachment of one entry under one name, twice.
    case listedTwice(String)
    /// An entry file whose id or revisions differ from its manifest item.
    case entryMismatch(String)

    // Signatures and keys.
    /// The `.minisig` file isn't laid out as minisign's format requires, or uses another algorithm.
    case signatureMalformed
    /// The signature was made with another key than the sender's.
    case signatureWrongKey
    /// The signature, or the signature of its trusted comment, doesn't verify.
    case signatureInvalid
    /// The signed comment names another bundle or receipt.
    case signedCommentMismatch
    /// The fingerprint given doesn't match the keys given.
    case fingerprintMismatch

    // Evidence (bundle and receipt format 2).
    /// The checkpoint isn't a signed note of a Meldboek journal, or its key string doesn't parse or name it.
    case checkpointMalformed
    /// The checkpoint's signature by the named checkpoint key doesn't verify.
    case checkpointSignatureInvalid
    /// A revision whose recomputed leaf isn't proven in the checkpoint (or whose proof is malformed).
    case revisionNotProven(entry: String, revision: Int)
    /// A revision whose shown fields differ from what its disclosure renders; `field` is the committed field name.
    case disclosureMismatch(entry: String, revision: Int, field: String)
    /// A pseudonym standing for two different hidden names in one bundle, or one hidden name under two pseudonyms.
    case pseudonymConflict(String)
    /// The consistency proof's size or hashes are not well formed.
    case consistencyMalformed
    /// A receipt's cosignature doesn't verify with the cosigner key it names.
    case cosignatureInvalid
    /// A receipt cosigns a checkpoint this journal never signed.
    case cosignedCheckpointUnknown
}

extension ShareProblem {
    /// The problem an age error means.
    static func age(_ error: AgeError) -> ShareProblem {
        switch error {
        case .notAgeFile, .unsupportedVersion, .armor, .malformedRecipient, .malformedIdentity, .noMatchingIdentity:
            .notAgeFile
        case .malformedHeader, .headerMACMismatch: .ageHeaderDamaged
        case .payloadCorrupt, .truncated, .trailingData: .agePayloadDamaged
        }
    }

    /// The problem a tar error means.
    static func tar(_ error: TarError) -> ShareProblem {
        switch error {
        case .malformedHeader, .badChecksum, .truncated, .trailingData: .tarDamaged
        case .unsafeName(let name), .nameTooLong(let name): .unsafeMemberName(name)
        case .unsupportedType: .memberNotAFile
        case .duplicateName(let name): .duplicateMember(name)
        case .tooLarge: .overLimit
        }
    }

    /// The problem a minisign error means.
    static func minisign(_ error: MinisignError) -> ShareProblem {
        switch error {
        case .malformed, .unsupportedAlgorithm, .invalidTrustedComment: .signatureMalformed
        case .keyIDMismatch: .signatureWrongKey
        case .invalidSignature, .invalidGlobalSignature: .signatureInvalid
        }
    }
}
