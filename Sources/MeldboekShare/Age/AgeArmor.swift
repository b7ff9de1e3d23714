// age's ASCII armor: strict PEM ("AGE ENCRYPTED FILE"), padded base64 in 64-column lines.
import MeldboekSodium

/// Encoding and strict decoding of armored age files.
///
/// The decoder follows the C2SP age spec: RFC 7468 strict PEM with no headers, lines of exactly
/// 64 columns except a shorter last one, canonical padded base64, LF or CRLF line ends, and
/// nothing but whitespace before the BEGIN line and after the END line.
public enum AgeArmor {
    static let beginLine = Array("-----BEGIN AGE ENCRYPTED FILE-----".utf8)
    static let endLine = Array("-----END AGE ENCRYPTED FILE-----".utf8)
    private static let columnsPerLine = 64
    private static let bytesPerLine = columnsPerLine / 4 * 3

    /// Armors a whole age file: the BEGIN line, base64 lines of 64 columns, the END line, each ending in LF.
    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        var text = beginLine + [0x0A]
        var offset = 0
        while offset < bytes.count {
            let line = Array(bytes[offset..<min(offset + bytesPerLine, bytes.count)])
            text += Array(Encoding.base64(line, variant: .original).utf8) + [0x0A]
            offset += bytesPerLine
        }
        return text + endLine + [0x0A]
    }

    /// Whether input that does not start like a binary age file should be read as armor.
    ///
    /// Anything with a PEM-style dash run near its start is treated as armor, so that a damaged
    /// armor (garbage before BEGIN, a wrong label) is reported as bad armor, not as "not age".
    static func looksArmored(_ start: some Collection<UInt8>) -> Bool {
        let dashes = Array("-----".utf8)
        let bytes = Array(start)
        guard bytes.count >= dashes.count else { return false }
        return (0...(bytes.count - dashes.count)).contains { bytes[$0..<($0 + dashes.count)].elementsEqual(dashes) }
    }

    /// A byte source that yields the decoded contents of an armored input, one line at a time.
    ///
    /// - Throws from `read`: `AgeError.armor` as soon as the armor breaks a rule.
    final class Decoder: ByteSource {
        private let reader: ByteReader
        private var started = false
        private var finished = false
        private var lastLineWasShort = false
        private var decoded: [UInt8] = []
        private var offset = 0

        init(_ reader: ByteReader) {
            self.reader = reader
        }

        func read(upTo count: Int) throws -> [UInt8] {
            while offset == decoded.count {
                if finished { return [] }
                try decodeNextLine()
            }
            let take = min(count, decoded.count - offset)
            defer { offset += take }
            return Array(decoded[offset..<(offset + take)])
        }

        private func decodeNextLine() throws {
            decoded = []
            offset = 0
            if !started {
                try skipWhitespace()
                guard try nextLine() == AgeArmor.beginLine else { throw AgeError.armor("missing BEGIN line") }
                started = true
            }
            let line = try nextLine()
            if line == AgeArmor.endLine {
                try expectOnlyWhitespace()
                finished = true
                return
            }
            guard !lastLineWasShort else { throw AgeError.armor("short line before the END line") }
            guard !line.isEmpty else { throw AgeError.armor("empty line") }
            guard line.count <= AgeArmor.columnsPerLine else { throw AgeError.armor("line longer than 64 columns") }
            do {
                decoded = try Encoding.fromBase64(String(decoding: line, as: UTF8.self), variant: .original)
            } catch {
                throw AgeError.armor("invalid base64")
            }
            lastLineWasShort = decoded.count < AgeArmor.bytesPerLine
        }

        /// The next line without its LF or CRLF; the END line alone may also end the input.
        private func nextLine() throws -> [UInt8] {
            switch try reader.readLine(maxLength: AgeArmor.columnsPerLine + 1) {
            case .line(let line):
                return line.last == 0x0D ? Array(line.dropLast()) : line
            case .end(let partial):
                let line = partial.last == 0x0D ? Array(partial.dropLast()) : partial
                guard line == AgeArmor.endLine else { throw AgeError.armor("missing END line") }
                return line
            case .tooLong:
                throw AgeError.armor("line longer than 64 columns")
            }
        }

        private func skipWhitespace() throws {
            while let byte = try reader.peek(1).first, isWhitespace(byte) {
                _ = try reader.read(upTo: 1)
            }
        }

        private func expectOnlyWhitespace() throws {
            while true {
                let rest = try reader.read(upTo: 64 * 1024)
                if rest.isEmpty { return }
                guard rest.allSatisfy(isWhitespace) else { throw AgeError.armor("data after the END line") }
            }
        }

        private func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
