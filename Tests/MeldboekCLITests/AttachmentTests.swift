// `meldboek attach`, `add --attach` and `meldboek attachment save`: files in and out, byte for byte, in chunks.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct AttachmentTests {
    @Test func attachAndSaveGiveBackTheSameBytes() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Met een foto")
        let short = String(id.suffix(8))
        let photo = vault.path("foto.bin")
        let content = randomData(count: 200_000)
        try content.write(to: photo)
        let sha256 = try Shell.sha256(photo)

        let attached = try vault.succeed(["attach", short, photo.path])
        #expect(attached.stdout == "Attached foto.bin to entry \(short).\n")
        // 200 000 bytes: three full 64 KiB chunks and a final one.
        #expect(try vault.sqlite("SELECT count(*) FROM chunks") == "4")

        let json = try vault.show(id)
        let attachments = try #require(json["attachments"] as? [[String: Any]])
        #expect(attachments.count == 1)
        #expect(attachments.first?["name"] as? String == "foto.bin")
        #expect(attachments.first?["size"] as? Int == 200_000)
        #expect(attachments.first?["sha256"] as? String == sha256)
        #expect(try vault.succeed(["show", id]).stdout.contains("foto.bin  200000 bytes  sha256:\(sha256)"))

        let out = vault.path("terug.bin")
        let saved = try vault.succeed(["attachment", "save", short, "foto.bin", "--out", out.path])
        #expect(saved.stdout.contains(sha256), "\(saved)")
        #expect(saved.stdout.contains("200000 bytes"), "\(saved)")
        #expect(try Data(contentsOf: out) == content)
        // The plaintext is nowhere in the vault file.
        let database = try Data(contentsOf: vault.database)
        #expect(database.range(of: content.prefix(64)) == nil)
    }

    @Test(arguments: [0, 1, 65_535, 65_536, 65_537, 131_072])
    func sizesAroundTheChunkSizeRoundTrip(size: Int) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("bestand.dat")
        let content = randomData(count: size)
        try content.write(to: file)
        let id = try vault.add("Rand", ["--attach", file.path])
        let out = vault.path("terug.dat")
        try vault.succeed(["attachment", "save", id, "bestand.dat", "--out", out.path])
        #expect(try Data(contentsOf: out) == content)
        // Every chunk holds 64 KiB, and there is always a final one.
        #expect(try vault.sqlite("SELECT count(*) FROM chunks") == "\(size / 65_536 + 1)")
        #expect(try vault.succeed(["verify"]).stdout.contains("1 attachment and"))
    }

    @Test func addTakesSeveralAttachments() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let mail = vault.path("mail.eml")
        let screenshot = vault.path("scherm.png")
        try Data("From: jan@example.com\n\nJe bent te gevoelig.".utf8).write(to: mail)
        try randomData(count: 5_000).write(to: screenshot)
        let id = try vault.add("Mail", ["--attach", mail.path, "--attach", screenshot.path])
        let attachments = try #require(try vault.show(id)["attachments"] as? [[String: Any]])
        #expect(attachments.compactMap { $0["name"] as? String } == ["mail.eml", "scherm.png"])
        #expect(attachments.compactMap { $0["sha256"] as? String } == [try Shell.sha256(mail), try Shell.sha256(screenshot)])
        #expect(try vault.succeed(["search", "scherm.png"]).stdout.contains("Mail"))
    }

    /// An attachment belongs to the entry, not to one version; the history says with which version each came.
    @Test(arguments: [
        ("en", "added with version 1, ", "added with version 2, "),
        ("nl", "toegevoegd bij versie 1, ", "toegevoegd bij versie 2, "),
    ])
    func historyShowsTheVersionEachAttachmentCameWith(language: String, first: String, second: String) throws {
        let vault = try CLIVault(language: language)
        defer { vault.remove() }
        let mail = vault.path("mail.eml")
        let screenshot = vault.path("scherm.png")
        try Data("From: jan@example.com".utf8).write(to: mail)
        try Data("png".utf8).write(to: screenshot)
        let id = try vault.add("Mail", ["--attach", mail.path])
        try vault.succeed(["amend", id, "--text", "Later aangevuld."])
        try vault.succeed(["attach", id, screenshot.path])
        try vault.succeed(["amend", id, "--text", "Nog later aangevuld."])

        let history = try vault.succeed(["show", id, "--history"]).stdout
        let lines = history.split(separator: "\n").map(String.init)
        let mailLine = try #require(lines.first { $0.hasPrefix("  mail.eml  ") }, "\(history)")
        let screenshotLine = try #require(lines.first { $0.hasPrefix("  scherm.png  ") }, "\(history)")
        #expect(mailLine.contains("  " + first), "\(history)")
        #expect(screenshotLine.contains("  " + second), "\(history)")
        // Without --history the list stays as it was: the latest version is all that is shown.
        #expect(!(try vault.succeed(["show", id]).stdout.contains(first)))

        let attachments = try #require(try vault.show(id)["attachments"] as? [[String: Any]])
        #expect(attachments.map { $0["name"] as? String } == ["mail.eml", "scherm.png"])
        #expect(attachments.map { $0["addedWithVersion"] as? Int } == [1, 2])
    }

    @Test func savingAnUnknownNameIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("echt.txt")
        try Data("inhoud".utf8).write(to: file)
        let id = try vault.add("Een bijlage", ["--attach", file.path])
        let out = vault.path("uit.txt")
        let result = try vault.run(["attachment", "save", id, "verzonnen.txt", "--out", out.path])
        expectError(result, status: 2, mentioning: ["verzonnen.txt"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func savingOverAnExistingFileIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("echt.txt")
        try Data("inhoud".utf8).write(to: file)
        let id = try vault.add("Een bijlage", ["--attach", file.path])
        let out = vault.path("bestaat.txt")
        try Data("niet overschrijven".utf8).write(to: out)
        let result = try vault.run(["attachment", "save", id, "echt.txt", "--out", out.path])
        expectError(result, status: 1, mentioning: [out.path, "exists already"])
        #expect(try Data(contentsOf: out) == Data("niet overschrijven".utf8))
    }

    @Test func attachingASecondFileWithTheSameNameIsRefused() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("foto.jpg")
        try Data("een".utf8).write(to: file)
        let id = try vault.add("Foto", ["--attach", file.path])
        let before = try vault.snapshot()
        let sub = vault.path("ander")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let same = sub.appendingPathComponent("foto.jpg")
        try Data("twee".utf8).write(to: same)
        expectError(try vault.run(["attach", id, same.path]), status: 64, mentioning: ["foto.jpg"])
        #expect(try vault.snapshot() == before)
    }

    @Test func attachingAMissingFileChangesNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Zonder bestand")
        let before = try vault.snapshot()
        let missing = vault.path("bestaat-niet.pdf")
        let result = try vault.run(["attach", id, missing.path])
        expectError(result, status: 1, mentioning: [missing.path])
        expectError(try vault.run(["add", "--title", "Ook niet", "--attach", missing.path]), status: 1,
                    mentioning: [missing.path])
        #expect(try vault.snapshot() == before)
        #expect(try vault.titles() == ["Zonder bestand"])
    }
}
