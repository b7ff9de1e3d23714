// Tests for SHA256 and SHA512: FIPS 180 examples and the streaming hasher.
import Testing
import MeldboekSodium

/// FIPS 180-2, Appendix B.1: SHA-256("abc").
private let sha256OfABC = hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

@Test func sha256MatchesFIPS180() {
    #expect(SHA256.hash(utf8("abc")) == sha256OfABC)
    // FIPS 180-2, Appendix B.2: the 448-bit message.
    #expect(SHA256.hash(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) == hex(
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"))
    // SHA-256 of the empty string.
    #expect(SHA256.hash([]) == hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
}

@Test func sha256HasherMatchesOneShot() {
    var hasher = SHA256.Hasher()
    hasher.update(utf8("a"))
    hasher.update([])
    utf8("bc").withUnsafeBytes { hasher.update($0) }
    #expect(hasher.finalize() == sha256OfABC)
    #expect(hasher.finalize() == sha256OfABC, "finalize leaves the hasher as it was")

    let data = Random.bytes(count: 10_000)
    var chunked = SHA256.Hasher()
    for start in stride(from: 0, to: data.count, by: 333) {
        chunked.update(Array(data[start..<min(start + 333, data.count)]))
    }
    #expect(chunked.finalize() == SHA256.hash(data))
}

@Test func sha256HasherCopiesAreIndependent() {
    var first = SHA256.Hasher()
    first.update(utf8("ab"))
    var second = first
    first.update(utf8("c"))
    second.update(utf8("d"))
    #expect(first.finalize() == sha256OfABC)
    #expect(second.finalize() == SHA256.hash(utf8("abd")))
}

@Test func sha512MatchesFIPS180() {
    // FIPS 180-2, Appendix C.1: SHA-512("abc").
    #expect(SHA512.hash(utf8("abc")) == hex("""
        ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a
        2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
        """))
}
