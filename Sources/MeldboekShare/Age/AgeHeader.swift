// The age v1 header: version line, recipient stanzas and MAC, parsed strictly and written canonically.
import MeldboekSodium

/// One recipient stanza of an age header: `-> type arguments...` and a binary body.
public struct AgeStanza: Equatable, Sendable {
    /// The first argument, naming the recipient type (`X25519`, `scrypt`, ...).
    public var type: String
    /// The arguments after the type, each non-empty printable ASCII without spaces.
    public var arguments: [String]
    /// The decoded body.
    public var body: [UInt8]

    /// Creates a stanza.
    public init(type: String, arguments: [String], body: [UInt8]) {
        self.type = type
        self.arguments = arguments
        self.body = body
    }
}

/// The parsed header: its stanzas, its MAC, and the exact bytes the MAC covers.
struct AgeHeader {
    static let versionPrefix = Array("age-encryption.org/".utf8)
    static let version = "v1"
    static let columnsPerLine = 64
    static let bytesPerLine = columnsPerLine / 4 * 3
    static let macByteCount = HMACSHA256.byteCount
    private static let macLabel = Array("header".utf8)
    private static let stanzaPrefix = Array("->".utf8)
    private static let macPrefix = Array("---".utf8)
    /// Bounds that keep a hostile header from using unbounded memory; far above any real header.
    private static let maxLineLength = 64 * 1024
    private static let maxHeaderLength = 1024 * 1024

    var stanzas: [AgeStanza]
    var mac: [UInt8]
    /// The header from its first byte up to and including `---`: what the MAC authenticates.
    var authenticatedBytes: [UInt8]

    // MARK: Writing

    /// Serializes a header for `stanzas`, with the MAC computed under `fileKey`.
    static func encode(_ stanzas: [AgeStanza], fileKey: SecureBytes) throws -> [UInt8] {
        let text = encodeAuthenticated(stanzas)
        let mac = try computeMAC(text, fileKey: fileKey)
        return text + [0x20] + Array(Encoding.base64(mac, variant: .originalNoPadding).utf8) + [0x0A]
    }

    /// The canonical header up to and including `---`, the part the MAC covers.
    static func encodeAuthenticated(_ stanzas: [AgeStanza]) -> [UInt8] {
        var text = versionPrefix + Array(version.utf8) + [0x0A]
        for stanza in stanzas {
            let words = [stanza.type] + stanza.arguments
            precondition(words.allSatisfy(isValidArgument), "age: stanza arguments must be printable ASCII")
            text += stanzaPrefix
            for word in words { text += [0x20] + Array(word.utf8) }
            text.append(0x0A)
            // Every body ends with a line shorter than 64 columns, empty if need be.
            var offset = 0
            while true {
                let line = Array(stanza.body[offset..<min(offset + bytesPerLine, stanza.body.count)])
                text += Array(Encoding.base64(line, variant: .originalNoPadding).utf8) + [0x0A]
                offset += bytesPerLine
                if line.count < bytesPerLine { break }
            }
        }
        return text + macPrefix
    }

    /// HMAC-SHA-256 under HKDF(file key, no salt, "header").
    static func computeMAC(_ authenticated: [UInt8], fileKey: SecureBytes) throws -> [UInt8] {
        let key = try HKDF.deriveKey(
            inputKeyMaterial: fileKey, salt: [], info: macLabel, outputByteCount: HMACSHA256.byteCount)
        return HMACSHA256.authenticate(authenticated, key: key)
    }

    /// Whether the MAC matches under `fileKey`, compared in constant time.
    func verifyMAC(fileKey: SecureBytes) throws -> Bool {
        constantTimeEqual(mac, try Self.computeMAC(authenticatedBytes, fileKey: fileKey))
    }

    // MARK: Reading

