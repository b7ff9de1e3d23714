// Tests for Argon2id: libsodium's own crypto_pwhash vectors, the cost presets, and failures.
import Testing
@testable import MeldboekSodium

/// One vector from libsodium's test/default/pwhash_argon2id.c with its output in pwhash_argon2id.exp,
/// both as of commit 58441ad2fdf6 (later commits lowered tv2's memory and changed its outputs).
///
/// crypto_pwhash has no secret or associated-data inputs, so RFC 9106's vectors do not apply.
/// libsodium reads only the first 16 bytes of each 32-byte salt (crypto_pwhash_SALTBYTES).
private struct PwhashVector: Sendable {
    let name: String
    let passphrase: [UInt8]
    let salt: [UInt8]
    let opsLimit: UInt64
    let memLimit: UInt64
    let output: [UInt8]
}

private let pwhashVectors = [
    PwhashVector(
        name: "tv[4]",
        passphrase: hex("""
            4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb05311502d5250b82
            ad86b83c8f20a23dbb74f6da60b0b6ecffd67134d45946ac8ebfb3064294bc097d
            43ced68642bfb8bbbdd0f50b30118f5e
            """),
        salt: Array(hex("39d82eef32010b8b79cc5ba88ed539fbaba741100f2edbeca7cc171ffeabf258").prefix(16)),
        opsLimit: 3, memLimit: 1_432_947,
        output: hex("""
            08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b27bbd06a87130ee92222be267a29b81f5a
            e8fe8613324cfc4832dc49387fd0602f1c57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf586cd3d55c809bc08
            1541e00b682772fb2066504ff935b8ebc551a2083882f874bc0fae68e56848ae34c91097c3bf0cca8e75c0797eef3e
            fde3f75e005815018db3cf7c109a812264c4de69dcb22322dbbcfa447f5b00ecd1b04a7be1569c8e556adb7bba48adf81d
            """)),
    PwhashVector(
        name: "tv[6]",
        passphrase: hex("b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b"),
        salt: Array(hex("44071f6d181561670bda728d43fb79b443bb805afdebaf98622b5165e01b15fb").prefix(16)),
        opsLimit: 1, memLimit: 1_631_659,
        output: hex("""
            7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe973f5b5fee683bd3fce812cb9ae5e9921a
            2d06c2f1905e4e839692f2b934b682f11a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c2e181f84472b
            d7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5b54ce024118d86f0c6489d16545aaa87
            b6689dad9f2fb47fda9894f8e12b87d978b483ccd4cc5fd9595cdc7a818452f915ce2f7df95ec12b1c72e3788d473441
            d884f9748eb14703c21b45d82fd667b85f5b2d98c13303b3fe76285531a826b6fc0fe8e3dddecf
            """)),
    PwhashVector(
        name: "tv2[0]",
        passphrase: tv2Passphrase,
        salt: Array(hex("5541fbc995d5c197ba290346d2c559dedf405cf97e5f95482143202f9e74f5c2").prefix(16)),
        opsLimit: 4, memLimit: 1_397_645,
        output: hex("""
            2d232f9dc4de96628b2a4c2b39ceb6a813011fb74a3ba1da096761fabe08f563bd91366aba5c5e35aecd98643cabc16c
            e560dca261a963230a1fa2af52f2413a57a827c6ee13bcec0c123d195914a55700ccb5756196a86fb9cb4aeacccc0e6d
            d850f4386b705aaae147ea347543b7fbe24553d9da41f1b335b6e9980cdb966cf7b48520eb42a7269380c885dbefbccf
            447851fcacbe1753a5b9e1
            """)),
    PwhashVector(
        name: "tv2[1]",
        passphrase: tv2Passphrase,
        salt: Array(hex("5541fbc995d5c197ba290346d2c559dedf405cf97e5f95482143202f9e74f5c2").prefix(16)),
        opsLimit: 3, memLimit: 1_397_645,
        output: hex("""
            34b207147fb7ef83e1ca1a97e30aa6e08ea9b6b1048c59c9c13050dff33e76ce3c440d7f018f817e6b8593e78f339ba6
            33b9d7ec3519b5eafbcc4bc2d20b5136bbc7e5b7e92ff37d024bbbecf5738f718ab22c8adcdb82ceffc233b8ad61f918
            50abdfe8bb119775d9c4243ec1ac761dfbd132489228dfeab5268c7f0ddc29f56b957d1b76c874cdd77e16139e0df9b8
            47248fd782c9a1147b8480
            """)),
]

private let tv2Passphrase = hex("""
    a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae0
    65577a928febd9b1973a5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08d
    a232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f5
    8d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6
    """)

