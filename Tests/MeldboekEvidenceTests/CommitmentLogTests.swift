// The commitment log kept by the journal's writes, checkpoints over it, witnesses and what they prove.
import Foundation
import GRDB
import MeldboekCore
@testable import MeldboekEvidence
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct CommitmentLogTests {
    /// A new melder's vault with the commitment log registered, as the command line opens one.
    static func journal() throws -> (Journal, TemporaryFolder) {
        let (journal, folder) = try TestVault.create()
        try CommitmentLog.register(on: journal)
        return (journal, folder)
    }

    static func rows(_ journal: Journal) throws -> [(position: Int64, seq: Int64, leaf: Data)] {
        try journal.readState { try CommitmentLog.rows($0.db) }
    }

    @Test func everyChainPositionGetsOneLeafInOrderAndADeletedEntryKeepsItsLeaves() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        let file = folder.appending("mail.txt")
        try Data("mail".utf8).write(to: file)
        let kept = try journal.add(EntryFields(title: "Blijft"), attachments: [file])
        let gone = try journal.add(EntryFields(title: "Gaat weg"))
        try journal.amend(gone.id.description) { $0.title = "Gaat echt weg" }
        let before = try Self.rows(journal)
        try journal.delete(gone.id.description)

        let rows = try Self.rows(journal)
        #expect(rows.map(\.position) == [0, 1, 2, 3, 4])
        #expect(rows.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(rows.allSatisfy { $0.leaf.count == 32 })
        #expect(Array(rows.prefix(4)).map(\.leaf) == before.map(\.leaf))
        #expect(Set(rows.map(\.leaf)).count == 5)
        #expect(try journal.entry(kept.id.description).revisions[0].seq == 1)
    }

    @Test func aRecordOfAnotherKindGetsItsBlindedLeafAndTheSameContentTwiceGetsTwoLeaves() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        let first = try journal.add(EntryFields(title: "Zelfde"))
        let second = try journal.add(EntryFields(title: "Zelfde"))
        try journal.delete(first.id.description)
        let rows = try Self.rows(journal)
        // Equal fields, different seeds: nothing in the log tells equal entries apart.
        #expect(rows[0].leaf != rows[1].leaf)
        #expect(try journal.entry(second.id.description).revisions[0].seed != nil)

        let deletionID = try journal.readState { state in try state.records(after: 2)[0].id }
        let identity = try journal.identity()
        let blindKey = try identity.derivedSecret(label: "meldboek/v1/blind-leaf").withUnsafeBytes { Array($0) }
        var message: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 3]
        message += Array(deletionID)
        let data = BLAKE2b.hash(message, outputByteCount: 32, key: blindKey)
        #expect(Array(rows[2].leaf) == SHA256.hash([0] + data))
    }

    @Test func aCheckpointSignsTheWholeLogAndIsStoredAsTheNextLeaf() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Een"))
        try journal.add(EntryFields(title: "Twee"))
        let store = try EvidenceStore(journal: journal)
        let made = try store.makeCheckpoint(now: Date(timeIntervalSince1970: 1_750_000_000))
        let leaves = try Self.rows(journal).map { Array($0.leaf) }
        #expect(made.checkpoint.size == 2)
        #expect(leaves.count == 3, "the checkpoint record is the third leaf")
        #expect(made.checkpoint.root == Data(MerkleTree.root(Array(leaves.prefix(2)))))
        #expect(made.note.hasPrefix("\(store.keys.origin)\n2\n\(made.checkpoint.root.base64EncodedString())\n\n— \(store.keys.origin) "))
        #expect(store.keys.origin.range(of: #"^meldboek\.journal/[0-9a-f]{32}$"#, options: .regularExpression) != nil)
        #expect(try store.checkpoints() == [made])
        #expect(EvidenceStore.noteIsSigned(
            CheckpointBody(prev: Data(), madeAt: made.madeAt, checkpoint: made.checkpoint, note: made.note), keys: store.keys))

        let next = try store.makeCheckpoint()
        #expect(next.checkpoint.size == 3)
        #expect(try store.verify() == LogReport(leaves: 4, checkpoints: 2, problems: []))
    }

    @Test func aRevisionIsCommittedNoLaterThanTheEarliestWitnessOfACheckpointThatHeldIt() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        let early = try journal.add(EntryFields(title: "Vroeg"), now: Date(timeIntervalSince1970: 1_000))
        let store = try EvidenceStore(journal: journal)
        let first = try store.makeCheckpoint()
        let late = try journal.add(EntryFields(title: "Laat"), now: Date(timeIntervalSince1970: 5_000))
        let second = try store.makeCheckpoint()

        #expect(try store.committedNoLaterThan().isEmpty, "a checkpoint alone is only the melder's clock")
        try store.record(
            cosignature: second.checkpoint, cosignedAt: Date(timeIntervalSince1970: 9_000), cosigner: "adviser+00+key",
            signatureLine: "— meldboek.adviser/x AAAA")
        try store.record(
            timestamp: first.checkpoint, genTime: Date(timeIntervalSince1970: 95_000), authority: "Test TSA",
            policy: "1.2.3", token: Data([1, 2, 3]))
        try store.record(
            otsProof: first.checkpoint, proof: Data([9]), pendingCalendars: ["https://a.example"], bitcoinBlocks: [])
        let committed = try store.committedNoLaterThan()
        // The cosignature of the later checkpoint came first, and that checkpoint held both.
        #expect(committed[RevisionKey(entry: early.id, number: 1)] == FirstWitness(
            time: Date(timeIntervalSince1970: 9_000), kind: .cosignature, checkpoint: second.checkpoint))
        #expect(committed[RevisionKey(entry: late.id, number: 1)]?.time == Date(timeIntervalSince1970: 9_000))
        #expect(committed.count == 2)
        // Recording the same cosignature again changes nothing.
        #expect(try store.record(
            cosignature: second.checkpoint, cosignedAt: Date(timeIntervalSince1970: 9_000), cosigner: "adviser+00+key",
            signatureLine: "— meldboek.adviser/x AAAA") == false)
        #expect(try store.witnesses().map(\.kind) == [.cosignature, .timestamp, .bitcoin])
    }

    @Test func anEntryWrittenAfterTheWitnessedCheckpointIsNotCommittedBeforeIt() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        let before = try journal.add(EntryFields(title: "Voor"))
        let store = try EvidenceStore(journal: journal)
        let checkpoint = try store.makeCheckpoint()
        let after = try journal.add(EntryFields(title: "Na"))
        try store.record(
            timestamp: checkpoint.checkpoint, genTime: Date(timeIntervalSince1970: 2_000_000_000), authority: "TSA",
            policy: "1", token: Data([7]))
        let committed = try store.committedNoLaterThan()
        #expect(committed[RevisionKey(entry: before.id, number: 1)]?.kind == .timestamp)
        #expect(committed[RevisionKey(entry: after.id, number: 1)] == nil)
    }

    @Test func aWitnessOfACheckpointThisJournalNeverHadIsRefused() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Een"))
        let store = try EvidenceStore(journal: journal)
        let made = try store.makeCheckpoint()
        let forged = CheckpointReference(size: made.checkpoint.size, root: Data(repeating: 7, count: 32))
        #expect(throws: EvidenceError.logUnknownCheckpoint(size: 1)) {
            try store.record(timestamp: forged, genTime: Date(), authority: "TSA", policy: "1", token: Data([1]))
        }
        #expect(throws: EvidenceError.logUnknownCheckpoint(size: 9)) {
            try store.record(
                timestamp: CheckpointReference(size: 9, root: made.checkpoint.root), genTime: Date(), authority: "TSA",
                policy: "1", token: Data([1]))
        }
        #expect(try store.witnesses().isEmpty)
    }

    @Test func theKeysAndJournalIDSurviveRekeyAndTheLogStaysValid() throws {
        let (journal, folder) = try Self.journal()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Een"))
        let store = try EvidenceStore(journal: journal)
        let made = try store.makeCheckpoint()
        let (_, rekeyed) = try journal.rekey(passphrase: TestVault.secret())
        let after = try EvidenceStore(journal: rekeyed)
        #expect(after.keys.origin == store.keys.origin)
        #expect(after.keys.checkpointKey.publicKey == store.keys.checkpointKey.publicKey)
        #expect(try after.verify().isIntact)
        #expect(try after.checkpoints().map(\.note) == [made.note])
        #expect(try after.checkpointVerifierKey.hasPrefix(store.keys.origin + "+"))
    }

    @Test func anAdviserVaultKeepsNoLog() throws {
        let (journal, folder) = try TestVault.create(role: .adviser)
        defer { folder.remove() }
        #expect(throws: EvidenceError.logMelderOnly) { try EvidenceStore(journal: journal) }
    }
}

