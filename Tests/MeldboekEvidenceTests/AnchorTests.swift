// Anchoring in a real vault: the request kept in the journal, replies from a real local authority matched to it
// and stored as witnesses of the checkpoint.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct AnchorTests {
    /// A melder's vault with one entry, and its evidence store.
    func vault() throws -> (EvidenceStore, TemporaryFolder) {
        let (journal, folder) = try TestVault.create()
        let store = try EvidenceStore(journal: journal)
        try journal.add(EntryFields(title: "Vergadering"))
        return (store, folder)
    }

    @Test func theRequestIsWrittenPrivatelyAndKept() throws {
        let (store, folder) = try vault()
        defer { folder.remove() }
        let out = folder.appending("anchor")
        let files = try Anchor.prepare(store, to: out)
        #expect(try String(contentsOf: files.checkpointFile, encoding: .utf8) == files.checkpoint.note)
        #expect(try store.checkpoints().map(\.note) == [files.checkpoint.note])
        let request = try TimestampRequest(der: Array(try Data(contentsOf: files.requestFile)))
        #expect(request == files.request)
        #expect(request.imprint == SHA256.hash(Array(files.checkpoint.note.utf8)))
        for file in [files.checkpointFile, files.requestFile] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(try Anchor.outstanding(in: store.journal) == [request])
        // Never over an existing file, and then nothing new is signed or kept either.
        #expect(throws: MeldboekError.fileExists(path: files.checkpointFile.path)) { try Anchor.prepare(store, to: out) }
        #expect(try Anchor.outstanding(in: store.journal) == [request])
        #expect(try store.checkpoints().count == 1)
        #expect(Anchor.curlCommand(request: files.requestFile).hasSuffix(
            "--data-binary @\(files.requestFile.path) https://freetsa.org/tsr -o \(out.path)/checkpoint.tsr"))
        #expect(Anchor.curlCommand(request: URL(fileURLWithPath: "/tmp/it's here/checkpoint.tsq"))
            .contains("@'/tmp/it'\\''s here/checkpoint.tsq'"))
    }

    @Test func aReplyIsMatchedToItsRequestAndStoredAsAWitness() async throws {
        let (store, folder) = try vault()
        let authority = try LocalTimestampAuthority()
        defer { folder.remove(); authority.remove() }
        let roots = try TrustedRoots(file: authority.rootPEM)
        let first = try Anchor.prepare(store, to: folder.appending("one"))
        try store.journal.add(EntryFields(title: "Nog een"))
        let second = try Anchor.prepare(store, to: folder.appending("two"))
        // The older request's reply still matches it, though a newer request waits too.
        let reply = try authority.reply(to: first.request.der)
        let token = try await Anchor.importTimestamp(reply, into: store, roots: roots)
        #expect(try Anchor.outstanding(in: store.journal) == [second.request])
        let witnesses = try store.witnesses()
        #expect(witnesses.count == 1)
        #expect(witnesses.first?.kind == .timestamp && witnesses.first?.checkpoint == first.checkpoint.checkpoint)
        #expect(witnesses.first?.time == token.genTime && witnesses.first?.by == token.authority)
        // The first entry is now committed no later than the authority's time; the second is not witnessed yet.
        let times = try store.committedNoLaterThan()
        #expect(times.values.map(\.time) == [token.genTime])
        await #expect(throws: TimestampError.alreadyImported) {
            try await Anchor.importTimestamp(reply, into: store, roots: roots)
        }
        // A replayed reply for the waiting request's checkpoint, from an earlier request: wrong nonce.
        let replay = TimestampRequest(imprint: second.request.imprint, nonce: second.request.nonce &+ 1)
        await #expect(throws: TimestampError.wrongNonce) {
            try await Anchor.importTimestamp(try authority.reply(to: replay.der), into: store, roots: roots)
        }
        #expect(try store.witnesses().count == 1)
    }

    @Test func aReplyWithNothingAnchoredIsRefused() async throws {
        let (store, folder) = try vault()
        let authority = try LocalTimestampAuthority()
        defer { folder.remove(); authority.remove() }
        let roots = try TrustedRoots(file: authority.rootPEM)
        let request = TimestampRequest(message: Array("a checkpoint never anchored\n".utf8))
        await #expect(throws: TimestampError.nothingOutstanding) {
            try await Anchor.importTimestamp(try authority.reply(to: request.der), into: store, roots: roots)
        }
        // A file that is no reply at all says so first.
        await #expect(throws: TimestampError.malformed) {
            try await Anchor.importTimestamp(Array("not a reply".utf8), into: store, roots: roots)
        }
    }

    @Test func anOpenTimestampsProofIsMatchedToItsCheckpoint() throws {
        let (store, folder) = try vault()
        defer { folder.remove() }
        let first = try Anchor.prepare(store, to: folder.appending("one"))
        // A checkpoint made with `meldboek checkpoint`, not anchored, may be stamped too.
        let later = try store.makeCheckpoint()
        let url = Array("https://alice.btc.calendar.opentimestamps.org".utf8)
        let pending: [UInt8] = [0x00, 0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E, UInt8(url.count + 1),
                                UInt8(url.count)] + url
        func proof(_ note: String) -> [UInt8] {
            OpenTimestampsProof.magic + [0x01, 0x08] + SHA256.hash(Array(note.utf8)) + pending
        }
        let read = try Anchor.importProof(proof(first.checkpoint.note), into: store)
        #expect(read.pendingCalendars == ["https://alice.btc.calendar.opentimestamps.org"])
        _ = try Anchor.importProof(proof(later.note), into: store)
        #expect(try store.witnesses().map(\.checkpoint) == [first.checkpoint.checkpoint, later.checkpoint])
        #expect(throws: TimestampError.alreadyImported) { try Anchor.importProof(proof(later.note), into: store) }
        #expect(throws: TimestampError.proofForOtherFile) { try Anchor.importProof(proof("another file"), into: store) }
        // Pending proofs give no time: nothing is committed by them.
        #expect(try store.committedNoLaterThan().isEmpty)
    }
}
