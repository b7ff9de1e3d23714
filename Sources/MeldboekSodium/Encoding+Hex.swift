// Hex through sodium_bin2hex / sodium_hex2bin: lowercase out, strict in.
import CSodium

extension Encoding {
    /// Encodes bytes as lowercase hex.
    public static func hex(_ bytes: [UInt8]) -> String {
        prepareSodium()
        let capacity = bytes.count * 2 + 1
        var text = [CChar](repeating: 0, count: capacity)
        _ = text.withUnsafeMutableBufferPointer { out in
            bytes.withBytePointer { input, count in sodium_bin2hex(out.baseAddress!, capacity, input, count) }
        }
        return String(decoding: text.prefix(capacity - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decodes hex made only of pairs of hex digits (either case).
    ///
    /// - Throws: `SodiumError.invalidEncoding` for an odd length or any other character,
    ///   including whitespace and separators.
    public static func fromHex(_ text: String) throws -> [UInt8] {
        prepareSodium()
        let text = Array(text.utf8)
        guard text.count % 2 == 0 else { throw SodiumError.invalidEncoding }
        var output = [UInt8](repeating: 0, count: text.count / 2)
        var decodedCount = 0
        // No ignore set and no end pointer: libsodium then fails unless it consumed every character.
        let status = output.withMutableBytePointer { out, capacity in
            text.withBytePointer { input, count in
                sodium_hex2bin(out, capacity, characters(input), count, nil, &decodedCount, nil)
            }
        }
        guard status == 0, decodedCount == output.count else { throw SodiumError.invalidEncoding }
        return output
    }
}
