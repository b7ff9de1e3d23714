// Whatever an import accepts, every adviser command can show: seeded random bundles, imported, then show, cases and report.
import Foundation
import MeldboekCore
import MeldboekText
@testable import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

/// SplitMix64: the same seed gives the same bundles, so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random entries of the schema's every shape: odd Unicode, control characters, empty optional fields, many revisions.
struct RandomEntries {
    var rng: SeededGenerator

    static let pieces = [
        "", " ", "Vergadering", "é", "e\u{301}", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "\u{9B}2J", "\u{202E}", "\u{2066}",
        "👩🏽‍⚖️", "\u{0}", "\r\n", "\n", "\t", "<script>alert(1)</script>", "**vet**", "# kop", "| a | b |", "\\",
        "\"", "日本語", "\u{FEFF}", "\u{200B}", "\u{7F}", "ﷺ", "Z̷̢a̶l̸g̵o", "Jan de Vries", "Sara", "&amp;", "`code`",
        "\u{2028}", "[link](http://x)", String(repeating: "lang ", count: 200),
    ]

    mutating func text(maxPieces: Int = 4) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    mutating func optionalText() -> String? { Bool.random(using: &rng) ? text() : nil }

    mutating func occurredAt() -> OccurredAt? {
        switch Int.random(in: 0...5, using: &rng) {
        case 0: return nil
        case 1: return .instant(Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000, using: &rng))))
        case 2: return .day(year: Int.random(in: 1990...2030, using: &rng), month: Int.random(in: 1...12, using: &rng),
                            day: Int.random(in: 1...28, using: &rng))
        case 3: return .month(year: Int.random(in: 1990...2030, using: &rng), month: Int.random(in: 1...12, using: &rng))
        case 4: return .approximate(text: "voorjaar " + text(maxPieces: 2), estimate: nil)
        default:
            let start = Date(timeIntervalSince1970: Double(Int.random(in: 0...1_900_000_000, using: &rng)))
            return .approximate(text: text(maxPieces: 2) + "ooit",
                                estimate: DateInterval(start: start, duration: Double(Int.random(in: 0...90_000_000, using: &rng))))
        }
    }

    mutating func fields() -> EntryFields {
        var fields = EntryFields(
            title: text(), occurredAt: occurredAt(), narrative: text(maxPieces: 8), location: optionalText(),
            people: (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                Person(name: "P" + text(maxPieces: 2), role: Role.allCases.randomElement(using: &rng)!)
            },
            witnesses: (0..<Int.random(in: 0...2, using: &rng)).map { _ in "W" + text(maxPieces: 2) },
            categories: Category.allCases.filter { _ in Int.random(in: 0...3, using: &rng) == 0 },
            impact: optionalText(), actions: optionalText(),
            tags: (0..<Int.random(in: 0...3, using: &rng)).map { _ in text(maxPieces: 2) })
        // The journal needs a title or a narrative; everything else may be empty.
        if fields.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
           fields.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fields.narrative = "x" + text()
        }
        return fields
    }

    /// A file name as a file system allows one (no `/`, no NUL), with whatever else.
    mutating func fileName() -> String {
        let name = (text(maxPieces: 3) + "bijlage.txt").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "\u{0}", with: "0")
        return name.utf8.count > 200 ? "lang.txt" : name
    }
}

