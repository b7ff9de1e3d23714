// Tests for X25519: RFC 7748's vectors, agreement between fresh keys, and rejected public keys.
import Testing
import MeldboekSodium

/// RFC 7748, Section 6.1 (Curve25519 Diffie–Hellman example).
private enum RFC7748 {
    static let alicePrivate = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    static let alicePublic = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
    static let bobPrivate = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
    static let bobPublic = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
    static let shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")
}

@Test func x25519MatchesRFC7748Section6() throws {
    let alice = try X25519.PrivateKey(copying: RFC7748.alicePrivate)
    let bob = try X25519.PrivateKey(copying: RFC7748.bobPrivate)
    #expect(alice.publicKey == RFC7748.alicePublic)
    #expect(bob.publicKey == RFC7748.bobPublic)
    let aliceShared = try X25519.sharedSecret(privateKey: alice, publicKey: bob.publicKey)
    let bobShared = try X25519.sharedSecret(privateKey: bob, publicKey: alice.publicKey)
    aliceShared.withUnsafeBytes { #expect(Array($0) == RFC7748.shared) }
    #expect(bobShared.isEqual(to: aliceShared))
}

@Test func x25519MatchesRFC7748Section5() throws {
    // RFC 7748, Section 5.2, first test vector (scalar and u-coordinate as given).
    let scalar = try X25519.PrivateKey(copying: hex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"))
    let output = try X25519.sharedSecret(
        privateKey: scalar, publicKey: hex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"))
    output.withUnsafeBytes {
        #expect(Array($0) == hex("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"))
    }
}

@Test func freshX25519KeysAgree() throws {
    let a = try X25519.PrivateKey()
    let b = try X25519.PrivateKey()
    #expect(a.publicKey != b.publicKey)
    #expect(try X25519.sharedSecret(privateKey: a, publicKey: b.publicKey)
        .isEqual(to: try X25519.sharedSecret(privateKey: b, publicKey: a.publicKey)))
}

@Test func x25519RejectsLowOrderAndMisSizedKeys() throws {
    let key = try X25519.PrivateKey()
    // The point 0 and the point 1 have small order; both give the all-zero secret.
    for lowOrder in [[UInt8](repeating: 0, count: 32), [1] + [UInt8](repeating: 0, count: 31)] {
        #expect(throws: SodiumError.weakPublicKey) {
            try X25519.sharedSecret(privateKey: key, publicKey: lowOrder)
        }
    }
    #expect(throws: SodiumError.invalidLength(what: "X25519 public key", expected: 32, actual: 31)) {
        try X25519.sharedSecret(privateKey: key, publicKey: [UInt8](repeating: 9, count: 31))
    }
    #expect(throws: SodiumError.invalidLength(what: "X25519 private key", expected: 32, actual: 33)) {
        try X25519.PrivateKey(copying: [UInt8](repeating: 9, count: 33))
    }
}

@Test func x25519PrivateKeyDescriptionHidesTheKey() throws {
    let key = try X25519.PrivateKey(copying: RFC7748.alicePrivate)
    #expect(key.description == "X25519.PrivateKey(32 bytes)")
    var dumped = ""
    dump(key, to: &dumped)
    #expect(!dumped.contains("119"), "dump must not show the first private byte 0x77")
    key.withUnsafeBytes { #expect(Array($0) == RFC7748.alicePrivate) }
}
