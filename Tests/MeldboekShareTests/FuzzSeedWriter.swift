// Writes the seeds of FuzzRecordBody and FuzzLedgerCache from real vaults: run with
// MELDBOEK_WRITE_FUZZ_SEEDS=1 (`swift test --filter FuzzSeedWriter`) and commit what it writes.
import Foundation
import GRDB
@testable import MeldboekCore
import MeldboekEvidence
import MeldboekFuzzHarness
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct FuzzSeedWriter {
    /// A melder's and an adviser's vault holding a record of every kind, decrypted with their keys:
    /// each kind's first record and both ledger cache rows, unpadded (the harnesses pad them again).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["MELDBOEK_WRITE_FUZZ_SEEDS"] == "1"))
    func writeVaultSeeds() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        let calendar = Calendar(identifier: .gregorian)
        let shared = try fixture.addEntry(title: "Vergadering met Jan", attachment: Array("foto van het bord".utf8))
        try fixture.melder.amend(shared.id.description) {
            $0.impact = "Ik sliep slecht."
            $0.tags = ["werk"]
            $0.categories = [.aggression, .bullying]
        }
        try fixture.melder.add(EntryFields(
            title: "Buitengesloten", occurredAt: .approximate(text: "voorjaar 2024", estimate: nil),
            narrative: "Niet uitgenodigd voor het overleg; café na afloop.",
            people: [Person(name: "Eva Ünal", role: .colleague, roleWords: "ex-collega")],
            categories: [.other]))
        let removed = try fixture.addEntry(title: "Weg ermee")
        try fixture.melder.delete(removed.id.description)
        try Contacts(fixture.melder).add(name: "oud", card: try fixture.adviser.identity().card.text)
        try Contacts(fixture.melder).remove(name: "oud")
        let bundle = try fixture.share([try fixture.melder.entry(shared.id.description)])
        let result = try BundleImport.run(file: bundle, into: fixture.adviser, options: ImportOptions(caseName: "Casus A"))
        _ = try Receipt.importReceipt(try Receipt.make(for: result, journal: fixture.adviser), into: fixture.melder)
        try CaseFile.addNote("Eerste gesprek op dinsdag.", to: "Casus A", in: fixture.adviser)
        // Two later bundles imported newest first: the older checkpoint can't be shown to extend the newer one
        // cosigned before it, so it is refused a cosignature (a fork record).
        let older = try fixture.share([try fixture.melder.entry(shared.id.description)], name: "older.age")
        let newer = try fixture.share([try fixture.melder.entry(shared.id.description)], name: "newer.age")
        try BundleImport.run(file: newer, into: fixture.adviser)
        try BundleImport.run(file: older, into: fixture.adviser)
        // Another melder's key joining the case: a case-key record.
        let (other, otherFolder) = try TestVault.create()
        defer { otherFolder.remove() }
        let contact = try Contacts(other).add(name: "vp", card: try fixture.adviser.identity().card.text)
        let seen = try other.add(EntryFields(title: "Ook gezien", narrative: "Van een collega."))
        let request = ShareRequest(
            contact: contact, entries: [seen], redactions: [], includeAttachments: false, note: nil, pseudonymLabel: "Person")
        let otherBundle = fixture.folder.appending("other.age")
        try BundleWriter.write(try BundleWriter.prepare(request, journal: other), journal: other, to: otherBundle)
        try BundleImport.run(
            file: otherBundle, into: fixture.adviser, options: ImportOptions(caseName: "Casus A", acceptNewKey: true))
        #expect(try fixture.melder.outlines(matching: EntryFilter(), calendar: calendar).outlines.count == 2)
        // The evidence layer's kinds: a checkpoint with its anchor request, and one witness of each kind.
        let evidence = try EvidenceStore(journal: fixture.melder)
        let anchored = try Anchor.prepare(evidence, to: fixture.folder.appending("anchor"))
        let checkpoint = anchored.checkpoint.checkpoint
        let adviserName = try EvidenceKeys.cosignerName(identity: fixture.adviser.identity())
        let cosigningKey = try EvidenceKeys.cosigningKey(identity: fixture.adviser.identity())
        let cosigner = try NoteSigner(name: adviserName, type: .cosignatureV1, key: cosigningKey)
        let cosignedAt = Date()
        let signature = try cosigner.cosign(
            Checkpoint(origin: evidence.keys.origin, size: UInt64(checkpoint.size), root: Array(checkpoint.root)).text,
            time: UInt64(cosignedAt.timeIntervalSince1970))
        try evidence.record(
            cosignature: checkpoint, cosignedAt: cosignedAt, cosigner: cosigner.verifier.verifierKey,
            signatureLine: signature.line)
        let ots = try Data(contentsOf: FuzzCorpusTests.corpus.appendingPathComponent("FuzzOpenTimestamps/pending.ots"))
        try evidence.record(
            timestamp: checkpoint, genTime: Date(), authority: "CN=Meldboek Test TSA", policy: "1.2.3.4.1",
            token: Data(anchored.request.der))
        try evidence.record(
            otsProof: checkpoint, proof: ots, pendingCalendars: ["https://alice.btc.calendar.opentimestamps.org"],
            bitcoinBlocks: [])

        // The journal's kind 4: the recovery code set a new passphrase.
        try fixture.melder.replaceRecoveryCode(with: try RecoveryCode.generate())
        try fixture.melder.recover(newPassphrase: TestVault.secret("na het herstel"))

        let corpus = FuzzCorpusTests.corpus
        var written: Set<UInt8> = []
        for journal in [fixture.melder, fixture.adviser] {
            let stored = try journal.read { try StoredRecord.fetchAll($0, sql: "SELECT * FROM records ORDER BY seq") }
            for record in stored {
                let opened = try journal.sealer.open(record)
                // The evidence layer's kinds (40-49: a share signs a checkpoint) are not this harness's.
                guard let type = RecordBodyHarness.bodyTypes.first(where: { $0.kind == opened.kind }),
                      written.insert(opened.kind.rawValue).inserted else { continue }
                try write([opened.kind.rawValue] + Array(VaultParsing.body(of: opened)),
                          to: corpus.appendingPathComponent("FuzzRecordBody/\(type)"))
            }
        }
        #expect(written.count == RecordBodyHarness.bodyTypes.count, "a record of every kind")

        // Both cache rows, written afresh over the whole melder's chain.
        try fixture.melder.write { try LedgerCache.drop($0) }
        for row in [LedgerCache.Row.outlines, .searchable] {
            let sealed = try #require(try fixture.melder.read {
                try Data.fetchOne($0, sql: "SELECT sealed FROM ledgerCache WHERE id = ?", arguments: [row.rawValue])
            })
            let padded = try XChaCha20Poly1305.open(
                Array(sealed), additionalData: row.associatedData, key: fixture.melder.keys.ledgerCache)
            try write(try Padding.unpad(padded, blockSize: padded.count),
                      to: corpus.appendingPathComponent("FuzzLedgerCache/\(row == .outlines ? "outlines" : "searchable")"))
        }
    }

    func write(_ bytes: [UInt8], to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }
}
