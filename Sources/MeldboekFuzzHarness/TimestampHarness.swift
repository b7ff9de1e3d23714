// FuzzTimestampReply: timestamp authority replies (.tsr) given to `anchor import`; FuzzOpenTimestamps: .ots proofs.
@_spi(Fuzzing) import MeldboekEvidence

/// Checks the input as the reply to one fixed request, everything but the certificate chain (which needs a trust
/// store and is swift-certificates' own code).
public enum TimestampReplyHarness {
    /// The request the seeds answer: `openssl ts -reply` to this `.tsq` (Docs/fuzzing.md).
    public static let request = TimestampRequest(imprint: [UInt8](repeating: 0x11, count: 32), nonce: 0x0102_0304_0506_0708)

    /// Whether the reply answers the request with a signature that verifies.
    public static func run(_ bytes: [UInt8]) -> Bool {
        (try? TimestampReply.checkSigned(bytes, request: request)) != nil
    }
}

/// Reads the input as an OpenTimestamps proof for one fixed file digest.
public enum OpenTimestampsHarness {
    /// The SHA-256 of "meldboek checkpoint\n", the file the seeds are for.
    public static let digest: [UInt8] = [
        0x2A, 0xE6, 0xA1, 0x16, 0x5C, 0x8B, 0x97, 0xE4, 0x0E, 0x0B, 0xA2, 0x8D, 0x0A, 0x71, 0x63, 0x66,
        0x55, 0xB0, 0xF0, 0x63, 0x81, 0x00, 0xFD, 0xD8, 0xD8, 0x2E, 0x58, 0x71, 0x48, 0x8A, 0x5E, 0x6F,
    ]

    /// The attestations read (pending calendars plus Bitcoin blocks), or nil if the proof was refused.
    public static func run(_ bytes: [UInt8]) -> Int? {
        guard let proof = try? OpenTimestampsProof.read(bytes, expecting: digest) else { return nil }
        precondition(proof.fileDigest == digest, "a proof read is for the digest expected")
        return proof.pendingCalendars.count + proof.bitcoinAttestations.count
    }
}
