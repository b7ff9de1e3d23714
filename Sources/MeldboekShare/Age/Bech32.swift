// BIP-173 Bech32 (not Bech32m), without the length limit: age's text form of keys.
import MeldboekSodium

/// Strict Bech32 encoding and decoding, as age uses it for `age1...` and `AGE-SECRET-KEY-1...`.
///
/// Decoding rejects mixed case, characters outside the alphabet, a bad checksum and
/// non-zero padding bits. The HRP is returned as written, so callers can insist on a case.
/// Every intermediate buffer is wiped, because identities pass through here.
enum Bech32 {
    private static let alphabet = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
    private static let checksumLength = 6

    /// The alphabet index of each ASCII character, or -1.
    private static let reverse: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (index, character) in alphabet.enumerated() { table[Int(character)] = Int8(index) }
        return table
    }()

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1ff_ffff) << 5 ^ UInt32(value)
            for bit in 0..<5 where (top >> bit) & 1 == 1 {
                checksum ^= generator[bit]
            }
        }
        return checksum
    }

    /// The HRP expanded for the checksum: high bits, a zero, low bits, all of the lower-case form.
    private static func expand(_ hrp: [UInt8]) -> [UInt8] {
        let lower = hrp.map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) }
        return lower.map { $0 >> 5 } + [0] + lower.map { $0 & 31 }
    }

    /// Encodes `data` under `hrp`, in lower case unless `uppercase`, as ASCII bytes.
    ///
    /// The caller owns the result and wipes it if the data was secret.
    static func encode(hrp: String, data: UnsafeRawBufferPointer, uppercase: Bool) -> [UInt8] {
        let hrpBytes = Array(hrp.utf8)
        var groups = regroup(data, from: 8, to: 5, pad: true) ?? []
        defer { wipe(&groups) }
        var checked = expand(hrpBytes) + groups + [UInt8](repeating: 0, count: checksumLength)
        defer { wipe(&checked) }
        let checksum = polymod(checked) ^ 1
        for index in 0..<checksumLength {
            groups.append(UInt8((checksum >> (5 * (5 - index))) & 31))
        }
        var text = hrpBytes + [0x31]
        text.reserveCapacity(text.count + groups.count)
        for group in groups {
            let character = alphabet[Int(group)]
            text.append(uppercase && character >= 0x61 ? character - 0x20 : character)
        }
        return text
    }

    /// Decodes Bech32 text into its HRP (as written) and data bytes, or nil if it is not valid.
    ///
    /// The caller owns `data` and wipes it if it is secret.
    static func decode(_ text: UnsafeRawBufferPointer) -> (hrp: String, data: [UInt8])? {
        let hasLower = text.contains { $0 >= 0x61 && $0 <= 0x7A }
        let hasUpper = text.contains { $0 >= 0x41 && $0 <= 0x5A }
        guard !(hasLower && hasUpper), text.allSatisfy({ $0 >= 33 && $0 <= 126 }) else { return nil }
        guard let separator = text.lastIndex(of: 0x31), separator >= 1,
            text.count - separator - 1 >= checksumLength
        else { return nil }
        let hrp = Array(text[..<separator])
        var values = [UInt8]()
        defer { wipe(&values) }
        values.reserveCapacity(text.count - separator - 1)
        for character in text[(separator + 1)...] {
            let lower = character | ((character >= 0x41 && character <= 0x5A) ? 0x20 : 0)
            let value = reverse[Int(lower)]
            guard value >= 0 else { return nil }
            values.append(UInt8(value))
        }
        var checked = expand(hrp) + values
        defer { wipe(&checked) }
        guard polymod(checked) == 1 else { return nil }
        var groups = Array(values.dropLast(checksumLength))
        defer { wipe(&groups) }
        guard let data = groups.withUnsafeBytes({ regroup($0, from: 5, to: 8, pad: false) }) else { return nil }
        return (String(decoding: hrp, as: UTF8.self), data)
    }

    /// Converts between bit-group sizes; without `pad`, leftover bits must be fewer than `from` and zero.
    private static func regroup(_ input: UnsafeRawBufferPointer, from: Int, to: Int, pad: Bool) -> [UInt8]? {
        var accumulator: UInt32 = 0
        var bits = 0
        var output = [UInt8]()
        output.reserveCapacity(input.count * from / to + 1)
        let mask = UInt32(1 << to) - 1
        for value in input {
            accumulator = (accumulator << from | UInt32(value)) & 0xffff
            bits += from
            while bits >= to {
                bits -= to
                output.append(UInt8((accumulator >> UInt32(bits)) & mask))
            }
        }
        defer { accumulator = 0 }
        if pad {
            if bits > 0 { output.append(UInt8((accumulator << UInt32(to - bits)) & mask)) }
        } else if bits >= from || (accumulator << UInt32(to - bits)) & mask != 0 {
            wipe(&output)
            return nil
        }
        return output
    }
}
