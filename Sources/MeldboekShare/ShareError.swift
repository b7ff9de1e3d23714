// Everything that can go wrong in sharing and importing, as values the command line translates.
import Foundation

/// An error from sharing, importing or receipts; messages never carry plaintext or keys.
public enum ShareError: Error, Equatable, Sendable {
    /// A contact card that isn't one line of the form `meldboek-card:1:age1…:RW…`.
    case malformedCard
    case contactExists(String)
    case contactNotFound(String)
    /// The vault is the other role's (a melder command on an adviser vault, or the reverse).
    case wrongRole(expected: String)
    /// No entries were chosen to share.
    case nothingSelected
    /// The file is not a Meldboek bundle (not age, or not addressed to this vault).
    case notABundle(String)
    /// The bundle was not encrypted to this vault's key.
    case notForThisVault
    /// The bundle or receipt is damaged or was tampered with; names what failed.
    case bundleInvalid(String)
    /// A bundle or receipt format version this build doesn't read.
    case unsupportedVersion(Int)
    /// The signature doesn't verify.
    case badSignature(String)
    /// A known case name already belongs to another sender key.
    case caseKeyMismatch(caseName: String, knownFingerprint: String, newFingerprint: String)
    case caseNotFound(String)
    /// A receipt for a bundle this journal never shared.
    case unknownBundle(String)
    /// A receipt whose bundle hash doesn't match what was shared.
    case receiptMismatch
}