@Suite(.serialized) struct AdviserPropertyTests {
    /// Fails unless `text` shows no control character but line feeds (and tabs, where `tabs`).
    static func expectVisible(_ text: String, _ what: String, tabs: Bool = false,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { OutsideText.needsEscape($0) && $0 != "\n" && !(tabs && $0 == "\t") }
        #expect(raw.isEmpty, "\(what) has raw \(raw.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test(arguments: [UInt64(1), 2])
    func everyImportedBundleShowsInEveryAdviserCommand(seed: UInt64) throws {
        var random = RandomEntries(rng: SeededGenerator(state: seed))
        let (adviser, adviserFolder) = try TestVault.create(role: .adviser)
        let home = try TemporaryFolder("adviser-property")
        var melders: [(Journal, TemporaryFolder)] = []
        defer {
            adviserFolder.remove()
            home.remove()
            melders.forEach { $0.1.remove() }
        }
        for _ in 0..<3 {
            let melder = try TestVault.create()
            try Contacts(melder.0).add(name: "vp", card: try adviser.identity().card.text)
            melders.append(melder)
        }
        var runner = CommandRunner(home: home.url)
        runner.environment["MELDBOEK_ADVISER_VAULT"] = adviserFolder.appending("vault").path
        func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
            let result = try runner.run(arguments)
            #expect(result.status == 0, "meldboek \(arguments): \(result)", sourceLocation: sourceLocation)
            return result
        }

        for round in 0..<12 {
            let (melder, folder) = melders[round % melders.count]
            // Add one or two entries, with attachments of odd names; amend some existing ones, many times.
            for _ in 0...Int.random(in: 0...1, using: &random.rng) {
                var files: [URL] = []
                for index in 0..<Int.random(in: 0...2, using: &random.rng) {
                    let directory = folder.appending("files-\(round)-\(index)-\(UUID().uuidString.prefix(4))")
                    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                    let file = directory.appendingPathComponent(random.fileName())
                    try Data(random.text().utf8 + [UInt8(round)]).write(to: file)
                    files.append(file)
                }
                try melder.add(random.fields(), attachments: files)
            }
            let existing = try melder.snapshot().entries
            for entry in existing where Int.random(in: 0...3, using: &random.rng) == 0 {
                for _ in 0..<Int.random(in: 1...4, using: &random.rng) {
                    let next = random.fields()
                    try melder.amend(entry.id.description) { $0 = next }
                }
            }
            let entries = try melder.snapshot().entries.filter { _ in Int.random(in: 0...2, using: &random.rng) > 0 }
            guard !entries.isEmpty else { continue }
            let request = ShareRequest(
                contact: try Contacts(melder).named("vp"), entries: entries,
                redactions: Set(Redaction.allCases.filter { _ in Bool.random(using: &random.rng) }),
                includeAttachments: Int.random(in: 0...3, using: &random.rng) > 0,
                note: random.optionalText(), pseudonymLabel: "Persoon")
            let bundle = folder.appending("bundle-\(round).age")
            try BundleWriter.write(try BundleWriter.prepare(request, journal: melder), journal: melder, to: bundle)
            let result = try BundleImport.run(file: bundle, into: adviser)

            let shown = try run(["adviser", "show", result.caseName])
            Self.expectVisible(shown.stdout, "adviser show, round \(round)", tabs: true)
            Self.expectVisible(try run(["adviser", "show", result.caseName, "--json"]).stdout, "adviser show --json")
            for format in ["markdown", "html"] {
                let out = home.appending("report-\(round).\(format)")
                _ = try run(["adviser", "report", result.caseName, "--format", format, "--out", out.path])
                Self.expectVisible(try String(contentsOf: out, encoding: .utf8), "\(format) report, round \(round)", tabs: true)
            }
        }
        let cases = try run(["adviser", "cases"])
        Self.expectVisible(cases.stdout, "adviser cases")
        #expect(cases.stdout.split(separator: "\n").count == 3, "\(cases)")
        #expect(try CaseFile.all(in: adviser).count == 3)
        _ = try run(["adviser", "cases", "--json"])
    }

    /// A vault that an older build filled with an entry that has an attachment and no version still shows.
    @Test func anEntryWithOnlyAnAttachmentFromAnOlderBuildStillShows() throws {
        let (adviser, adviserFolder) = try TestVault.create(role: .adviser)
        let home = try TemporaryFolder("adviser-legacy")
        defer { adviserFolder.remove(); home.remove() }
        try adviser.transaction { writer in
            try writer.append(CaseBody(prev: Data(), caseId: "c1", name: "Oud", senderKey: "RW", fingerprint: "F",
                                       openedAt: Date()))
            let content = try writer.storeStream { _ in [] }
            try writer.append(ImportedAttachmentBody(
                prev: Data(), caseId: "c1", bundleId: UUID().uuidString.lowercased(),
                entry: UUID().uuidString.lowercased(), name: "alleen.txt", content: content))
        }
        #expect(try CaseFile.named("Oud", in: adviser).entries.first?.current == EntryFields())
        var runner = CommandRunner(home: home.url)
        runner.environment["MELDBOEK_ADVISER_VAULT"] = adviserFolder.appending("vault").path
        for arguments in [["adviser", "show", "Oud"], ["adviser", "show", "Oud", "--json"], ["adviser", "cases"],
                          ["adviser", "report", "Oud", "--format", "markdown", "--out", home.appending("r.md").path]] {
            let result = try runner.run(arguments)
            #expect(result.status == 0, "meldboek \(arguments): \(result)")
        }
    }
}
