// Tests for age's key texts (Bech32 `age1...` and `AGE-SECRET-KEY-1...`) and the header encoding.
import MeldboekSodium
import Testing

@testable import MeldboekShare

/// The X25519 example pair from the C2SP age spec.
private let specIdentity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
private let specRecipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"

@Test func specExampleKeysMatch() throws {
    let identity = try AgeIdentity(string: specIdentity)
    #expect(identity.recipient.string == specRecipient)
    #expect(try AgeRecipient(string: specRecipient) == identity.recipient)
    #expect(try identity.encoded().withUnsafeBytes { Array($0) } == Array(specIdentity.utf8))
    // The spec's identity is 32 bytes of 0x42 ("BBBB..." in Bech32's 5-bit groups).
    #expect(identity.privateKey.withUnsafeBytes { Array($0) } == [UInt8](repeating: 0x42, count: 32))
}

@Test func generatedIdentitiesRoundTrip() throws {
    let identity = try AgeIdentity.generate()
    let encoded = try identity.encoded()
    let parsed = try AgeIdentity(encoded: encoded)
    #expect(parsed.recipient == identity.recipient)
    #expect(try AgeRecipient(string: identity.recipient.string) == identity.recipient)
    #expect(!String(describing: identity).contains("SECRET"))
}

@Test(arguments: [
    "",
    "age1",
    specRecipient.uppercased(),  // recipients are lower case
    "Age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",  // mixed case
    "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk",  // checksum
    "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujw",  // truncated
    "age2zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",  // wrong HRP
    " " + specRecipient,
])
func malformedRecipientsAreRejected(_ text: String) {
    #expect(throws: AgeError.malformedRecipient) { try AgeRecipient(string: text) }
}

@Test func keysOfTheWrongLengthAreRejected() {
    for count in [0, 31, 33] {
        let data = [UInt8](repeating: 9, count: count)
        let recipient = String(
            decoding: data.withUnsafeBytes { Bech32.encode(hrp: "age", data: $0, uppercase: false) }, as: UTF8.self)
        let identity = String(
            decoding: data.withUnsafeBytes { Bech32.encode(hrp: "AGE-SECRET-KEY-", data: $0, uppercase: true) },
            as: UTF8.self)
        #expect(throws: AgeError.malformedRecipient) { try AgeRecipient(string: recipient) }
        #expect(throws: AgeError.malformedIdentity) { try AgeIdentity(string: identity) }
    }
}

@Test(arguments: [
    "",
    specIdentity.lowercased(),  // identities are upper case
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEY",  // checksum
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAeX",  // mixed case
    specRecipient,  // a recipient is not an identity
    specIdentity + "\n",
])
func malformedIdentitiesAreRejected(_ text: String) {
    #expect(throws: AgeError.malformedIdentity) { try AgeIdentity(string: text) }
}

@Test func bech32MatchesBIP173() throws {
    // BIP-173 valid test strings (any HRP, any case that is not mixed).
    let validStrings = [
        "A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    ]
    for valid in validStrings {
        #expect(Array(valid.utf8).withUnsafeBytes { Bech32.decode($0) } != nil, "\(valid)")
    }
    // Invalid: HRP out of range, no separator, empty HRP, bad checksum, mixed case, Bech32m checksum.
    for invalid in ["\u{20}1nwldj5", "pzry9x0s0muk", "1pzry9x0s0muk", "A1G7SGD8", "a12UEL5L", "a1lqfn3a"] {
        #expect(Array(invalid.utf8).withUnsafeBytes { Bech32.decode($0) } == nil, "\(invalid)")
    }
    // Encoding is the inverse of decoding.
    let data = patternBytes(40)
    let text = data.withUnsafeBytes { Bech32.encode(hrp: "test", data: $0, uppercase: false) }
    let decoded = try #require(text.withUnsafeBytes { Bech32.decode($0) })
    #expect(decoded.hrp == "test" && decoded.data == data)
}

@Test func headerBodiesEndWithAShortLine() {
    let body48 = [UInt8](repeating: 7, count: 48)
    let text = AgeHeader.encodeAuthenticated([
        AgeStanza(type: "empty", arguments: [], body: []),
        AgeStanza(type: "full", arguments: ["a", "b"], body: body48),
    ])
    let expected = "age-encryption.org/v1\n-> empty\n\n-> full a b\n"
        + Encoding.base64(body48, variant: .originalNoPadding) + "\n\n---"
    #expect(String(decoding: text, as: UTF8.self) == expected)
}

@Test func armorEncodingWrapsAt64Columns() {
    #expect(String(decoding: AgeArmor.encode([]), as: UTF8.self)
        == "-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----\n")
    let lines = String(decoding: AgeArmor.encode(patternBytes(100)), as: UTF8.self).split(separator: "\n")
    #expect(lines.map(\.count) == [34, 64, 64, 8, 32])
}
