// The whole sharing round trip with the built binary, and the bundle opened with age, tar and minisign alone.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct SharingRoundTripTests {
    /// A melder and an adviser, each with their own HOME and vault.
    struct People {
        let melderHome: TemporaryFolder
        let adviserHome: TemporaryFolder
        let melder: CommandRunner
        let adviser: CommandRunner

        init() throws {
            melderHome = try TemporaryFolder("melder")
            adviserHome = try TemporaryFolder("adviser")
            melder = CommandRunner(home: melderHome.url)
            var adviser = CommandRunner(home: adviserHome.url, passphrase: "adviseur wachtwoordzin")
            adviser.environment["MELDBOEK_ADVISER_VAULT"] = adviserHome.appending("cases").path
            self.adviser = adviser
            try expectSuccess(melder.run(["init", "--no-recovery", "--kdf", "test"]))
            try expectSuccess(adviser.run(["adviser", "init", "--no-recovery", "--kdf", "test"]))
        }

        func remove() {
            melderHome.remove()
            adviserHome.remove()
        }

        /// The adviser's card, added to the melder's contacts as "vp".
        func connect() throws -> [String: String] {
            let card = try expectSuccess(adviser.run(["adviser", "card", "--json"]))
            let json = try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as! [String: String]
            let added = try expectSuccess(melder.run(["contacts", "add", "vp", json["card"]!]))
            #expect(added.stdout.contains(json["fingerprint"]!))
            return json
        }
    }

    @discardableResult
    static func expectSuccess(_ result: CommandResult, sourceLocation: SourceLocation = #_sourceLocation) -> CommandResult {
        #expect(result.status == 0, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    static func ids(_ runner: CommandRunner) throws -> [String: String] {
        let list = try runner.run(["list", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: entries.map { ($0["title"] as! String, $0["id"] as! String) })
    }

    @Test func melderSharesAdviserImportsReceiptComesBack() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        let photo = people.melderHome.appending("foto.jpg")
        try Data((0..<150_000).map { UInt8($0 % 251) }).write(to: photo)
        try Self.expectSuccess(people.melder.run([
            "add", "--title", "Opmerking van Jan", "--when", "2025-03-04", "--person", "Jan Jansen:manager",
            "--witness", "Sara", "--where", "Kantine Utrecht", "--category", "pesten",
            "--text", "Jan Jansen lachte me uit waar Sara bij was.", "--attach", photo.path]))
        try Self.expectSuccess(people.melder.run(["add", "--title", "Privé, niet delen", "--text", "geheim"]))
        let ids = try Self.ids(people.melder)
        let bundle = people.melderHome.appending("voor-vp.age")
        let share = try Self.expectSuccess(people.melder.run([
            "share", "--to", "vp", ids["Opmerking van Jan"]!, "--redact", "people,witnesses,location",
            "--note", "Voor dinsdag", "--out", bundle.path, "--yes"]))
        #expect(share.stdout.contains("Person A"))
        #expect(!share.stdout.contains("Jan Jansen"))
        let mode = try FileManager.default.attributesOfItem(atPath: bundle.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let receipt = people.adviserHome.appending("receipt.tar")
        let imported = try Self.expectSuccess(people.adviser.run([
            "adviser", "import", bundle.path, "--case", "Melder 1", "--receipt-out", receipt.path]))
        #expect(imported.stdout.contains("Melder 1"))
        let shown = try Self.expectSuccess(people.adviser.run(["adviser", "show", "Melder 1", "--json"]))
        let json = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as! [String: Any]
        let entries = json["entries"] as! [[String: Any]]
        #expect(entries.count == 1)
        // "Jan" alone is another written form of Jan Jansen's name: a pseudonym of its own, tied to A (Docs/evidence.md).
        #expect(entries.first?["title"] as? String == "Opmerking van Person A-2")
        let version = (entries.first?["revisions"] as! [[String: Any]])[0]
        let fields = version["fields"] as! [String: Any]
        #expect((fields["people"] as! [[String: String]]) == [["name": "Person A", "role": "manager"]])
        #expect(fields["witnesses"] as! [String] == ["Person B"])
        #expect(fields["location"] == nil || fields["location"] is NSNull)
        #expect(fields["narrative"] as? String == "Person A lachte me uit waar Person B bij was.")
        #expect(!shown.stdout.contains("geheim"))
        #expect((entries.first?["attachments"] as! [[String: Any]]).count == 1)

        try Self.expectSuccess(people.adviser.run(["adviser", "note", "Melder 1", "Eerste gesprek gepland"]))
        let text = try Self.expectSuccess(people.adviser.run(["adviser", "show", "Melder 1"]))
        #expect(text.stdout.contains("Eerste gesprek gepland"))

        let before = try Self.expectSuccess(people.melder.run(["shares", "--json"]))
        #expect(before.stdout.contains("\"receipt\"") == false || before.stdout.contains("\"receipt\" : null"))
        try Self.expectSuccess(people.melder.run(["receipts", "import", receipt.path]))
        let after = try Self.expectSuccess(people.melder.run(["shares"]))
        #expect(after.stdout.contains("received"))

        let again = try Self.expectSuccess(people.adviser.run(["adviser", "import", bundle.path]))
        #expect(again.stdout.contains("before"))
        #expect(try Self.expectSuccess(people.melder.run(["verify"])).stdout.contains("intact"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/age")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/minisign")))
    func bundleOpensWithAgeTarAndMinisignAlone() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        let identityJSON = try Self.expectSuccess(people.melder.run(["identity", "--json"]))
        let melderCard = try JSONSerialization.jsonObject(with: Data(identityJSON.stdout.utf8)) as! [String: String]
        try Self.expectSuccess(people.melder.run(["add", "--title", "Voor age", "--text", "tekst"]))
        let bundle = people.melderHome.appending("b.age")
        try Self.expectSuccess(people.melder.run(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"]))
        let identity = people.adviserHome.appending("identity.txt")
        try Self.expectSuccess(people.adviser.run(["adviser", "export-identity", "--out", identity.path, "--yes"]))
        let mode = try FileManager.default.attributesOfItem(atPath: identity.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let out = people.adviserHome.appending("open")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "age -d -i \"$1\" \"$2\" | tar -x -C \"$3\" && cd \"$3\" && minisign -Vm manifest.json -P \"$4\"",
                           "sh", identity.path, bundle.path, out.path, melderCard["minisignPublicKey"]!]
        let pipe = Pipe()
        shell.standardOutput = pipe
        shell.standardError = pipe
        try shell.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0, "\(output)")
        #expect(output.contains("Signature and comment signature verified"), "\(output)")
        let listed = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("entries").path)
        #expect(listed.count == 1)
    }

    @Test func aNameListedOnAnotherEntryIsRedactedFromTheSharedOne() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        try Self.expectSuccess(people.melder.run(["add", "--title", "Overleg", "--person", "Karin:manager"]))
        try Self.expectSuccess(people.melder.run([
            "add", "--title", "Bij de koffie", "--text", "Ik vroeg iets en Karin keek weg."]))
        let ids = try Self.ids(people.melder)
        let bundle = people.melderHome.appending("b.age")
        let share = try Self.expectSuccess(people.melder.run([
            "share", "--to", "vp", ids["Bij de koffie"]!, "--redact", "people", "--out", bundle.path, "--yes"]))
        #expect(share.stdout.contains("Ik vroeg iets en Person A keek weg."))
        #expect(!share.stdout.contains("Karin"))
        try Self.expectSuccess(people.adviser.run(["adviser", "import", bundle.path, "--case", "M"]))
        let shown = try Self.expectSuccess(people.adviser.run(["adviser", "show", "M"]))
        #expect(shown.stdout.contains("Person A keek weg"))
        #expect(!shown.stdout.contains("Karin"))
    }

    @Test func shareWithoutConfirmationOrTerminalIsRefused() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        try Self.expectSuccess(people.melder.run(["add", "--title", "x"]))
        let bundle = people.melderHome.appending("b.age")
        let result = try people.melder.run(["share", "--to", "vp", "--all", "--out", bundle.path])
        #expect(result.status == 7)
        #expect(!FileManager.default.fileExists(atPath: bundle.path))
        #expect(try people.melder.run(["shares"]).stdout.contains("Nothing shared"))
    }

    @Test func adviserRefusesATamperedBundle() throws {
        let people = try People()
        defer { people.remove() }
        _ = try people.connect()
        try Self.expectSuccess(people.melder.run(["add", "--title", "x"]))
        let bundle = people.melderHome.appending("b.age")
        try Self.expectSuccess(people.melder.run(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"]))
        var data = try Data(contentsOf: bundle)
        data[data.count - 30] ^= 0x01
        try data.write(to: bundle)
        let result = try people.adviser.run(["adviser", "import", bundle.path])
        #expect(result.status == 8, "\(result)")
        #expect(result.stderr.hasPrefix("meldboek: error:"))
        #expect(try people.adviser.run(["adviser", "cases"]).stdout.contains("No cases"))
    }

    @Test func melderCommandsRefuseAnAdviserVault() throws {
        let people = try People()
        defer { people.remove() }
        var confused = people.melder
        confused.environment["MELDBOEK_VAULT"] = people.adviserHome.appending("cases").path
        confused.environment["MELDBOEK_PASSPHRASE"] = "adviseur wachtwoordzin"
        let result = try confused.run(["list"])
        #expect(result.status == 4)
        #expect(result.stderr.contains("adviser vault"))
    }
}
