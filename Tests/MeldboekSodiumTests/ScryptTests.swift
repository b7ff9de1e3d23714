// Tests for Scrypt: the small RFC 7914 vectors and rejected parameters.
import Testing
import MeldboekSodium

@Test func scryptMatchesRFC7914EmptyVector() throws {
    // RFC 7914, Section 12: scrypt(P="", S="", N=16, r=1, p=1, dkLen=64).
    let output = try Scrypt.derive(passphrase: [], salt: [], logN: 4, r: 1, p: 1, length: 64)
    output.withUnsafeBytes {
        #expect(Array($0) == hex("""
            77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442
            fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906
            """))
    }
}

@Test func scryptMatchesRFC7914PasswordVector() throws {
    // RFC 7914, Section 12: scrypt(P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64).
    let expected = hex("""
        fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162
        2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640
        """)
    let output = try Scrypt.derive(passphrase: utf8("password"), salt: utf8("NaCl"), logN: 10, r: 8, p: 16, length: 64)
    output.withUnsafeBytes { #expect(Array($0) == expected) }
    let fromSecure = try Scrypt.derive(
        passphrase: try SecureBytes(copying: utf8("password")), salt: utf8("NaCl"), logN: 10, r: 8, p: 16, length: 64)
    #expect(fromSecure.isEqual(to: output))
}

@Test func scryptDefaultsGiveThirtyTwoBytes() throws {
    let output = try Scrypt.derive(passphrase: utf8("pw"), salt: utf8("salt"), logN: 4)
    #expect(output.count == 32)
}

@Test func scryptRejectsImpossibleParameters() {
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Scrypt.derive(passphrase: utf8("pw"), salt: [], logN: 0)
    }
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Scrypt.derive(passphrase: utf8("pw"), salt: [], logN: 64)
    }
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Scrypt.derive(passphrase: utf8("pw"), salt: [], logN: 4, r: 0)
    }
}
