// Tests for XChaCha20Poly1305: the draft's vector, both sealed forms, and tampering in every part.
import Testing
import MeldboekSodium

/// draft-irtf-cfrg-xchacha-03, Appendix A.3.1 (AEAD_XChaCha20_Poly1305).
private enum DraftVector {
    static let key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
    static let nonce = hex("404142434445464748494a4b4c4d4e4f5051525354555657")
    static let additionalData = hex("50515253c0c1c2c3c4c5c6c7")
    static let plaintext = utf8(
        "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.")
    static let ciphertextAndTag = hex("""
        bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb
        731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452
        2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9
        21f9664c97637da9768812f615c68b13b52e
        c0875924c1c7987947deafd8780acf49
        """)
}

@Test func xChaChaMatchesTheDraftVector() throws {
    let key = try SymmetricKey(copying: DraftVector.key)
    let sealed = try XChaCha20Poly1305.seal(
        DraftVector.plaintext, additionalData: DraftVector.additionalData, nonce: DraftVector.nonce, key: key)
    #expect(sealed == DraftVector.ciphertextAndTag)
    let opened = try XChaCha20Poly1305.open(
        DraftVector.ciphertextAndTag, additionalData: DraftVector.additionalData, nonce: DraftVector.nonce, key: key)
    #expect(opened == DraftVector.plaintext)
    // The combined form is just nonce ‖ ciphertext ‖ tag.
    let combined = try XChaCha20Poly1305.open(
        DraftVector.nonce + DraftVector.ciphertextAndTag, additionalData: DraftVector.additionalData, key: key)
    #expect(combined == DraftVector.plaintext)
}

@Test func xChaChaRandomNonceRoundTrip() throws {
    let key = try SymmetricKey.random()
    let message = utf8("a journal entry")
    let first = try XChaCha20Poly1305.seal(message, additionalData: utf8("entry 1"), key: key)
    let second = try XChaCha20Poly1305.seal(message, additionalData: utf8("entry 1"), key: key)
    #expect(first.count == 24 + message.count + 16)
    #expect(first != second, "each seal draws a new nonce")
    #expect(try XChaCha20Poly1305.open(first, additionalData: utf8("entry 1"), key: key) == message)
    #expect(try XChaCha20Poly1305.open(
        try XChaCha20Poly1305.seal([], additionalData: [], key: key), additionalData: [], key: key) == [])
}

@Test func xChaChaRejectsEveryFlippedBit() throws {
    let key = try SymmetricKey(copying: DraftVector.key)
    let ad = DraftVector.additionalData
    let sealed = DraftVector.nonce + DraftVector.ciphertextAndTag
    // Nonce, ciphertext and tag, one bit at a time.
    for index in sealed.indices {
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(flippingBit(of: sealed, at: index), additionalData: ad, key: key)
        }
    }
    for index in ad.indices {
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(sealed, additionalData: flippingBit(of: ad, at: index), key: key)
        }
    }
    #expect(throws: SodiumError.authenticationFailed) {
        try XChaCha20Poly1305.open(sealed, additionalData: ad, key: try SymmetricKey.random())
    }
}

@Test func xChaChaRejectsShortInputAndBadNonces() throws {
    let key = try SymmetricKey.random()
    #expect(throws: SodiumError.authenticationFailed) {
        try XChaCha20Poly1305.open([UInt8](repeating: 0, count: 39), additionalData: [], key: key)
    }
    #expect(throws: SodiumError.authenticationFailed) {
        try XChaCha20Poly1305.open([UInt8](repeating: 0, count: 15), additionalData: [], nonce: DraftVector.nonce, key: key)
    }
    #expect(throws: SodiumError.invalidLength(what: "XChaCha20-Poly1305 nonce", expected: 24, actual: 12)) {
        try XChaCha20Poly1305.seal([1], additionalData: [], nonce: [UInt8](repeating: 0, count: 12), key: key)
    }
}

@Test func xChaChaWrapsAndUnwrapsSecrets() throws {
    let wrappingKey = try SymmetricKey.random()
    let vaultKey = try SecureBytes.random(count: 32)
    let wrapped = try XChaCha20Poly1305.seal(secret: vaultKey, additionalData: utf8("vault key"), key: wrappingKey)
    #expect(wrapped.count == 24 + 32 + 16)
    let unwrapped = try XChaCha20Poly1305.openSecret(wrapped, additionalData: utf8("vault key"), key: wrappingKey)
    #expect(unwrapped.isEqual(to: vaultKey))
    #expect(throws: SodiumError.authenticationFailed) {
        try XChaCha20Poly1305.openSecret(wrapped, additionalData: utf8("other"), key: wrappingKey)
    }
}
