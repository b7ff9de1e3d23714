// Secrets stay secret: no plaintext in the vault file, none left outside it, owner-only modes, no passphrase in any argv.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct SecretsTests {
    /// Distinctive words, one per field, none of which may appear in the vault's files.
    static let words = [
        "Wolkenkrabber", "Zwaluwstaart", "Kwikstaartje", "Dromedaris", "Spijkerbroek", "Vuurtorenwachter",
        "Citroenmelisse", "Géraniumbloem", "Ijsbeerhuid", "Kruimeldief", "Brandweerslang", "Zeepaardje",
    ]

    /// Fills a vault with every word in some field, an attachment, an amendment and a search.
    static func filledVault() throws -> (vault: CLIVault, id: String) {
        let vault = try CLIVault()
        let attachment = vault.path("\(words[11]).txt")
        try Data("inhoud \(words[10])".utf8).write(to: attachment)
        let id = try vault.add(words[0], [
            "--text", "Het ging over \(words[1]) en \(words[2]).", "--where", words[3],
            "--person", "\(words[4]):manager", "--witness", words[5], "--tag", words[6],
            "--impact", words[7], "--action", words[8], "--attach", attachment.path,
        ])
        try vault.succeed(["amend", id, "--append", "Later: \(words[9])."])
        try vault.succeed(["search", words[1]])
        return (vault, id)
    }

    /// The words as they could be stored: as written, lower-cased, and folded (no accents).
    static var forms: [String] {
        words.flatMap { [$0, $0.lowercased(), $0.lowercased().folding(options: .diacriticInsensitive, locale: nil)] }
    }

    static func leaks(in data: Data) -> [String] {
        forms.filter { data.range(of: Data($0.utf8)) != nil }
    }

    @Test func theVaultFilesHoldNoneOfTheWordsWritten() throws {
        let (vault, _) = try Self.filledVault()
        defer { vault.remove() }
        // Every file there: the database, and the write-ahead log and its index if they are left.
        let files = try FileManager.default.contentsOfDirectory(atPath: vault.folder.path)
        #expect(files.contains("meldboek.db"))
        for name in files {
            let data = try Data(contentsOf: vault.folder.appendingPathComponent(name))
            #expect(Self.leaks(in: data).isEmpty, "\(name) holds \(Self.leaks(in: data))")
        }
        // And the search index really holds them, sealed: a search finds each one.
        for word in Self.words.prefix(10) {
            #expect(try CLIVault.jsonArray(try vault.succeed(["search", word, "--json"]).stdout).count == 1, "\(word)")
        }
    }

    @Test func theVaultAndEveryOutputAreOwnerOnly() throws {
        let (vault, id) = try Self.filledVault()
        defer { vault.remove() }
        let export = vault.path("export.json")
        let saved = vault.path("saved.txt")
        try vault.succeed(["export", "--format", "json", "--out", export.path])
        try vault.succeed(["attachment", "save", id, "\(Self.words[11]).txt", "--out", saved.path])
        #expect(try Self.mode(vault.folder) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: vault.folder.path) {
            #expect(try Self.mode(vault.folder.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        #expect(try Self.mode(export) == 0o600)
        #expect(try Self.mode(saved) == 0o600)
    }

    @Test func nothingOutsideTheVaultHoldsPlaintextAfterward() throws {
        let (vault, id) = try Self.filledVault()
        defer { vault.remove() }
        let temporary = vault.path("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let environment: [String: String?] = ["TMPDIR": temporary.path]
        try vault.succeed(["list", "--json"], environment: environment)
        try vault.succeed(["show", id, "--history"], environment: environment)
        try vault.succeed(["verify"], environment: environment)
        try vault.succeed(["unlock"], environment: environment)
        try vault.succeed(["list"], environment: environment.merging(["MELDBOEK_PASSPHRASE": nil]) { $1 })
        try vault.succeed(["lock"], environment: environment)
        // Every file in the test's HOME but the vault itself (and the attachment we made) is checked.
        let home = vault.path("").standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: home)
        while let relative = enumerator?.nextObject() as? String {
            let path = home + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  !path.hasPrefix(vault.folder.path + "/"), !relative.hasSuffix(".txt")
            else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            #expect(Self.leaks(in: data).isEmpty, "\(relative) holds \(Self.leaks(in: data))")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    @Test func thePassphraseIsInNoProcessArgumentList() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        // The editor runs while meldboek holds the passphrase: it reads every process's argument list.
        let log = vault.path("argv.log")
        let editor = vault.path("editor.sh")
        let script = """
            #!/bin/sh
            found=0
            for f in /proc/[0-9]*/cmdline; do
                if tr '\\0' ' ' < "$f" 2>/dev/null | grep -qF '\(TestVault.passphrase)'; then found=$((found + 1)); fi
            done
            echo "found=$found" > '\(log.path)'
            printf 'tekst' >> "$1"

            """
        try Data(script.utf8).write(to: editor)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        // The editor's file must be on tmpfs: a private folder on /dev/shm (CI has one).
        var template = Array("/dev/shm/mbtest-XXXXXX".utf8CString)
        try #require(template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) } != nil, "needs /dev/shm")
        let runtime = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        defer { try? FileManager.default.removeItem(atPath: runtime) }
        try vault.succeed(
            ["add", "--title", "via editor", "--editor"],
            environment: ["EDITOR": editor.path, "VISUAL": nil, "XDG_RUNTIME_DIR": runtime])
        let logged = String(decoding: try Data(contentsOf: log), as: UTF8.self)
        #expect(logged == "found=0\n", "\(logged)")
        // The check itself works: the test's own shell, given the passphrase as an argument, is found.
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/bin/sh")
        probe.arguments = ["-c", "\(editor.path) \(vault.path("probe.txt").path); sleep 0", TestVault.passphrase]
        try probe.run()
        probe.waitUntilExit()
        #expect(String(decoding: try Data(contentsOf: log), as: UTF8.self) != "found=0\n")
    }

    static func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) & 0o777
    }
}
