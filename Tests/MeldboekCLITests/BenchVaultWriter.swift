// Fills a vault for measuring the views (not a test): run with MELDBOEK_BENCH_VAULT=DIR and
// MELDBOEK_BENCH_ENTRIES=entries.jsonl (scripts/lib/bench/generate.py), `swift test --filter BenchVaultWriter`.
// The vault uses the test KDF (the binary opens it with MELDBOEK_ALLOW_TEST_KDF=1), its passphrase is
// TestVault.passphrase; it ends with a checkpoint, a timestamp witness of it and 20 entries after.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekTestSupport
import Testing

@Suite struct BenchVaultWriter {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["MELDBOEK_BENCH_VAULT"] != nil))
    func fill() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: try #require(environment["MELDBOEK_BENCH_VAULT"]))
        let lines = try String(contentsOfFile: try #require(environment["MELDBOEK_BENCH_ENTRIES"]), encoding: .utf8)
            .split(separator: "\n")
        TestVault.keepStateOutOfHome()
        let journal = try Vault.create(at: folder, passphrase: TestVault.secret(), cost: .minimum, role: .melder)
        let store = try EvidenceStore(journal: journal)
        func add(_ line: Substring) throws {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let people = (entry["people"] as? [[String: String]] ?? []).map { Person(name: $0["name"] ?? "", role: .colleague) }
            try journal.add(EntryFields(
                title: entry["title"] as? String ?? "", narrative: entry["narrative"] as? String ?? "",
                location: entry["where"] as? String, people: people, impact: entry["impact"] as? String))
        }
        for line in lines.dropLast(20) { try add(line) }
        let checkpoint = try store.makeCheckpoint()
        try store.record(
            timestamp: checkpoint.checkpoint, genTime: Date(), authority: "Bench TSA", policy: "1.2.3", token: Data([1]))
        for line in lines.suffix(20) { try add(line) }
        #expect(try journal.outlines(matching: EntryFilter(), calendar: Calendar.current).outlines.count == lines.count)
    }
}
