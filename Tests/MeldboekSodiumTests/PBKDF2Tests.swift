// Tests for PBKDF2-HMAC-SHA256: the RFC 7914 vectors (one and several blocks, many iterations), and its bounds.
import Testing
import MeldboekSodium

@Test func pbkdf2MatchesRFC7914() throws {
    // RFC 7914, section 11: two 64-byte outputs, so each takes two HMAC blocks.
    let one = try PBKDF2.deriveKey(
        password: try SecureBytes(copying: utf8("passwd")), salt: utf8("salt"), iterations: 1, outputByteCount: 64)
    one.withUnsafeBytes {
        #expect(Array($0) == hex("""
            55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc
            49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783
            """))
    }
    let many = try PBKDF2.deriveKey(
        password: try SecureBytes(copying: utf8("Password")), salt: utf8("NaCl"), iterations: 80000,
        outputByteCount: 64)
    many.withUnsafeBytes {
        #expect(Array($0) == hex("""
            4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56
            a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d
            """))
    }
}

@Test func pbkdf2ShortOutputIsAPrefixOfTheFirstBlock() throws {
    // The widely published PBKDF2-HMAC-SHA256 case with 4096 iterations and 20 bytes.
    let short = try PBKDF2.deriveKey(
        password: try SecureBytes(copying: utf8("password")), salt: utf8("salt"), iterations: 4096,
        outputByteCount: 20)
    short.withUnsafeBytes { #expect(Array($0) == hex("c5e478d59288c841aa530db6845c4c8d962893a0")) }
}

@Test func pbkdf2RefusesNoIterationsAndNoOutput() throws {
    let password = try SecureBytes(copying: utf8("x"))
    #expect(throws: SodiumError.self) { try PBKDF2.deriveKey(password: password, salt: [], iterations: 0, outputByteCount: 8) }
    #expect(throws: SodiumError.self) { try PBKDF2.deriveKey(password: password, salt: [], iterations: 1, outputByteCount: 0) }
}
