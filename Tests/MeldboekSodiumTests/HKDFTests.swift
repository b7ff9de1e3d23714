// Tests for HKDF: RFC 5869 cases 1–3 with both input forms, and the output bounds.
import Testing
import MeldboekSodium

/// RFC 5869, Appendix A.1–A.3 (HKDF with SHA-256).
private let rfc5869Cases: [(name: String, ikm: [UInt8], salt: [UInt8], info: [UInt8], okm: [UInt8])] = [
    ("A.1", [UInt8](repeating: 0x0b, count: 22), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"),
     hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")),
    ("A.2", (0x00...0x4f).map { UInt8($0) }, (0x60...0xaf).map { UInt8($0) }, (0xb0...0xff).map { UInt8($0) },
     hex("""
        b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c
        59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71
        cc30c58179ec3e87c14c01d5c1f3434f1d87
        """)),
    ("A.3", [UInt8](repeating: 0x0b, count: 22), [], [],
     hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")),
]

@Test func hkdfMatchesRFC5869() throws {
    for vector in rfc5869Cases {
        let fromArray = try HKDF.deriveKey(
            inputKeyMaterial: vector.ikm, salt: vector.salt, info: vector.info, outputByteCount: vector.okm.count)
        fromArray.withUnsafeBytes { #expect(Array($0) == vector.okm, "\(vector.name)") }
        let fromSecure = try HKDF.deriveKey(
            inputKeyMaterial: try SecureBytes(copying: vector.ikm), salt: vector.salt, info: vector.info,
            outputByteCount: vector.okm.count)
        #expect(fromSecure.isEqual(to: fromArray), "\(vector.name), secure input")
    }
}

@Test func hkdfShorterOutputIsAPrefix() throws {
    let vector = rfc5869Cases[1]
    let short = try HKDF.deriveKey(inputKeyMaterial: vector.ikm, salt: vector.salt, info: vector.info, outputByteCount: 16)
    short.withUnsafeBytes { #expect(Array($0) == Array(vector.okm.prefix(16))) }
}

@Test func hkdfOutputBounds() throws {
    let longest = try HKDF.deriveKey(inputKeyMaterial: [1], salt: [], info: [], outputByteCount: 255 * 32)
    #expect(longest.count == HKDF.maximumOutputByteCount)
    #expect(try HKDF.deriveKey(inputKeyMaterial: [1], salt: [], info: [], outputByteCount: 0).count == 0)
    #expect(throws: SodiumError.invalidLength(what: "HKDF output", expected: 8160, actual: 8161)) {
        try HKDF.deriveKey(inputKeyMaterial: [1], salt: [], info: [], outputByteCount: 8161)
    }
    #expect(throws: SodiumError.invalidLength(what: "HKDF output", expected: 8160, actual: -1)) {
        try HKDF.deriveKey(inputKeyMaterial: [1], salt: [], info: [], outputByteCount: -1)
    }
}
