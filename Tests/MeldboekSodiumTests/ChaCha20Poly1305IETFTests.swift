// Tests for ChaCha20Poly1305IETF: the RFC 8439 vector, the secret forms, and tampering.
import Testing
import MeldboekSodium

/// RFC 8439, Section 2.8.2 (AEAD_CHACHA20_POLY1305 example).
private enum RFC8439Vector {
    static let key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
    static let nonce = hex("070000004041424344454647")
    static let additionalData = hex("50515253c0c1c2c3c4c5c6c7")
    static let plaintext = utf8(
        "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.")
    static let ciphertextAndTag = hex("""
        d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6
        3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36
        92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc
        3ff4def08e4b7a9de576d26586cec64b6116
        1ae10b594f09e26a7e902ecbd0600691
        """)
}

@Test func chaChaMatchesRFC8439() throws {
    let key = try SymmetricKey(copying: RFC8439Vector.key)
    let sealed = try ChaCha20Poly1305IETF.seal(
        RFC8439Vector.plaintext, additionalData: RFC8439Vector.additionalData, nonce: RFC8439Vector.nonce, key: key)
    #expect(sealed == RFC8439Vector.ciphertextAndTag)
    let opened = try ChaCha20Poly1305IETF.open(
        sealed, additionalData: RFC8439Vector.additionalData, nonce: RFC8439Vector.nonce, key: key)
    #expect(opened == RFC8439Vector.plaintext)
}

@Test func chaChaRejectsFlippedBits() throws {
    let key = try SymmetricKey(copying: RFC8439Vector.key)
    let (ad, nonce, sealed) = (RFC8439Vector.additionalData, RFC8439Vector.nonce, RFC8439Vector.ciphertextAndTag)
    for index in sealed.indices {
        #expect(throws: SodiumError.authenticationFailed) {
            try ChaCha20Poly1305IETF.open(flippingBit(of: sealed, at: index), additionalData: ad, nonce: nonce, key: key)
        }
    }
    for index in nonce.indices {
        #expect(throws: SodiumError.authenticationFailed) {
            try ChaCha20Poly1305IETF.open(sealed, additionalData: ad, nonce: flippingBit(of: nonce, at: index), key: key)
        }
    }
    for index in ad.indices {
        #expect(throws: SodiumError.authenticationFailed) {
            try ChaCha20Poly1305IETF.open(sealed, additionalData: flippingBit(of: ad, at: index), nonce: nonce, key: key)
        }
    }
    #expect(throws: SodiumError.authenticationFailed) {
        try ChaCha20Poly1305IETF.open(Array(sealed.prefix(15)), additionalData: ad, nonce: nonce, key: key)
    }
    #expect(throws: SodiumError.invalidLength(what: "ChaCha20-Poly1305 nonce", expected: 12, actual: 24)) {
        try ChaCha20Poly1305IETF.open(sealed, additionalData: ad, nonce: [UInt8](repeating: 0, count: 24), key: key)
    }
}

@Test func chaChaSealsAndOpensSecrets() throws {
    // age wraps a 16-byte file key under a zero nonce with a single-use key.
    let wrapKey = try SymmetricKey.random()
    let zeroNonce = [UInt8](repeating: 0, count: 12)
    let fileKey = try SecureBytes.random(count: 16)
    let body = try ChaCha20Poly1305IETF.sealSecret(fileKey, additionalData: [], nonce: zeroNonce, key: wrapKey)
    #expect(body.count == 32)
    let opened = try ChaCha20Poly1305IETF.openSecret(body, additionalData: [], nonce: zeroNonce, key: wrapKey)
    #expect(opened.isEqual(to: fileKey))
    let plain = try ChaCha20Poly1305IETF.open(body, additionalData: [], nonce: zeroNonce, key: wrapKey)
    #expect(plain == fileKey.withUnsafeBytes { Array($0) })
    #expect(throws: SodiumError.authenticationFailed) {
        try ChaCha20Poly1305IETF.openSecret(flippingBit(of: body, at: 0), additionalData: [], nonce: zeroNonce, key: wrapKey)
    }
}
