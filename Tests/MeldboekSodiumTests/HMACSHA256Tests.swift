// Tests for HMACSHA256: RFC 4231 cases 1–4 and 6, key forms, streaming, and verification.
import Testing
import MeldboekSodium

/// RFC 4231, Section 4: HMAC-SHA-256 test cases (case 5 is truncated output, so it is left out).
private let rfc4231Cases: [(name: String, key: [UInt8], data: [UInt8], mac: [UInt8])] = [
    ("case 1", [UInt8](repeating: 0x0b, count: 20), utf8("Hi There"),
     hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")),
    ("case 2", utf8("Jefe"), utf8("what do ya want for nothing?"),
     hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")),
    ("case 3", [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
     hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")),
    ("case 4", hex("0102030405060708090a0b0c0d0e0f10111213141516171819"), [UInt8](repeating: 0xcd, count: 50),
     hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")),
    ("case 6", [UInt8](repeating: 0xaa, count: 131), utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
     hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")),
]

@Test func hmacMatchesRFC4231() throws {
    for vector in rfc4231Cases {
        #expect(HMACSHA256.authenticate(vector.data, key: vector.key) == vector.mac, "\(vector.name)")
        let secureKey = try SecureBytes(copying: vector.key)
        #expect(HMACSHA256.authenticate(vector.data, key: secureKey) == vector.mac, "\(vector.name), secure key")
    }
}

@Test func hmacAuthenticatorMatchesOneShot() {
    let vector = rfc4231Cases[1]
    var authenticator = HMACSHA256.Authenticator(key: vector.key)
    authenticator.update(Array(vector.data.prefix(10)))
    Array(vector.data.dropFirst(10)).withUnsafeBytes { authenticator.update($0) }
    #expect(authenticator.finalize() == vector.mac)
    #expect(authenticator.finalize() == vector.mac, "finalize leaves the authenticator as it was")
    var fork = authenticator
    fork.update([0])
    #expect(fork.finalize() != vector.mac)
    #expect(authenticator.finalize() == vector.mac, "a copy's updates do not reach the original")
}

@Test func hmacAcceptsAnEmptyKey() {
    // HMAC-SHA-256 with an empty key over an empty message, as listed in Wikipedia's "HMAC" article (Examples).
    #expect(HMACSHA256.authenticate([], key: []) == hex(
        "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"))
}

@Test func hmacVerificationIsExact() throws {
    let vector = rfc4231Cases[0]
    #expect(HMACSHA256.isValidAuthenticationCode(vector.mac, for: vector.data, key: vector.key))
    #expect(HMACSHA256.isValidAuthenticationCode(vector.mac, for: vector.data, key: try SecureBytes(copying: vector.key)))
    #expect(!HMACSHA256.isValidAuthenticationCode(flippingBit(of: vector.mac, at: 31), for: vector.data, key: vector.key))
    #expect(!HMACSHA256.isValidAuthenticationCode(Array(vector.mac.prefix(16)), for: vector.data, key: vector.key))
    #expect(!HMACSHA256.isValidAuthenticationCode(vector.mac, for: utf8("Hi there"), key: vector.key))
}
