// The adviser as witness: judging a new checkpoint against what was cosigned, and verifiable redaction.
import Foundation
import MeldboekCore
import MeldboekEvidence
@testable import MeldboekShare
import MeldboekSodium
import Testing

@Suite struct WitnessJudgeTests {
    /// A log of `count` random leaves, and a fork of it that differs from leaf `from` on.
    static func leaves(_ count: Int) -> [[UInt8]] { (0..<count).map { _ in MerkleTree.leafHash(Random.bytes(count: 32)) } }

    static func cosigned(_ leaves: [[UInt8]], size: Int, at seconds: TimeInterval) -> WitnessHistory.Cosigned {
        WitnessHistory.Cosigned(
            size: UInt64(size), root: MerkleTree.root(Array(leaves.prefix(size))),
            cosignedAt: Date(timeIntervalSince1970: seconds), checkpoint: "", cosignature: "")
    }

    static func judge(_ history: WitnessHistory, _ leaves: [[UInt8]], size: Int, proofFrom: Int?) -> WitnessVerdict {
        let proof = proofFrom.flatMap {
            MerkleTree.consistencyProof(oldSize: $0, leafHashes: Array(leaves.prefix(size)))
        }
        return history.judge(
            size: UInt64(size), root: MerkleTree.root(Array(leaves.prefix(size))),
            consistency: proofFrom.map { (UInt64($0), proof ?? []) }, verify: BundleProof.consistent)
    }

    @Test func aCheckpointProvenToExtendTheLastCosignedOneIsCosigned() {
        let log = Self.leaves(20)
        let history = WitnessHistory(
            journalId: "j", checkpointKey: "k", cosigned: [Self.cosigned(log, size: 7, at: 1)], forks: [])
        #expect(Self.judge(history, log, size: 12, proofFrom: 7) == .extends)
        #expect(Self.judge(WitnessHistory(journalId: "j", checkpointKey: "k", cosigned: [], forks: []), log, size: 3,
                           proofFrom: nil) == .first)
        #expect(Self.judge(history, log, size: 7, proofFrom: nil) == .known(history.cosigned[0]))
    }

    @Test func aForkFromARestoredCopyIsCaughtAtTheSameSizeAndThroughItsProof() {
        let log = Self.leaves(20)
        // The restored copy shares the first 5 leaves, then was written in on its own.
        let fork = Array(log.prefix(5)) + Self.leaves(15)
        let history = WitnessHistory(
            journalId: "j", checkpointKey: "k",
            cosigned: [Self.cosigned(log, size: 5, at: 1), Self.cosigned(log, size: 9, at: 2)], forks: [])
        #expect(Self.judge(history, fork, size: 9, proofFrom: nil) == .fork(against: history.cosigned[1]))
        // Its own honest proof from size 9 fails against the root this adviser cosigned at 9.
        #expect(Self.judge(history, fork, size: 14, proofFrom: 9) == .fork(against: history.cosigned[1]))
        // From the common size 5 the proof holds, but nothing shows it extends size 9: not cosigned.
        #expect(Self.judge(history, fork, size: 14, proofFrom: 5) == .unproven(latest: history.cosigned[1]))
        // And the true journal, proven only from the older cosigned checkpoint, is not cosigned either.
        #expect(Self.judge(history, log, size: 14, proofFrom: 5) == .unproven(latest: history.cosigned[1]))
        #expect(Self.judge(history, log, size: 14, proofFrom: nil) == .unproven(latest: history.cosigned[1]))
    }

    @Test func aRevisionIsWitnessedOnlyByCheckpointsThatAlreadyHeldIt() {
        let log = Self.leaves(20)
        let history = WitnessHistory(
            journalId: "j", checkpointKey: "k",
            cosigned: [Self.cosigned(log, size: 5, at: 100), Self.cosigned(log, size: 9, at: 200)], forks: [])
        let root9 = MerkleTree.root(Array(log.prefix(9)))
        #expect(history.committedNoLaterThan(leafIndex: 4, provenIn: 9, root: root9) == Date(timeIntervalSince1970: 100))
        // Leaf 5 was written after the checkpoint of size 5: only the one of size 9 held it.
        #expect(history.committedNoLaterThan(leafIndex: 5, provenIn: 9, root: root9) == Date(timeIntervalSince1970: 200))
        // Proven in a checkpoint this adviser never cosigned: no witness time from this adviser.
        #expect(history.committedNoLaterThan(leafIndex: 4, provenIn: 12, root: MerkleTree.root(Array(log.prefix(12)))) == nil)
    }
}

