// A disclosure in JSON, as bundles and evidence folders carry it. Decoding is strict: no unknown
// or missing keys, exactly one form per field and token, hashes as 64 lower-case hex digits.
import Foundation
import MeldboekCore
import MeldboekSodium

/// The coding keys of every object in a disclosure.
private struct Key: CodingKey {
    let stringValue: String
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

/// The decoding error every malformed disclosure gives.
private func malformed(_ decoder: any Decoder) -> DecodingError {
    .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "malformed disclosure"))
}

/// A container's keys must be exactly `keys`.
private func keyed(_ decoder: any Decoder, exactly keys: Set<String>) throws -> KeyedDecodingContainer<Key> {
    let container = try decoder.container(keyedBy: Key.self)
    guard Set(container.allKeys.map(\.stringValue)) == keys, container.allKeys.count == keys.count else {
        throw malformed(decoder)
    }
    return container
}

/// 32 bytes as 64 lower-case hex digits.
private func hash(_ container: KeyedDecodingContainer<Key>, _ key: String, _ decoder: any Decoder) throws -> [UInt8] {
    let text = try container.decode(String.self, forKey: Key(key))
    guard let bytes = try? Encoding.fromHex(text), bytes.count == Commitments.byteCount, Encoding.hex(bytes) == text
    else { throw malformed(decoder) }
    return bytes
}

extension DisclosedToken: Codable {
    public init(from decoder: any Decoder) throws {
        let keys = Set(try decoder.container(keyedBy: Key.self).allKeys.map(\.stringValue))
        if keys == ["text", "salt"] {
            let container = try keyed(decoder, exactly: keys)
            self = .revealed(text: try container.decode(String.self, forKey: Key("text")), salt: try hash(container, "salt", decoder))
        } else if keys == ["digest", "pseudonym"] {
            let container = try keyed(decoder, exactly: keys)
            self = .hidden(digest: try hash(container, "digest", decoder),
                           pseudonym: try container.decode(String.self, forKey: Key("pseudonym")))
        } else {
            throw malformed(decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .revealed(let text, let salt):
            try container.encode(text, forKey: Key("text"))
            try container.encode(Encoding.hex(salt), forKey: Key("salt"))
        case .hidden(let digest, let pseudonym):
            try container.encode(Encoding.hex(digest), forKey: Key("digest"))
            try container.encode(pseudonym, forKey: Key("pseudonym"))
        }
    }
}

extension DisclosedField: Codable {
    public init(from decoder: any Decoder) throws {
        let keys = Set(try decoder.container(keyedBy: Key.self).allKeys.map(\.stringValue))
        let container = try keyed(decoder, exactly: keys)
        let name = try container.decode(String.self, forKey: Key("name"))
        switch keys {
        case ["name", "value"]: self = .value(name: name, value: try container.decode(String.self, forKey: Key("value")))
        case ["name", "tokens"]: self = .tokens(name: name, tokens: try container.decode([DisclosedToken].self, forKey: Key("tokens")))
        case ["name", "commitment"]: self = .commitment(name: name, commitment: try hash(container, "commitment", decoder))
        default: throw malformed(decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(name, forKey: Key("name"))
        switch self {
        case .value(_, let value): try container.encode(value, forKey: Key("value"))
        case .tokens(_, let tokens): try container.encode(tokens, forKey: Key("tokens"))
        case .commitment(_, let commitment): try container.encode(Encoding.hex(commitment), forKey: Key("commitment"))
        }
    }
}

extension Disclosure: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try keyed(decoder, exactly: ["kind", "fields", "fieldSalts"])
        let kind = try container.decode(Kind.self, forKey: Key("kind"))
        let fields = try container.decode([DisclosedField].self, forKey: Key("fields"))
        var salts: [String: [UInt8]] = [:]
        for (name, text) in try container.decode([String: String].self, forKey: Key("fieldSalts")) {
            guard let bytes = try? Encoding.fromHex(text), bytes.count == Commitments.byteCount, Encoding.hex(bytes) == text
            else { throw malformed(decoder) }
            salts[name] = bytes
        }
        self.init(kind: kind, fields: fields, fieldSalts: salts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(kind, forKey: Key("kind"))
        try container.encode(fields, forKey: Key("fields"))
        try container.encode(fieldSalts.mapValues(Encoding.hex), forKey: Key("fieldSalts"))
    }

    /// The disclosure as JSON (sorted keys, so the same disclosure always gives the same bytes).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Strings, arrays and objects only: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Reads a disclosure from outside: one JSON value, no key twice, no unknown key.
    ///
    /// - Throws: ``EvidenceFormatError/disclosureMalformed``.
    public init(json data: Data) throws(EvidenceFormatError) {
        guard data.count <= 4 * 1024 * 1024, (try? StrictJSON.check(data)) != nil,
              let disclosure = try? JSONDecoder().decode(Disclosure.self, from: data) else { throw .disclosureMalformed }
        self = disclosure
    }
}
