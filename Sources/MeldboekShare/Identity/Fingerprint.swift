// A fingerprint short enough to read aloud over the phone.
import Foundation
import MeldboekSodium

/// Sixteen characters in four groups (`K7QD-2MXA-9FHT-3WZR`): 80 bits of a
/// BLAKE2b-256 over both public keys, in base32 (RFC 4648 alphabet).
public enum Fingerprint {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// The fingerprint of a pair of public keys.
    public static func of(ageRecipient: [UInt8], signingKey: [UInt8]) -> String {
        let digest = BLAKE2b.hash(Array("meldboek/v1/fingerprint".utf8) + ageRecipient + signingKey, outputByteCount: 32)
        var bits = 0
        var value = 0
        var characters: [Character] = []
        for byte in digest.prefix(10) {
            value = (value << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                characters.append(alphabet[(value >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        return stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