@Suite struct VerifiableRedactionTests {
    static let fields = EntryFields(
        title: "Jan de Vries in de kantine", occurredAt: .approximate(text: "na het overleg met Jan", estimate: nil),
        narrative: "Jan de Vries schreeuwde. Later zei jan dat het een grap was. Sara zag het.",
        location: "Kantoor Utrecht", people: [Person(name: "Jan de Vries", role: .manager)], witnesses: ["Sara"],
        categories: [.aggression], impact: "Ik sliep slecht", tags: ["Jan"])

    static func make(_ redactions: Set<Redaction>, fields: EntryFields = fields)
        throws -> (entry: Entry, version: BundleEntry.Version, leaf: [UInt8], nameKey: [UInt8])
    {
        let entry = Entry(id: EntryID(uuid: UUID()), revisions: [Revision(
            number: 1, recordedAt: Date(timeIntervalSince1970: 1_764_000_000.123), fields: fields,
            seed: Data(Random.bytes(count: 32)))])
        let nameKey = Random.bytes(count: 32)
        var redactor = Redactor(redactions: redactions, label: "Persoon")
        redactor.learn([entry])
        let maker = DisclosureMaker(redactor: redactor, nameKey: nameKey, entries: [entry])
        let revision = entry.revisions[0]
        let (disclosure, shown) = try maker.disclose(entry: entry.id, revision: revision, seed: Array(revision.seed!))
        let version = BundleEntry.Version(
            number: 1, recordedAt: revision.recordedAt, fields: shown, disclosure: disclosure, leafIndex: 0, inclusion: [])
        let leaf = Commitments.revisionLeafData(
            entry: entry.id, revision: revision, seed: Array(revision.seed!), nameKey: nameKey)
        return (entry, version, leaf, nameKey)
    }

    static func check(_ version: BundleEntry.Version, entry: Entry, leaf: [UInt8]) throws {
        let checkpoint = CheckedCheckpoint(
            journalId: "0", size: 1, root: MerkleTree.leafHash(leaf), note: "", key: "")
        var runs: [Disclosure.Verified.PseudonymRun] = []
        _ = try BundleProof.checkRevision(version, entry: entry.id.description, checkpoint: checkpoint, runs: &runs)
        try BundleProof.checkPseudonyms(runs)
    }

    @Test func theRedactedRevisionProvesTheSameLeafAsTheOriginal() throws {
        let (entry, version, leaf, _) = try Self.make([.people, .witnesses, .location])
        try Self.check(version, entry: entry, leaf: leaf)
        let shown = version.fields
        #expect(shown.people == [Person(name: "Persoon A", role: .manager)])
        #expect(shown.witnesses == ["Persoon B"])
        #expect(shown.location == nil)
        // Each written form of a name has a pseudonym of its own, tied to the person by its letter.
        #expect(shown.narrative == "Persoon A schreeuwde. Later zei Persoon A-2 dat het een grap was. Persoon B zag het.")
        #expect(shown.title == "Persoon A in de kantine")
        #expect(shown.tags == ["Persoon A-3"])
        // A date in the melder's own words that names someone can't be redacted in part: it is withheld.
        #expect(shown.occurredAt == nil)
        let json = String(decoding: try BundleJSON.encoder().encode(version), as: UTF8.self)
        #expect(!json.contains("Jan") && !json.contains("Sara") && !json.contains("Utrecht"))
        #expect(json.contains("Persoon A"))
    }