    /// Reads a header from `reader`, leaving it at the first payload byte.
    ///
    /// - Throws: `AgeError.notAgeFile`, `.unsupportedVersion`, `.malformedHeader` or `.truncated`;
    ///   errors of the underlying source (such as `.armor`) pass through.
    static func parse(_ reader: ByteReader) throws -> AgeHeader {
        var consumed: [UInt8] = []
        func nextLine() throws -> [UInt8] {
            switch try reader.readLine(maxLength: maxLineLength) {
            case .line(let line):
                consumed += line + [0x0A]
                guard consumed.count <= maxHeaderLength else { throw AgeError.malformedHeader("header too large") }
                return line
            case .end(let partial):
                throw consumed.isEmpty && !partial.starts(with: versionPrefix) ? AgeError.notAgeFile : .truncated
            case .tooLong:
                throw consumed.isEmpty ? AgeError.notAgeFile : .malformedHeader("line too long")
            }
        }

        let intro = try nextLine()
        guard intro.starts(with: versionPrefix) else { throw AgeError.notAgeFile }
        let versionText = intro.dropFirst(versionPrefix.count)
        guard !versionText.isEmpty, versionText.allSatisfy({ $0 >= 33 && $0 <= 126 }) else {
            throw AgeError.malformedHeader("malformed version line")
        }
        guard versionText.elementsEqual(version.utf8) else { throw AgeError.unsupportedVersion }

        var stanzas: [AgeStanza] = []
        while true {
            let line = try nextLine()
            if line.starts(with: macPrefix) {
                guard !stanzas.isEmpty else { throw AgeError.malformedHeader("no recipient stanzas") }
                let authenticated = Array(consumed.dropLast(line.count + 1)) + macPrefix
                return AgeHeader(stanzas: stanzas, mac: try parseMAC(line), authenticatedBytes: authenticated)
            }
            guard line.starts(with: stanzaPrefix) else { throw AgeError.malformedHeader("unexpected line") }
            var stanza = try parseArgumentLine(line)
            // The body: full 64-column lines, then exactly one shorter (maybe empty) line.
            while true {
                let bodyLine = try nextLine()
                guard bodyLine.count <= columnsPerLine else { throw AgeError.malformedHeader("body line too long") }
                let decoded = try decodeBase64(bodyLine, what: "stanza body")
                stanza.body += decoded
                if bodyLine.count < columnsPerLine { break }
            }
            stanzas.append(stanza)
        }
    }

    /// Splits `-> type args...` on single spaces; every argument must be non-empty printable ASCII.
    private static func parseArgumentLine(_ line: [UInt8]) throws -> AgeStanza {
        let words = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard words.count >= 2, words[0].elementsEqual(stanzaPrefix) else {
            throw AgeError.malformedHeader("malformed stanza line")
        }
        let arguments = words.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        guard words.dropFirst().allSatisfy({ word in !word.isEmpty && word.allSatisfy { $0 >= 33 && $0 <= 126 } })
        else {
            throw AgeError.malformedHeader("invalid stanza argument")
        }
        return AgeStanza(type: arguments[0], arguments: Array(arguments.dropFirst()), body: [])
    }

    /// Parses `--- <43 base64 characters>`.
    private static func parseMAC(_ line: [UInt8]) throws -> [UInt8] {
        guard line.count > macPrefix.count, line[macPrefix.count] == 0x20 else {
            throw AgeError.malformedHeader("malformed MAC line")
        }
        let mac = try decodeBase64(Array(line.dropFirst(macPrefix.count + 1)), what: "MAC")
        guard mac.count == macByteCount else { throw AgeError.malformedHeader("malformed MAC line") }
        return mac
    }

    /// Decodes canonical unpadded base64; anything else (CR, padding, stray bits) is malformed.
    static func decodeBase64(_ text: some Collection<UInt8>, what: String) throws -> [UInt8] {
        guard text.allSatisfy(isBase64Character) else { throw AgeError.malformedHeader("invalid \(what) encoding") }
        do {
            return try Encoding.fromBase64(String(decoding: text, as: UTF8.self), variant: .originalNoPadding)
        } catch {
            throw AgeError.malformedHeader("invalid \(what) encoding")
        }
    }

    /// Decodes a stanza argument that must be canonical base64 of exactly `count` bytes.
    static func decodeArgument(_ argument: String, count: Int, what: String) throws -> [UInt8] {
        let bytes = try decodeBase64(Array(argument.utf8), what: what)
        guard bytes.count == count else { throw AgeError.malformedHeader("\(what) is not \(count) bytes") }
        return bytes
    }

    private static func isBase64Character(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2B, 0x2F: true
        default: false
        }
    }

    private static func isValidArgument(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 33 && $0 <= 126 }
    }
}
