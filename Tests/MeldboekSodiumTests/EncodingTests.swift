// Tests for Encoding: RFC 4648 vectors, every variant, and strict rejection of non-canonical text.
import Testing
import MeldboekSodium

/// RFC 4648, Section 10: Base64 test vectors.
private let rfc4648: [(text: String, base64: String)] = [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
    ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
]

@Test func base64MatchesRFC4648() throws {
    for vector in rfc4648 {
        #expect(Encoding.base64(utf8(vector.text), variant: .original) == vector.base64)
        #expect(try Encoding.fromBase64(vector.base64, variant: .original) == utf8(vector.text))
        let unpadded = String(vector.base64.filter { $0 != "=" })
        #expect(Encoding.base64(utf8(vector.text), variant: .originalNoPadding) == unpadded)
        #expect(try Encoding.fromBase64(unpadded, variant: .originalNoPadding) == utf8(vector.text))
    }
}

@Test func base64VariantsUseTheirAlphabets() throws {
    let bytes: [UInt8] = [0xfb, 0xff]
    #expect(Encoding.base64(bytes, variant: .original) == "+/8=")
    #expect(Encoding.base64(bytes, variant: .originalNoPadding) == "+/8")
    #expect(Encoding.base64(bytes, variant: .urlSafe) == "-_8=")
    #expect(Encoding.base64(bytes, variant: .urlSafeNoPadding) == "-_8")
    #expect(try Encoding.fromBase64("-_8", variant: .urlSafeNoPadding) == bytes)
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("+/8", variant: .urlSafeNoPadding) }
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("-_8=", variant: .original) }
    let aliased: Encoding.Base64Variant = .urlSafe
    #expect(aliased == Base64Variant.urlSafe)
    for variant in Base64Variant.allCases {
        let random = Random.bytes(count: 50)
        #expect(try Encoding.fromBase64(Encoding.base64(random, variant: variant), variant: variant) == random)
    }
}

@Test func base64RejectsNonCanonicalText() {
    // "YQ" is "a"; "YR" has the same six bits plus a stray low bit that must be zero.
    #expect((try? Encoding.fromBase64("YQ", variant: .originalNoPadding)) == utf8("a"))
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("YR", variant: .originalNoPadding) }
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("YR==", variant: .original) }
    // Padding exactly when the variant has it.
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("YQ", variant: .original) }
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("YQ=", variant: .original) }
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("YQ==", variant: .originalNoPadding) }
    // A lone character cannot encode a byte.
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("Y", variant: .originalNoPadding) }
}

@Test func base64RejectsTrailingAndForeignCharacters() {
    for text in ["Zg==x", "Zg== ", "Zm9v\n", " Zm9v", "Zm9v=", "Zm 9v", "Zm9v\0", "Zm9vé"] {
        #expect(throws: SodiumError.invalidEncoding, "\(text.debugDescription)") {
            try Encoding.fromBase64(text, variant: .original)
        }
    }
    #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("Zm9vYg!", variant: .originalNoPadding) }
}

@Test func hexRoundTripsInLowercase() throws {
    #expect(Encoding.hex([]) == "")
    #expect(Encoding.hex([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
    #expect(try Encoding.fromHex("000fa5ff") == [0x00, 0x0f, 0xa5, 0xff])
    #expect(try Encoding.fromHex("000FA5FF") == [0x00, 0x0f, 0xa5, 0xff])
    #expect(try Encoding.fromHex("") == [])
    let random = Random.bytes(count: 40)
    #expect(try Encoding.fromHex(Encoding.hex(random)) == random)
}

@Test func hexRejectsAnythingButPairsOfDigits() {
    for text in ["abc", "0g", "00 ", " 00", "00:11", "0x00", "zz", "é0", "00\n"] {
        #expect(throws: SodiumError.invalidEncoding, "\(text.debugDescription)") { try Encoding.fromHex(text) }
    }
}

@Test func base64RejectsBytesOutsideASCII() {
    // libsodium 1.0.18 reads the characters as signed chars, and every byte from 0x80 up then
    // passes its alphabet check as `/`: "˜" (CB 9C) would decode like "//". FuzzSignedNote found it.
    #expect((try? Encoding.fromBase64("ab//", variant: .original)) != nil)
    for variant in Base64Variant.allCases {
        #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("ab\u{2DC}", variant: variant) }
        #expect(throws: SodiumError.invalidEncoding) { try Encoding.fromBase64("\u{2DC}\u{2DC}", variant: variant) }
    }
}
