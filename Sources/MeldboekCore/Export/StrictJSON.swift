// A JSON check before decoding: Foundation keeps one copy of a duplicated key without a word, so we look first.
import Foundation

/// (In Core so sharing and the evidence formats check outside JSON alike.)
///
/// Checks that bytes are one JSON value (RFC 8259) with no object that names a key twice.
///
/// JSON readers disagree on which copy of a duplicated key wins, so a manifest with
/// `"sha256"` twice could show a hand check with `jq` other contents than the import
/// saw. Keys are compared after their escapes are decoded, as Swift compares
/// strings (`"\u0061"` and `"a"` are one key; so are a key in NFC and in NFD).
/// Nesting deeper than ``maxDepth`` is refused, so the check never runs out of stack.
public enum StrictJSON {
    public enum Failure: Error, Equatable, Sendable {
        case malformed
        case duplicateKey
    }

    public static let maxDepth = 64

    public static func check(_ data: Data) throws(Failure) {
        var scanner = Scanner(bytes: Array(data))
        scanner.skipSpace()
        try scanner.value(depth: 0)
        scanner.skipSpace()
        guard scanner.index == scanner.bytes.count else { throw .malformed }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func expect(_ byte: UInt8) throws(Failure) {
            guard current == byte else { throw .malformed }
            index += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < StrictJSON.maxDepth, let byte = current else { throw .malformed }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth + 1)
            case UInt8(ascii: "["): try array(depth: depth + 1)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: try number()
            }
        }

        mutating func literal(_ word: String) throws(Failure) {
            for byte in word.utf8 { try expect(byte) }
        }

        mutating func object(depth: Int) throws(Failure) {
            try expect(UInt8(ascii: "{"))
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            var keys = Set<String>()
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw .malformed }
                let key = try string()
                guard keys.insert(key).inserted else { throw .duplicateKey }
                skipSpace()
                try expect(UInt8(ascii: ":"))
                skipSpace()
                try value(depth: depth)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"))
                return
            }
        }

        mutating func array(depth: Int) throws(Failure) {
            try expect(UInt8(ascii: "["))
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                skipSpace()
                try value(depth: depth)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"))
                return
            }
        }

        mutating func number() throws(Failure) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, isDigit(first) else { throw .malformed }
            index += 1
            if first != UInt8(ascii: "0") { while let byte = current, isDigit(byte) { index += 1 } }
            if current == UInt8(ascii: ".") {
                index += 1
                try digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                try digits()
            }
        }

        mutating func digits() throws(Failure) {
            guard let byte = current, isDigit(byte) else { throw .malformed }
            while let byte = current, isDigit(byte) { index += 1 }
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        /// A string, returned with its escapes decoded; invalid UTF-8 or a lone surrogate is malformed.
        mutating func string() throws(Failure) -> String {
            try expect(UInt8(ascii: "\""))
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() throws(Failure) {
                guard !run.isEmpty else { return }
                guard let text = String(validating: run, as: UTF8.self) else { throw .malformed }
                scalars.append(contentsOf: text.unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
            while true {
                guard let byte = current else { throw .malformed }
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    try flush()
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    try flush()
                    guard let escape = current else { throw .malformed }
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        let unit = try hex4()
                        var value = UInt32(unit)
                        if (0xD800...0xDBFF).contains(unit) {
                            try expect(UInt8(ascii: "\\"))
                            try expect(UInt8(ascii: "u"))
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw .malformed }
                            value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        }
                        guard let scalar = Unicode.Scalar(value) else { throw .malformed }
                        scalars.append(scalar)
                    default: throw .malformed
                    }
                case 0x00...0x1F:
                    throw .malformed
                default:
                    run.append(byte)
                }
            }
        }

        mutating func hex4() throws(Failure) -> UInt16 {
            var value: UInt16 = 0
            for _ in 0..<4 {
                guard let byte = current else { throw .malformed }
                index += 1
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: throw .malformed
                }
                value = value << 4 | UInt16(digit)
            }
            return value
        }
    }
}
