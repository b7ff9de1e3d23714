// Base64 through sodium_bin2base64 / sodium_base642bin, rejecting every non-canonical form.
import CSodium

extension Encoding {
    /// Encodes bytes as Base64 in the given variant.
    public static func base64(_ bytes: [UInt8], variant: Base64Variant) -> String {
        prepareSodium()
        // The length libsodium reports includes the terminating NUL.
        let capacity = sodium_base64_encoded_len(bytes.count, variant.sodiumValue)
        var text = [CChar](repeating: 0, count: capacity)
        _ = text.withUnsafeMutableBufferPointer { out in
            bytes.withBytePointer { input, count in
                sodium_bin2base64(out.baseAddress!, capacity, input, count, variant.sodiumValue)
            }
        }
        return String(decoding: text.prefix(capacity - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decodes canonical Base64 in the given variant.
    ///
    /// - Throws: `SodiumError.invalidEncoding` for characters outside the variant's alphabet (any non-ASCII byte too),
    ///   missing or unexpected padding, non-zero unused bits, or anything after the last character.
    public static func fromBase64(_ text: String, variant: Base64Variant) throws -> [UInt8] {
        prepareSodium()
        let text = Array(text.utf8)
        // libsodium 1.0.18 reads the characters as signed chars, so every byte from 0x80 up passes
        // its constant-time alphabet checks as `/`: only ASCII may reach it.
        guard text.allSatisfy({ $0 < 0x80 }) else { throw SodiumError.invalidEncoding }
        var output = [UInt8](repeating: 0, count: text.count / 4 * 3 + 3)
        var decodedCount = 0
        // No ignore set and no end pointer: libsodium then fails unless it consumed every character.
        let status = output.withMutableBytePointer { out, capacity in
            text.withBytePointer { input, count in
                sodium_base642bin(
                    out, capacity, characters(input), count, nil, &decodedCount, nil, variant.sodiumValue)
            }
        }
        guard status == 0 else { throw SodiumError.invalidEncoding }
        return Array(output.prefix(decodedCount))
    }
}