@Test(arguments: pwhashVectors.map(\.name))
func argon2idMatchesLibsodiumVector(name: String) throws {
    let vector = try #require(pwhashVectors.first { $0.name == name })
    let output = try Argon2id.derive(
        passphrase: try SecureBytes(copying: vector.passphrase),
        salt: vector.salt,
        cost: Argon2id.Cost(opsLimit: vector.opsLimit, memLimit: vector.memLimit),
        outputByteCount: vector.output.count)
    output.withUnsafeBytes { #expect(Array($0) == vector.output) }
}

@Test func argon2idDeriveKeyMatchesLibsodiumEncodedHashes() throws {
    // libsodium test/default/pwhash_argon2id.c, tv3: encoded hashes that crypto_pwhash_str_verify
    // accepts (entries 2 and 4; the .exp lists 0, 1 and 3 as the intended failures). The salt and
    // hash are the Base64 fields of each string, in hex; m is in KiB.
    // "$argon2id$v=19$m=4882,t=2,p=1$bA81arsiXysd3WbTRzmEOw$Nm8QBM+7RH1DXo9rvp5cwKEOOOfD2g6JuxlXihoNcpE"
    let emptyPassphrase = try Argon2id.deriveKey(
        passphrase: try SecureBytes(count: 0),
        salt: hex("6c0f356abb225f2b1ddd66d34739843b"),
        cost: Argon2id.Cost(opsLimit: 2, memLimit: 4882 * 1024))
    emptyPassphrase.withUnsafeBytes {
        #expect(Array($0) == hex("366f1004cfbb447d435e8f6bbe9e5cc0a10e38e7c3da0e89bb19578a1a0d7291"))
    }
    // "$argon2id$v=19$m=4096,t=19,p=1$PkEgMTYtYnl0ZXMgc2FsdA$ltB/ue1kPtBMBGfsysMpPigE6hiNEKZ9vs8vLNVDQGA"
    let key = try Argon2id.deriveKey(
        passphrase: try SecureBytes(copying: utf8("^T5H$JYt39n%K*j:W]!1s?vg!:jGi]Ax?..l7[p0v:1jHTpla9;]bUN;?bWyCbtqg ")),
        salt: utf8(">A 16-bytes salt"),
        cost: Argon2id.Cost(opsLimit: 19, memLimit: 4096 * 1024))
    key.withUnsafeBytes {
        #expect(Array($0) == hex("96d07fb9ed643ed04c0467eccac3293e2804ea188d10a67dbecf2f2cd5434060"))
    }
}

@Test func argon2idRejectsWhatLibsodiumRejects() throws {
    // tv[3] in the same file asks for 5 bytes of output, below the minimum of 16, and must fail.
    let passphrase = try SecureBytes(copying: utf8("password"))
    let salt = [UInt8](repeating: 0, count: 16)
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Argon2id.derive(passphrase: passphrase, salt: salt, cost: .minimum, outputByteCount: 5)
    }
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Argon2id.deriveKey(passphrase: passphrase, salt: salt, cost: Argon2id.Cost(opsLimit: 0, memLimit: 8192))
    }
    #expect(throws: SodiumError.keyDerivationFailed) {
        try Argon2id.deriveKey(passphrase: passphrase, salt: salt, cost: Argon2id.Cost(opsLimit: 1, memLimit: 1024))
    }
    #expect(throws: SodiumError.invalidLength(what: "Argon2id salt", expected: 16, actual: 15)) {
        try Argon2id.deriveKey(passphrase: passphrase, salt: Array(salt.prefix(15)), cost: .minimum)
    }
}

@Test func argon2idDeriveKeyIsTheFirst32BytesOfAThirtyTwoByteDerivation() throws {
    let passphrase = try SecureBytes(copying: utf8("correct horse battery staple"))
    let salt = Random.bytes(count: Argon2id.saltByteCount)
    let key = try Argon2id.deriveKey(passphrase: passphrase, salt: salt, cost: .minimum)
    let again = try Argon2id.deriveKey(passphrase: passphrase, salt: salt, cost: .minimum)
    let raw = try Argon2id.derive(passphrase: passphrase, salt: salt, cost: .minimum, outputByteCount: 32)
    #expect(key.isEqual(to: again))
    #expect(key.isEqual(to: try SymmetricKey(raw)))
    let otherSalt = try Argon2id.deriveKey(passphrase: passphrase, salt: Random.bytes(count: 16), cost: .minimum)
    #expect(!key.isEqual(to: otherSalt))
}

@Test func argon2idCostsAreLibsodiumsArgon2idConstants() throws {
    #expect(Argon2id.Cost.interactive == Argon2id.Cost(opsLimit: 2, memLimit: 64 << 20))
    #expect(Argon2id.Cost.moderate == Argon2id.Cost(opsLimit: 3, memLimit: 256 << 20))
    #expect(Argon2id.Cost.sensitive == Argon2id.Cost(opsLimit: 4, memLimit: 1 << 30))
    #expect(Argon2id.Cost.minimum == Argon2id.Cost(opsLimit: 1, memLimit: 8192))
    #expect(Argon2id.saltByteCount == 16)
}
