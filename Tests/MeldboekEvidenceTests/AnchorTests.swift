// Anchoring in a real vault: the request kept in the journal, replies from a real local authority matched to it.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct AnchorTests {
    static let checkpoint = "meldboek.journal/00112233445566778899aabbccddeeff\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n— meldboek.journal/00112233445566778899aabbccddeeff abcd\n"
    static let later = "meldboek.journal/00112233445566778899aabbccddeeff\n5\nBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=\n\n— meldboek.journal/00112233445566778899aabbccddeeff abcd\n"

    @Test func theRequestIsWrittenPrivatelyAndKept() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let out = folder.appending("anchor")
        let files = try Anchor.prepare(checkpoint: Self.checkpoint, in: journal, to: out)
        #expect(try Data(contentsOf: files.checkpoint) == Data(Self.checkpoint.utf8))
        let request = try TimestampRequest(der: Array(try Data(contentsOf: files.request)))
        #expect(request == files.timestampRequest)
        #expect(request.imprint == SHA256.hash(Array(Self.checkpoint.utf8)))
        for file in [files.checkpoint, files.request] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(try Anchor.outstanding(in: journal) == [request])
        // Never over an existing file, and then nothing new is kept either.
        #expect(throws: MeldboekError.fileExists(path: files.checkpoint.path)) {
            try Anchor.prepare(checkpoint: Self.later, in: journal, to: out)
        }
        #expect(try Anchor.outstanding(in: journal) == [request])
        #expect(Anchor.curlCommand(request: files.request).hasSuffix(
            "--data-binary @\(files.request.path) https://freetsa.org/tsr -o \(out.path)/checkpoint.tsr"))
        #expect(Anchor.curlCommand(request: URL(fileURLWithPath: "/tmp/it's here/checkpoint.tsq"))
            .contains("@'/tmp/it'\\''s here/checkpoint.tsq'"))
    }

    @Test func aReplyIsMatchedToItsRequestAndKept() async throws {
        let (journal, folder) = try TestVault.create()
        let authority = try LocalTimestampAuthority()
        defer { folder.remove(); authority.remove() }
        let roots = try TrustedRoots(file: authority.rootPEM)
        let first = try Anchor.prepare(checkpoint: Self.checkpoint, in: journal, to: folder.appending("one"))
        let second = try Anchor.prepare(checkpoint: Self.later, in: journal, to: folder.appending("two"))
        // The older request's reply still matches it, though a newer request waits too.
        let reply = try authority.reply(to: Array(try Data(contentsOf: first.request)))
        let token = try await Anchor.importTimestamp(reply, into: journal, roots: roots)
        #expect(try Anchor.outstanding(in: journal) == [second.timestampRequest])
        let witnesses = try Anchor.witnesses(in: journal)
        #expect(witnesses.map(\.checkpoint) == [Self.checkpoint])
        #expect(witnesses.first?.kind == .timestamp(authority: token.authority, time: token.genTime))
        #expect(witnesses.first?.bytes == token.der)
        await #expect(throws: TimestampError.alreadyImported) {
            try await Anchor.importTimestamp(reply, into: journal, roots: roots)
        }
        // A replayed reply for the same checkpoint as the waiting request, from an earlier request: wrong nonce.
        let replay = TimestampRequest(imprint: second.timestampRequest.imprint, nonce: second.timestampRequest.nonce &+ 1)
        await #expect(throws: TimestampError.wrongNonce) {
            try await Anchor.importTimestamp(try authority.reply(to: replay.der), into: journal, roots: roots)
        }
        #expect(try Anchor.witnesses(in: journal).count == 1)
    }

    @Test func aReplyWithNothingAnchoredIsRefused() async throws {
        let (journal, folder) = try TestVault.create()
        let authority = try LocalTimestampAuthority()
        defer { folder.remove(); authority.remove() }
        let request = TimestampRequest(message: Array(Self.checkpoint.utf8))
        await #expect(throws: TimestampError.nothingOutstanding) {
            try await Anchor.importTimestamp(try authority.reply(to: request.der), into: journal,
                                             roots: try TrustedRoots(file: authority.rootPEM))
        }
        // A file that is no reply at all says so first.
        await #expect(throws: TimestampError.malformed) {
            try await Anchor.importTimestamp(Array("not a reply".utf8), into: journal,
                                             roots: try TrustedRoots(file: authority.rootPEM))
        }
    }

    @Test func anOpenTimestampsProofIsMatchedToItsCheckpoint() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        _ = try Anchor.prepare(checkpoint: Self.checkpoint, in: journal, to: folder.appending("one"))
        _ = try Anchor.prepare(checkpoint: Self.later, in: journal, to: folder.appending("two"))
        let url = Array("https://alice.btc.calendar.opentimestamps.org".utf8)
        let pending: [UInt8] = [0x00, 0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E, UInt8(url.count + 1), UInt8(url.count)] + url
        let proof = OpenTimestampsProof.magic + [0x01, 0x08] + SHA256.hash(Array(Self.checkpoint.utf8)) + pending
        let read = try Anchor.importProof(proof, into: journal)
        #expect(read.pendingCalendars == ["https://alice.btc.calendar.opentimestamps.org"])
        #expect(try Anchor.witnesses(in: journal).map(\.checkpoint) == [Self.checkpoint])
        let stranger = OpenTimestampsProof.magic + [0x01, 0x08] + SHA256.hash([0x01]) + pending
        #expect(throws: TimestampError.proofForOtherFile) { try Anchor.importProof(stranger, into: journal) }
    }
}
