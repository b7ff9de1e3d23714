// Case- and accent-insensitive text, so "cafe" finds "café".
import Foundation

/// Text folded for comparison: lower case, accents removed, spaces collapsed.
public enum Folding {
    /// Folds `text`: canonical decomposition, combining marks dropped, lower-cased,
    /// runs of white space made one space, none at the ends.
    ///
    /// ASCII, most of any Dutch or English text, is folded byte by byte; only other
    /// characters go through Unicode decomposition. Searching ten thousand entries
    /// folds about ten megabytes, so this matters.
    public static func fold(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var space = false
        func append(_ scalar: Unicode.Scalar) {
            let isWhitespace = scalar.isASCII
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isWhitespace {
                space = !folded.isEmpty
                return
            }
            if space {
                folded.append(0x20)
                space = false
            }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                append(scalar)
                continue
            }
            if scalar.value < latinEnd {
                for part in latinFolds[Int(scalar.value)] { append(part) }
                continue
            }
            for part in withoutMarks(scalar) { append(part) }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The scalars left of `scalar` after canonical decomposition without its combining marks.
    private static func withoutMarks(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
    }

    /// Where the table of precomputed decompositions ends: Latin up to Latin Extended-B,
    /// which holds every accented letter of Dutch and its neighbours.
    private static let latinEnd: UInt32 = 0x250

    /// ``withoutMarks(_:)`` of every scalar below ``latinEnd``, computed once.
    private static let latinFolds: [[Unicode.Scalar]] = (0..<latinEnd).map { value in
        Unicode.Scalar(value).map(withoutMarks) ?? []
    }

    /// Whether folded `text` contains folded `part`, compared byte for byte.
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text
        return text.withUTF8 { contains(UnsafeRawBufferPointer($0), part) }
    }

    /// Whether the folded UTF-8 bytes `text` contain folded `part`.
    static func contains(_ text: UnsafeRawBufferPointer, _ part: String) -> Bool {
        if part.isEmpty { return true }
        var part = part
        return part.withUTF8 { needle in
            guard let start = text.baseAddress?.assumingMemoryBound(to: UInt8.self), let wanted = needle.baseAddress
            else { return false }
            // memchr finds each candidate first byte; memcmp checks the rest.
            var offset = 0
            while text.count - offset >= needle.count {
                guard let hit = memchr(start + offset, Int32(wanted.pointee), text.count - offset - needle.count + 1)
                else { return false }
                let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - start
                if memcmp(start + position, wanted, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

}
