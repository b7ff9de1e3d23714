// Tests for Ed25519: RFC 8032 tests 1–3, seeds, and every way a signature can be wrong.
import Testing
import MeldboekSodium

/// RFC 8032, Section 7.1, TEST 1–3: seed (the RFC's secret key), public key, message, signature.
private let rfc8032Tests: [(name: String, seed: [UInt8], publicKey: [UInt8], message: [UInt8], signature: [UInt8])] = [
    ("TEST 1",
     hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
     hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"),
     [],
     hex("""
        e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155
        5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b
        """)),
    ("TEST 2",
     hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
     hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"),
     hex("72"),
     hex("""
        92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da
        085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00
        """)),
    ("TEST 3",
     hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
     hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"),
     hex("af82"),
     hex("""
        6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac
        18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a
        """)),
]

@Test func ed25519MatchesRFC8032() throws {
    for test in rfc8032Tests {
        let key = try Ed25519.SigningKey(seed: try SecureBytes(copying: test.seed))
        #expect(key.publicKey == test.publicKey, "\(test.name)")
        #expect(try key.signature(for: test.message) == test.signature, "\(test.name)")
        #expect(Ed25519.isValidSignature(test.signature, for: test.message, publicKey: test.publicKey), "\(test.name)")
        try key.seed.withUnsafeBytes { #expect(Array($0) == test.seed, "\(test.name)") }
    }
}

@Test func ed25519RejectsTampering() {
    let test = rfc8032Tests[2]
    for index in test.signature.indices {
        let damaged = flippingBit(of: test.signature, at: index)
        #expect(!Ed25519.isValidSignature(damaged, for: test.message, publicKey: test.publicKey))
    }
    for index in test.message.indices {
        let damaged = flippingBit(of: test.message, at: index)
        #expect(!Ed25519.isValidSignature(test.signature, for: damaged, publicKey: test.publicKey))
    }
    #expect(!Ed25519.isValidSignature(test.signature, for: test.message + [0], publicKey: test.publicKey))
    #expect(!Ed25519.isValidSignature(test.signature, for: test.message, publicKey: rfc8032Tests[1].publicKey))
}

@Test func ed25519RejectsWrongLengths() throws {
    let test = rfc8032Tests[1]
    #expect(!Ed25519.isValidSignature(Array(test.signature.prefix(63)), for: test.message, publicKey: test.publicKey))
    #expect(!Ed25519.isValidSignature(test.signature + [0], for: test.message, publicKey: test.publicKey))
    #expect(!Ed25519.isValidSignature(test.signature, for: test.message, publicKey: Array(test.publicKey.prefix(31))))
    #expect(!Ed25519.isValidSignature([], for: [], publicKey: []))
    #expect(throws: SodiumError.invalidLength(what: "Ed25519 seed", expected: 32, actual: 64)) {
        try Ed25519.SigningKey(seed: try SecureBytes(count: 64))
    }
}

@Test func freshEd25519KeysSignAndRestoreFromTheirSeed() throws {
    let key = try Ed25519.SigningKey()
    let message = utf8("export of 3 entries")
    let signature = try key.signature(for: message)
    #expect(signature.count == Ed25519.signatureByteCount)
    #expect(Ed25519.isValidSignature(signature, for: message, publicKey: key.publicKey))
    let restored = try Ed25519.SigningKey(seed: try key.seed)
    #expect(restored.publicKey == key.publicKey)
    #expect(try restored.signature(for: message) == signature, "Ed25519 is deterministic")
    #expect(try Ed25519.SigningKey().publicKey != key.publicKey)
}

@Test func ed25519SigningKeyDescriptionHidesTheKey() throws {
    let key = try Ed25519.SigningKey(seed: try SecureBytes(copying: rfc8032Tests[0].seed))
    #expect(key.description == "Ed25519.SigningKey(64 bytes)")
    #expect(String(reflecting: key) == "Ed25519.SigningKey(64 bytes)")
}
