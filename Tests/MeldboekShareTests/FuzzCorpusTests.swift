// Every fuzzing seed and every input a fuzzer crashed on, replayed through the same harness
// functions the fuzz targets in Fuzz/ call (MeldboekFuzzHarness).
import Foundation
import MeldboekCore
import MeldboekFuzzHarness
import MeldboekTestSupport
import Testing

@Suite struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Tests/FuzzCorpus")

    /// The files for `target`: its seeds, and the regressions named after it.
    static func inputs(_ target: String) throws -> [[UInt8]] {
        let fileManager = FileManager.default
        let seeds = try fileManager.contentsOfDirectory(at: corpus.appendingPathComponent(target), includingPropertiesForKeys: nil)
        let regressions = try fileManager.contentsOfDirectory(
            at: corpus.appendingPathComponent("Regressions"), includingPropertiesForKeys: nil
        ).filter { $0.lastPathComponent.hasPrefix(target + "-") }
        return try (seeds + regressions).filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { Array(try Data(contentsOf: $0)) }
    }

    @Test func everyTargetHasAnExecutableAndSeeds() throws {
        let executables = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Fuzz/Sources").path)
            .filter { $0 != "FuzzDriver" }
        #expect(Set(executables) == Set(FuzzTargets.names))
        let regressions = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("Regressions").path)
        for name in regressions where !name.hasPrefix(".") {
            #expect(FuzzTargets.names.contains { name.hasPrefix($0 + "-") }, "\(name) names no target")
        }
        for target in FuzzTargets.names {
            #expect(try !Self.inputs(target).isEmpty, "\(target) has seeds")
        }
    }

    @Test func ageInputsOpenOrFailCleanly() throws {
        let harness = try AgeHarness()
        let outcomes = try Self.inputs("FuzzAge").map(harness.run)
        #expect(outcomes.filter(\.complete).count >= 3, "the seeds are valid age files for the fixed identities")
    }

    @Test func tarInputsReadOrFailCleanly() throws {
        let members = try Self.inputs("FuzzTar").map(TarHarness.run).reduce(0) { $0 + $1.members }
        #expect(members >= 5)
    }

    @Test func bundleManifestInputsParseOrFailCleanly() throws {
        // The version 1 and the version 2 seed (with evidence) are both accepted.
        #expect(try Self.inputs("FuzzBundleManifest").filter(BundleManifestHarness.run).count >= 2)
    }

    @Test func bundleEntryInputsParseOrFailCleanly() throws {
        let harness = try BundleEntryHarness()
        // The version 1 seed and the version 2 seed (disclosure, leaf index, inclusion proof) both match the item.
        #expect(try Self.inputs("FuzzBundleEntry").filter(harness.run).count >= 2, "the seed entries match the harness's item")
    }

    @Test func minisignInputsParseOrFailCleanly() throws {
        let harness = try MinisignHarness()
        #expect(try Self.inputs("FuzzMinisign").map(harness.run).filter(\.keyFile).count == 1)
    }

    @Test func receiptInputsImportOrFailCleanly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = try ReceiptHarness(vaultAt: folder.appending("vault"))
        // No share matches these receipts: each must be refused, never imported, never a crash.
        for input in try Self.inputs("FuzzReceipt") { #expect(!harness.run(input)) }
    }

    @Test func cardInputsParseOrFailCleanly() throws {
        #expect(try Self.inputs("FuzzCard").compactMap(CardHarness.run).count == 1)
    }

    @Test func recordBodyInputsDecodeAndRelink() throws {
        let outcomes = try Self.inputs("FuzzRecordBody").map(RecordBodyHarness.run)
        // The seeds are real records (unpadded): each decodes as its kind and relinks.
        let decoded = outcomes.reduce(into: Set<UInt8>()) { $0.formUnion($1.decodedKinds) }
        #expect(decoded == Set(RecordBodyHarness.bodyTypes.map { $0.kind.rawValue }), "a seed of every kind decodes")
        #expect(outcomes.filter(\.relinked).count >= RecordBodyHarness.bodyTypes.count)
    }

    @Test func ledgerCacheInputsReadOrFailCleanly() throws {
        let outcomes = try Self.inputs("FuzzLedgerCache").map(LedgerCacheHarness.run)
        // One seed is each row of a real cache: the outlines row and the searchable one.
        #expect(outcomes.contains { ($0.outlines ?? 0) >= 2 })
        #expect(outcomes.contains { ($0.searchable ?? 0) >= 2 && $0.matched >= 1 })
    }

    @Test func syncFolderInputsReadOrFailCleanly() throws {
        let outcomes = try Self.inputs("FuzzSyncFolder").map(SyncHarness.run)
        // The seeds: a real key file, a head's plaintext, and a segment's with a revision, an attachment and a deletion.
        #expect(outcomes.filter(\.keySlots).count == 1)
        #expect(outcomes.contains { $0.headCount == 4 })
        #expect(outcomes.contains { $0.segmentItems == 4 })
    }

    @Test func signedNoteInputsParseOrFailCleanly() throws {
        let harness = try SignedNoteHarness()
        let outcomes = try Self.inputs("FuzzSignedNote").map(harness.run)
        // The seeds: two checkpoints signed by the journal, one cosigned, a tlog-proof, a disclosure, a key.
        #expect(outcomes.filter { $0.checkpoint && $0.signedByJournal }.count == 2)
        #expect(outcomes.filter(\.cosigned).count == 1)
        #expect(outcomes.filter(\.proof).count == 1)
        #expect(outcomes.filter(\.disclosure).count == 1)
        #expect(outcomes.filter(\.key).count == 1)
    }

    @Test func timestampReplyInputsCheckOrFailCleanly() throws {
        let inputs = try Self.inputs("FuzzTimestampReply")
        // The seed is openssl's real reply to the harness's request. A changed byte is mostly refused (not all: the
        // status 0 may become 1, grantedWithMods, and the extra root certificate is not signed), never a crash.
        #expect(inputs.filter(TimestampReplyHarness.run).count >= 1)
        for input in inputs where TimestampReplyHarness.run(input) {
            var passed = 0
            for index in input.indices {
                var changed = input
                changed[index] ^= 0x01
                if TimestampReplyHarness.run(changed) { passed += 1 }
            }
            #expect(passed < input.count / 2)
        }
    }

    @Test func openTimestampsInputsReadOrFailCleanly() throws {
        // The seeds were written by python-opentimestamps: one pending at two calendars, one also in a Bitcoin block.
        #expect(try Self.inputs("FuzzOpenTimestamps").compactMap(OpenTimestampsHarness.run).sorted() == [2, 2])
    }
}
