// Tests for BLAKE2b: RFC 7693's "abc", libsodium's keyed vectors, and the streaming hasher.
import Testing
import MeldboekSodium

/// RFC 7693, Appendix A: BLAKE2b-512("abc").
private let blake2b512OfABC = hex("""
    ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1
    7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923
    """)

@Test func blake2b512MatchesRFC7693() {
    #expect(BLAKE2b.hash(utf8("abc"), outputByteCount: 64) == blake2b512OfABC)
}

@Test func blake2bMatchesLibsodiumKeyedVectors() {
    // libsodium test/default/generichash.c and .exp: for i in 0..<64, key = 00…(i % 64),
    // input = 00…(i - 1), output length 1 + i % 64. Lines 32 and 64 of the .exp file.
    let key = (0..<64).map { UInt8($0) }
    let input = (0..<64).map { UInt8($0) }
    #expect(BLAKE2b.hash(Array(input.prefix(31)), outputByteCount: 32, key: Array(key.prefix(32))) == hex(
        "a9f51bb7f6a3e9cdb96ce652c07d177962a348a9cced1b92f948187e59b44463"))
    #expect(BLAKE2b.hash(Array(input.prefix(63)), outputByteCount: 64, key: key) == hex("""
        bd965bf31e87d70327536f2a341cebc4768eca275fa05ef98f7f1b71a0351298
        de006fba73fe6733ed01d75801b4a928e54231b38e38c562b2e33ea1284992fa
        """))
    // Line 1: i = 0, a one-byte key, empty input, one byte out.
    #expect(BLAKE2b.hash([], outputByteCount: 1, key: [0]) == [0x05])
}

@Test func blake2bDefaultsToThirtyTwoBytes() {
    #expect(BLAKE2b.hash(utf8("abc")).count == 32)
    #expect(BLAKE2b.hash(utf8("abc")) != Array(blake2b512OfABC.prefix(32)), "the length is part of the parameters")
}

@Test func blake2bHasherMatchesOneShot() {
    let data = Random.bytes(count: 1000)
    var hasher = BLAKE2b.Hasher(outputByteCount: 64)
    hasher.update(Array(data[..<1]))
    hasher.update(Array(data[1..<129]))
    hasher.update([])
    data[129...].withUnsafeBytes { hasher.update($0) }
    #expect(hasher.finalize() == BLAKE2b.hash(data, outputByteCount: 64))
    #expect(hasher.finalize() == hasher.finalize(), "finalize leaves the hasher as it was")

    var keyed = BLAKE2b.Hasher(outputByteCount: 32, key: [1, 2, 3])
    keyed.update(data)
    #expect(keyed.finalize() == BLAKE2b.hash(data, outputByteCount: 32, key: [1, 2, 3]))
}

@Test func blake2bHasherCopiesAreIndependent() {
    var first = BLAKE2b.Hasher(outputByteCount: 64)
    first.update(utf8("ab"))
    var second = first
    first.update(utf8("c"))
    second.update(utf8("x"))
    #expect(first.finalize() == blake2b512OfABC)
    #expect(second.finalize() == BLAKE2b.hash(utf8("abx"), outputByteCount: 64))
}