    @Test func aShownValueOtherThanTheDisclosureRendersIsRefused() throws {
        let (entry, version, leaf, _) = try Self.make([.people])
        var tampered = version
        tampered.fields.narrative = tampered.fields.narrative.replacingOccurrences(of: "schreeuwde", with: "fluisterde")
        #expect(throws: ShareProblem.disclosureMismatch(entry: entry.id.description, revision: 1, field: "narrative")) {
            try Self.check(tampered, entry: entry, leaf: leaf)
        }
        var role = version
        role.fields.people[0].role = .colleague
        #expect(throws: ShareProblem.disclosureMismatch(entry: entry.id.description, revision: 1, field: "person.0.role")) {
            try Self.check(role, entry: entry, leaf: leaf)
        }
        var extra = version
        extra.fields.witnesses.append("Piet")
        #expect(throws: ShareProblem.self) { try Self.check(extra, entry: entry, leaf: leaf) }
    }

    @Test func aChangedDisclosureNoLongerProvesTheLeaf() throws {
        let (entry, version, leaf, _) = try Self.make([.people])
        var tampered = version
        var disclosure = try #require(tampered.disclosure)
        for (index, field) in disclosure.fields.enumerated() {
            guard case .tokens(let name, var tokens) = field, name == "narrative" else { continue }
            for (position, token) in tokens.enumerated() {
                if case .revealed("schreeuwde", let salt) = token { tokens[position] = .revealed(text: "fluisterde", salt: salt) }
            }
            disclosure.fields[index] = .tokens(name: name, tokens: tokens)
        }
        tampered.disclosure = disclosure
        tampered.fields.narrative = tampered.fields.narrative.replacingOccurrences(of: "schreeuwde", with: "fluisterde")
        #expect(throws: ShareProblem.revisionNotProven(entry: entry.id.description, revision: 1)) {
            try Self.check(tampered, entry: entry, leaf: leaf)
        }
    }

    @Test func oneHiddenNameUnderTwoPseudonymsInOneBundleIsRefused() throws {
        let (entry, version, leaf, _) = try Self.make([.people])
        // Relabel the second mention of the hidden name: the same digests now stand under another pseudonym.
        var tampered = version
        var disclosure = try #require(tampered.disclosure)
        for (index, field) in disclosure.fields.enumerated() where field.name == "title" {
            guard case .tokens(let name, let tokens) = field else { continue }
            disclosure.fields[index] = .tokens(name: name, tokens: tokens.map {
                if case .hidden(let digest, _) = $0 { return .hidden(digest: digest, pseudonym: "Persoon Z") }
                return $0
            })
        }
        tampered.disclosure = disclosure
        tampered.fields.title = "Persoon Z in de kantine"
        // The title now says Persoon Z, the narrative Persoon A, for the same hidden name: named at the second.
        #expect(throws: ShareProblem.pseudonymConflict("Persoon A")) { try Self.check(tampered, entry: entry, leaf: leaf) }
    }
}


@Suite struct PseudonymMapTests {
    @Test func theShareLogKeepsWhichNameEachPseudonymHid() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry(title: "Jan de Vries in de kantine")
        let bundle = try fixture.share(redactions: [.people, .witnesses])
        let share = try #require(try ShareLog.shares(in: fixture.melder).last)
        #expect(share.pseudonyms?["Person A"] == "Jan de Vries")
        #expect(share.pseudonyms?["Person B"] == "Sara")
        // Sealed in the journal, never in the bundle.
        let plaintext = try fixture.members(of: bundle).flatMap(\.content)
        #expect(Data(plaintext).range(of: Data("Jan de Vries".utf8)) == nil)
    }
}
