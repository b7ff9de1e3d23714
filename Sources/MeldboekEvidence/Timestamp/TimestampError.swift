// What can be wrong with a timestamp authority's reply or an OpenTimestamps proof, one case per thing a user can meet.

/// Why a timestamp reply (RFC 3161) or an OpenTimestamps proof was refused.
///
/// The CLI turns each case into an English or Dutch sentence; no case carries text from the
/// reply except the authority's own status text, which the CLI shows escaped.
public enum TimestampError: Error, Equatable, Sendable {
    /// The authority did not grant the request: its PKIStatus, and its status text if it gave one.
    case notGranted(status: Int, text: String?)
    /// Neither the digest nor the nonce is the request's: this is the reply to another request.
    case otherRequest
    /// The digest is the request's but the nonce is not: an old reply for the same checkpoint, replayed.
    case wrongNonce
    /// The nonce is the request's but the timestamped digest is not the checkpoint's.
    case wrongImprint
    /// The signer's certificate does not lead to a root the caller trusts.
    case untrustedChain
    /// A certificate of the chain had expired at the timestamp's time: its subject and its end.
    case certificateExpired(subject: String, notAfter: String)
    /// A certificate of the chain was not yet valid at the timestamp's time: its subject and its start.
    case certificateNotYetValid(subject: String, notBefore: String)
    /// The signer's certificate is not for timestamping (RFC 3161 §2.3: one critical extended key usage, timeStamping).
    case notATimestampCertificate
    /// The signature, the signed digest of the timestamp, or the signed name of the signer's certificate does not check.
    case badSignature
    /// The timestamp's time lies in the future by more than the allowed clock difference.
    case timeInFuture(genTime: String)
    /// A signature or digest algorithm Meldboek does not check.
    case unsupportedAlgorithm
    /// The bytes are not a timestamp reply as RFC 3161 and RFC 5652 describe.
    case malformed
    /// The bytes are not an OpenTimestamps proof as its format describes (or exceed its limits).
    case proofMalformed
    /// The OpenTimestamps proof is for another file than the checkpoint.
    case proofForOtherFile
    /// `anchor import` found no checkpoint waiting for a reply: run `meldboek anchor` first.
    case nothingOutstanding
    /// The journal already keeps this very token.
    case alreadyImported
    /// The file of trusted roots has no certificate, or one that cannot be read.
    case trustedRootsUnreadable
}
