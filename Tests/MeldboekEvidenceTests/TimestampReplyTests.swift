// Timestamp replies from a real local authority (`openssl ca` + `openssl ts -reply`), accepted and refused.
import Foundation
import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct TimestampReplyTests {
    let checkpoint = Array("meldboek.journal/0123456789abcdef0123456789abcdef\n7\nq83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=\n\n— meldboek.journal/0123456789abcdef0123456789abcdef AAAA\n".utf8)

    func roots(_ authority: LocalTimestampAuthority) throws -> TrustedRoots {
        try TrustedRoots(file: authority.rootPEM)
    }

    func expectRefused(_ expected: TimestampError, _ reply: [UInt8], _ request: TimestampRequest,
                       _ roots: TrustedRoots, now: Date = Date()) async {
        await #expect(throws: expected) {
            _ = try await TimestampReply.check(reply, request: request, trustedRoots: roots, now: now)
        }
    }

    @Test(arguments: [LocalTimestampAuthority.KeyType.rsa, .ecdsaP256, .ecdsaP384])
    func aGoodReplyIsAccepted(keyType: LocalTimestampAuthority.KeyType) async throws {
        let authority = try LocalTimestampAuthority(keyType: keyType)
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        let before = Date()
        let token = try await TimestampReply.check(try authority.reply(to: request.der), request: request,
                                                   trustedRoots: try roots(authority), now: Date())
        #expect(abs(token.genTime.timeIntervalSince(before)) < 120)
        #expect(token.authority.contains("Meldboek Test TSA"))
        #expect(token.policy == "1.2.3.4.1")
        #expect(!token.serialNumber.isEmpty)
        #expect(token.imprint == SHA256.hash(checkpoint))
        // The token is what `openssl ts -verify` checks by itself, so an evidence folder can rely on it.
        let tokenFile = authority.folder.appendingPathComponent("token.der")
        let dataFile = authority.folder.appendingPathComponent("checkpoint.txt")
        try Data(token.der).write(to: tokenFile)
        try Data(checkpoint).write(to: dataFile)
        let verified = try authority.openssl(["ts", "-verify", "-in", tokenFile.path, "-token_in", "-data",
                                              dataFile.path, "-CAfile", authority.rootPEM.path])
        #expect(verified.contains("Verification: OK"))
    }

    @Test func aRequestSurvivesBeingWrittenAndReadBack() throws {
        let request = TimestampRequest(message: checkpoint)
        #expect(try TimestampRequest(der: request.der) == request)
        #expect(request.imprint == SHA256.hash(checkpoint))
        #expect(TimestampRequest(message: checkpoint).nonce != request.nonce)
        var trailing = request.der
        trailing.append(0)
        #expect(throws: TimestampError.malformed) { try TimestampRequest(der: trailing) }
    }

    @Test func theReplyToAnotherRequestIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let ours = TimestampRequest(message: checkpoint)
        let theirs = TimestampRequest(message: Array("another checkpoint\n".utf8))
        await expectRefused(.otherRequest, try authority.reply(to: theirs.der), ours, try roots(authority))
    }

    @Test func aReplyWithAnotherNonceIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let ours = TimestampRequest(message: checkpoint)
        // An earlier reply for the same checkpoint: same digest, the nonce of an earlier request.
        let earlier = TimestampRequest(imprint: ours.imprint, nonce: ours.nonce &+ 1)
        await expectRefused(.wrongNonce, try authority.reply(to: earlier.der), ours, try roots(authority))
    }

    @Test func aReplyForAnotherDigestWithOurNonceIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let ours = TimestampRequest(message: checkpoint)
        let other = TimestampRequest(imprint: SHA256.hash(Array("forged".utf8)), nonce: ours.nonce)
        await expectRefused(.wrongImprint, try authority.reply(to: other.der), ours, try roots(authority))
    }

    @Test func aReplyFromAnExpiredCertificateIsRefused() async throws {
        let authority = try LocalTimestampAuthority(validity: .expired)
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        await expectRefused(.certificateExpired(subject: "CN=Meldboek Test TSA", notAfter: "2020-12-31T00:00:00Z"),
                            try authority.reply(to: request.der), request, try roots(authority))
    }

    @Test func aReplyFromACertificateNotYetValidIsRefused() async throws {
        let authority = try LocalTimestampAuthority(validity: .notYetValid)
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        await expectRefused(.certificateNotYetValid(subject: "CN=Meldboek Test TSA", notBefore: "2090-01-01T00:00:00Z"),
                            try authority.reply(to: request.der), request, try roots(authority))
    }

    @Test func aReplyFromAnAuthorityUnderAnotherRootIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        let stranger = try LocalTimestampAuthority(rootName: "Meldboek Test Root")
        defer { authority.remove(); stranger.remove() }
        let request = TimestampRequest(message: checkpoint)
        // Same root name, other key: only the key makes a root trusted.
        await expectRefused(.untrustedChain, try authority.reply(to: request.der), request, try roots(stranger))
    }

    @Test func aTokenFromTheFutureIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        let reply = try authority.reply(to: request.der)
        let yesterday = Date().addingTimeInterval(-86_400)
        await #expect {
            _ = try await TimestampReply.check(reply, request: request, trustedRoots: try roots(authority),
                                               now: yesterday)
        } throws: { error in
            if case TimestampError.timeInFuture = error { return true }
            return false
        }
    }

    @Test func aRefusalIsReportedWithItsStatus() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        // The authority accepts SHA-256, SHA-384 and SHA-512 only, so a SHA-1 query is rejected (status 2).
        let query = try authority.opensslQuery(for: checkpoint, digest: "sha1")
        await #expect {
            _ = try await TimestampReply.check(try authority.reply(to: query), request: request,
                                               trustedRoots: try roots(authority), now: Date())
        } throws: { error in
            guard case TimestampError.notGranted(let status, let text) = error else { return false }
            return status == 2 && text?.isEmpty == false
        }
    }

    @Test func aTamperedTokenIsRefused() async throws {
        let authority = try LocalTimestampAuthority()
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        let reply = try authority.reply(to: request.der)
        let roots = try roots(authority)
        // The TSTInfo's genTime, a GeneralizedTime (tag 0x18, length 15, "YYYYMMDDhhmmssZ"): a year earlier.
        let time = try #require(reply.indices.first { reply[$0] == 0x18 && reply[$0 + 1] == 15 })
        var backdated = reply
        backdated[time + 5] -= 1
        await expectRefused(.badSignature, backdated, request, roots)
        // The signature itself: its last byte.
        var signature = reply
        signature[signature.count - 1] ^= 0x01
        await expectRefused(.badSignature, signature, request, roots)
        // Bytes cut off the end.
        await expectRefused(.malformed, Array(reply.dropLast(3)), request, roots)
    }

    @Test func theSignerMustBeNamedBySignedCertificateHash() async throws {
        // Another authority's certificate swapped into the token: the signed ESSCertIDv2 no longer names it.
        let authority = try LocalTimestampAuthority(keyType: .ecdsaP256)
        defer { authority.remove() }
        let request = TimestampRequest(message: checkpoint)
        let reply = try authority.reply(to: request.der)
        let certificatePEM = try String(contentsOf: authority.authorityPEM, encoding: .utf8)
        let base64 = certificatePEM.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
        let certificate = try #require(Data(base64Encoded: base64)).map { $0 }
        let start = try #require(find(certificate, in: reply))
        // Flip a byte inside the certificate's signature (its last byte): same key and name, other certificate.
        var swapped = reply
        swapped[start + certificate.count - 1] ^= 0x01
        await expectRefused(.badSignature, swapped, request, try roots(authority))
    }

    func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    @Test func rootsFileMustHoldCertificates() throws {
        #expect(throws: TimestampError.trustedRootsUnreadable) { try TrustedRoots(pem: "no certificate here") }
        #expect(throws: TimestampError.trustedRootsUnreadable) {
            try TrustedRoots(pem: "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
        }
    }
}
