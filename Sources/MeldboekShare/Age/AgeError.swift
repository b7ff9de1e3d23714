// The one error type of the age implementation: what went wrong with a file, key or armor.

/// An error reading or writing an age file, or parsing an age key.
///
/// No case ever carries plaintext, passphrases or key material; the strings name only the
/// part of the format that was wrong, so they are safe to log and to show.
public enum AgeError: Error, Equatable, Sendable {
    /// The input does not start like an age file (binary or armored).
    case notAgeFile
    /// The file is an age file of a version other than v1.
    case unsupportedVersion
    /// The header, a stanza or the payload nonce breaks the format; the string says where.
    case malformedHeader(String)
    /// The header MAC does not match: the header was changed, or the file key is wrong.
    case headerMACMismatch
    /// None of the given identities can unwrap the file key.
    case noMatchingIdentity
    /// A payload chunk failed authentication, or the STREAM framing is wrong.
    case payloadCorrupt
    /// The file ended early: in the header, before the payload nonce, or before the final chunk.
    case truncated
    /// There are bytes after the final payload chunk.
    case trailingData
    /// An `age1...` recipient is not valid Bech32, has the wrong prefix or the wrong length.
    case malformedRecipient
    /// An `AGE-SECRET-KEY-1...` identity is not valid Bech32, has the wrong prefix or length.
    case malformedIdentity
    /// The ASCII armor is not strict PEM as age requires; the string says what is wrong.
    case armor(String)
}

extension AgeError: CustomStringConvertible {
    /// A lower-case message without a final period, in the style of age's own errors.
    public var description: String {
        switch self {
        case .notAgeFile: "not an age file"
        case .unsupportedVersion: "unsupported age format version"
        case .malformedHeader(let detail): "malformed age header: \(detail)"
        case .headerMACMismatch: "age header MAC mismatch"
        case .noMatchingIdentity: "no identity matched any of the recipients"
        case .payloadCorrupt: "age payload is corrupt"
        case .truncated: "age file is truncated"
        case .trailingData: "age file has trailing data after its end"
        case .malformedRecipient: "malformed age recipient"
        case .malformedIdentity: "malformed age identity"
        case .armor(let detail): "invalid age armor: \(detail)"
        }
    }
}