@Suite struct CommitmentLogProofTests {
    @Test func everyRevisionHasAnInclusionProofInTheCheckpointsThatHoldItAndCheckpointsAreConsistent() throws {
        let (journal, folder) = try CommitmentLogTests.journal()
        defer { folder.remove() }
        var entries: [Entry] = []
        for title in ["Een", "Twee", "Drie"] { entries.append(try journal.add(EntryFields(title: title))) }
        let store = try EvidenceStore(journal: journal)
        let first = try store.makeCheckpoint()
        entries.append(try journal.add(EntryFields(title: "Vier")))
        let second = try store.makeCheckpoint()
        #expect(try store.latestCheckpoint() == second)

        let leaves = try store.leafHashes()
        for entry in entries {
            let seq = try #require(entry.revisions[0].seq)
            for checkpoint in [first, second] where seq <= checkpoint.checkpoint.size {
                let (index, proof) = try store.inclusionProof(seq: seq, size: checkpoint.checkpoint.size)
                #expect(MerkleTree.verifyInclusion(
                    leafHash: leaves[Int(index)], index: UInt64(index), size: UInt64(checkpoint.checkpoint.size),
                    proof: proof, root: Array(checkpoint.checkpoint.root)))
            }
        }
        // "Vier" (position 4) is not in the first checkpoint's tree of 3.
        #expect(throws: EvidenceError.logUnknownCheckpoint(size: 3)) {
            try store.inclusionProof(seq: try #require(entries[3].revisions[0].seq), size: first.checkpoint.size)
        }
        let consistency = try store.consistencyProof(from: first.checkpoint.size, to: second.checkpoint.size)
        #expect(MerkleTree.verifyConsistency(
            oldSize: UInt64(first.checkpoint.size), newSize: UInt64(second.checkpoint.size), proof: consistency,
            oldRoot: Array(first.checkpoint.root), newRoot: Array(second.checkpoint.root)))
        #expect(try store.root(size: second.checkpoint.size) == Array(second.checkpoint.root))
    }
}
