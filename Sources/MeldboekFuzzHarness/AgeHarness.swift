// FuzzAge: age files, header and payload, as a bundle arrives.
import Foundation
import MeldboekShare
import MeldboekSodium

/// Decrypts the input as an age file with an X25519 and a scrypt identity, reading the
/// whole payload.
public struct AgeHarness {
    /// Fixed identities, so stanzas made for them in the seed corpus open and the payload is reached.
    let identities: [any AgeIdentityProtocol]

    public init() throws {
        identities = [
            try AgeIdentity(string: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"),
            ScryptPassphrase(try SecureBytes(copying: Array("password".utf8))),
        ]
    }

    public struct Outcome: Sendable {
        /// The header parsed and a stanza opened.
        public var opened = false
        /// Payload bytes read before the end or the first error.
        public var plaintext = 0
        /// The payload read to its end without an error.
        public var complete = false
    }

    public func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        guard let reader = try? AgeReader(source: ArraySource(bytes), identities: identities) else { return outcome }
        outcome.opened = true
        while true {
            guard let piece = try? reader.read(upTo: 65536) else { return outcome }
            if piece.isEmpty { break }
            outcome.plaintext += piece.count
        }
        outcome.complete = true
        return outcome
    }
}
