// Bundles made by an attacker with age, minisign, GNU tar and python alone, against the adviser's binary.
import Foundation
import MeldboekTestSupport
import Testing

/// A stranger with their own age and minisign keys, who writes bundle members by hand and packs them
/// the way Docs/bundle-format.md describes: `minisign -S`, `tar --format=ustar`, `age -r`.
struct Attacker {
    let folder: TemporaryFolder
    let ageRecipient: String
    let minisignKey: String
    let fingerprint: String

    init() throws {
        folder = try TemporaryFolder("attacker")
        let keys = folder.url.path
        try Self.tool("/usr/bin/minisign", ["-G", "-W", "-p", keys + "/pk", "-s", keys + "/sk"])
        try Self.tool("/usr/bin/age-keygen", ["-o", keys + "/age.txt"])
        let pk = try String(contentsOfFile: keys + "/pk", encoding: .utf8).split(separator: "\n")
        minisignKey = String(pk[1])
        let age = try String(contentsOfFile: keys + "/age.txt", encoding: .utf8)
        ageRecipient = String(age.split(separator: "\n").first { $0.hasPrefix("# public key: ") }!.dropFirst(14))
        fingerprint = try Self.python(Self.fingerprintScript, [ageRecipient, minisignKey])
    }

    func remove() { folder.remove() }

    @discardableResult
    static func tool(_ executable: String, _ arguments: [String]) throws -> String {
        let result = try Shell.run(executable, arguments)
        try #require(result.status == 0, "\(executable) \(arguments): \(result.output)")
        return result.output
    }

    static func python(_ script: String, _ arguments: [String]) throws -> String {
        try tool("/usr/bin/python3", ["-c", script] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The fingerprint function of Docs/bundle-format.md, and bech32 encoding for hand-made age keys.
    static let fingerprintScript = """
        import base64, hashlib, sys
        CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        def bech32_data(text):
            acc = bits = 0
            out = []
            for c in text[text.rindex("1") + 1:-6]:
                acc, bits = (acc << 5) | CHARSET.index(c), bits + 5
                while bits >= 8:
                    bits -= 8
                    out.append((acc >> bits) & 255)
            return bytes(out)
        keys = bech32_data(sys.argv[1]) + base64.b64decode(sys.argv[2])[2:]
        text = base64.b32encode(hashlib.blake2b(b"meldboek/v1/fingerprint" + keys, digest_size=32).digest()[:10]).decode()
        print("-".join(text[i:i + 4] for i in range(0, 16, 4)))
        """

    /// BIP 173 bech32 of 32 bytes given in hex, with the HRP `age`.
    static let bech32Script = """
        import sys
        CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        def polymod(values):
            g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
            chk = 1
            for v in values:
                b = chk >> 25
                chk = (chk & 0x1ffffff) << 5 ^ v
                for i in range(5):
                    chk ^= g[i] if ((b >> i) & 1) else 0
            return chk
        data = bytes.fromhex(sys.argv[1])
        acc = bits = 0
        five = []
        for byte in data:
            acc, bits = (acc << 8) | byte, bits + 8
            while bits >= 5:
                bits -= 5
                five.append((acc >> bits) & 31)
        if bits:
            five.append((acc << (5 - bits)) & 31)
        hrp = "age"
        values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + five
        mod = polymod(values + [0] * 6) ^ 1
        print(hrp + "1" + "".join(CHARSET[d] for d in five + [(mod >> 5 * (5 - i)) & 31 for i in range(6)]))
        """

    /// The party object for these keys, as the manifest's `sender` and second recipient.
    var party: String {
        #"{"ageRecipient": "\#(ageRecipient)", "fingerprint": "\#(fingerprint)", "minisignPublicKey": "\#(minisignKey)"}"#
    }

    /// One entry file and its manifest item.
    struct EntryFile {
        var id = UUID().uuidString.lowercased()
        var title = "Vergadering"
        var revisions = [1]
        var attachmentName: String?
        var attachment = Data("bewijs".utf8)
        /// The entry file's JSON; the default has one revision per number in `revisions`.
        var json: String?

        var content: String {
            if let json { return json }
            let versions = revisions.map { number in
                #"{"number": \#(number), "recordedAt": "2026-11-29T03:36:21Z", "fields": {"title": \#(Attacker.quote(title)), "narrative": "Wat er gebeurde.", "people": [], "witnesses": [], "categories": [], "tags": []}}"#
            }
            return #"{"id": "\#(id)", "revisions": [\#(versions.joined(separator: ", "))]}"#
        }
    }

    /// A JSON string literal for `text`, escapes and all.
    static func quote(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    static func sha256(_ data: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Shell.sha256(file)
    }

    /// Writes, signs, packs and encrypts a bundle to `adviser` (an `age1…`), returning the file.
    ///
    /// `manifest` gets the default manifest text and may change it before it is signed: the attacker signs
    /// whatever they like. `listed` may add manifest items by hand.
    func bundle(
        to adviser: String, entries: [EntryFile], bundleId: String = UUID().uuidString.lowercased(),
        extraManifest: String = "", redactions: String = "[]", chainHead: String = String(repeating: "ab", count: 32),
        duplicateEntryItem: Bool = false, name: String = "bundle.age"
    ) throws -> URL {
        let work = folder.appending("work-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("entries"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work.appendingPathComponent("attachments"), withIntermediateDirectories: true)
        var entryItems: [String] = []
        var attachmentItems: [String] = []
        var members = ["manifest.json", "manifest.json.minisig"]
        var attachmentMembers: [String] = []
        for entry in entries {
            let data = Data(entry.content.utf8)
            let path = "entries/\(entry.id).json"
            try data.write(to: work.appendingPathComponent(path))
            let item = #"{"id": "\#(entry.id)", "path": "\#(path)", "revisions": \#(entry.revisions), "sha256": "\#(try Self.sha256(data))", "size": \#(data.count)}"#
            entryItems.append(item)
            if duplicateEntryItem { entryItems.append(item) }
            members.append(path)
            if let attachmentName = entry.attachmentName {
                let hash = try Self.sha256(entry.attachment)
                try entry.attachment.write(to: work.appendingPathComponent("attachments/\(hash)"))
                attachmentItems.append(#"{"entry": "\#(entry.id)", "name": \#(Self.quote(attachmentName)), "path": "attachments/\#(hash)", "sha256": "\#(hash)", "size": \#(entry.attachment.count)}"#)
                attachmentMembers.append("attachments/\(hash)")
            }
        }
        members += attachmentMembers
        let createdAt = "2026-11-29T03:36:22Z"
        let adviserParty = try adviserPartyJSON(adviser)
        let manifest = """
            {"format": "meldboek-bundle", "version": 1, "bundleId": "\(bundleId)", "createdAt": "\(createdAt)",
             "sender": \(party), "recipients": [\(adviserParty), \(party)], "chainHead": "\(chainHead)",
             "redactions": \(redactions), \(extraManifest)
             "entries": [\(entryItems.joined(separator: ", "))], "attachments": [\(attachmentItems.joined(separator: ", "))]}
            """
        try Data(manifest.utf8).write(to: work.appendingPathComponent("manifest.json"))
        try Self.tool("/usr/bin/minisign", [
            "-S", "-s", folder.url.path + "/sk", "-m", work.appendingPathComponent("manifest.json").path,
            "-t", "meldboek bundle \(bundleId) created \(createdAt)"])
        let plain = work.appendingPathComponent("plain.tar")
        try Self.tool("/usr/bin/tar", [
            "--format=ustar", "--owner=0", "--group=0", "--numeric-owner", "--mode=0644", "-C", work.path,
            "-cf", plain.path] + members)
        let out = folder.appending(name)
        try Self.tool("/usr/bin/age", ["-r", adviser, "-o", out.path, plain.path])
        return out
    }

    /// The adviser as a manifest party; their minisign key doesn't matter to the import, so a fresh one stands in.
    private func adviserPartyJSON(_ recipient: String) throws -> String {
        let keys = folder.appending("adviser-\(UUID().uuidString.prefix(6))").path
        try Self.tool("/usr/bin/minisign", ["-G", "-W", "-p", keys + ".pk", "-s", keys + ".sk"])
        let key = String(try String(contentsOfFile: keys + ".pk", encoding: .utf8).split(separator: "\n")[1])
        let fingerprint = try Self.python(Self.fingerprintScript, [recipient, key])
        return #"{"ageRecipient": "\#(recipient)", "fingerprint": "\#(fingerprint)", "minisignPublicKey": "\#(key)"}"#
    }
}

/// An adviser's vault driven through the binary.
struct AdviserDesk {
    let home: TemporaryFolder
    var runner: CommandRunner
    let recipient: String

    init() throws {
        home = try TemporaryFolder("adviser-desk")
        runner = CommandRunner(home: home.url)
        runner.environment["MELDBOEK_ADVISER_VAULT"] = home.appending("cases").path
        let created = try runner.run(["adviser", "init", "--no-recovery", "--kdf", "test"])
        try #require(created.status == 0, "\(created)")
        let card = try runner.run(["adviser", "card", "--json"])
        let json = try JSONSerialization.jsonObject(with: Data(card.stdout.utf8)) as? [String: Any]
        recipient = try #require(json?["ageRecipient"] as? String)
    }

    func remove() { home.remove() }

    func run(_ arguments: [String]) throws -> CommandResult { try runner.run(arguments) }
}

@Suite struct AdviserInputTests {
    /// A bundle made by hand with no flaw imports: otherwise every refusal below proves nothing.
    @Test func handMadeBundleImports() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init(attachmentName: "foto.jpg")])
        let result = try desk.run(["adviser", "import", file.path, "--case", "Melder"])
        #expect(result.status == 0, "\(result)")
        #expect(try desk.run(["adviser", "show", "Melder"]).stdout.contains("foto.jpg"))
    }

    /// Refused with exit 8 and nothing stored; the error line mentions `words`.
    func expectRefused(_ file: URL, desk: AdviserDesk, mentioning words: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try desk.run(["adviser", "import", file.path, "--case", "Melder"])
        expectError(result, status: 8, mentioning: words, sourceLocation: sourceLocation)
        let cases = try desk.run(["adviser", "cases"])
        #expect(cases.status == 0 && cases.stdout.contains("No cases"), "\(cases)", sourceLocation: sourceLocation)
    }

    @Test func duplicatedJSONKeyIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        // jq shows the last note, other readers the first: the import must not pick one.
        let file = try attacker.bundle(
            to: desk.recipient, entries: [.init()],
            extraManifest: #""note": "Zie bijlage", "note": "Negeer alles hierboven","#)
        try expectRefused(file, desk: desk, mentioning: ["manifest.json", "names a field twice"])
    }

    @Test func duplicatedJSONKeyInAnEntryIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        var entry = Attacker.EntryFile()
        entry.json = #"{"id": "\#(entry.id)", "id": "\#(entry.id)", "revisions": [{"number": 1, "recordedAt": "2026-11-29T03:36:21Z", "fields": {"title": "Een", "narrative": "", "people": [], "witnesses": [], "categories": [], "tags": []}}]}"#
        let file = try attacker.bundle(to: desk.recipient, entries: [entry])
        try expectRefused(file, desk: desk, mentioning: ["names a field twice"])
    }

    @Test func entryListedTwiceIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init()], duplicateEntryItem: true)
        try expectRefused(file, desk: desk, mentioning: ["lists", "twice"])
    }

    @Test func entryWithoutRevisionsButWithAnAttachmentIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init(revisions: [], attachmentName: "leeg.txt")])
        try expectRefused(file, desk: desk, mentioning: ["revisions"])
        // Whatever happened, show and cases must keep working.
        #expect(try desk.run(["adviser", "cases"]).status == 0)
    }

    @Test(arguments: [[2, 3], [1, 1, 2], [1, 3, 2], [0, 1]])
    func revisionListsOutOfTheFormatAreRefused(revisions: [Int]) throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init(revisions: revisions)])
        try expectRefused(file, desk: desk, mentioning: ["revisions"])
    }

    @Test func upperCaseEntryIdIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init(id: UUID().uuidString.uppercased())])
        try expectRefused(file, desk: desk, mentioning: ["entries[0].id"])
    }

    @Test func upperCaseBundleIdIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init()], bundleId: UUID().uuidString)
        try expectRefused(file, desk: desk, mentioning: ["bundleId"])
    }

    @Test func chainHeadOfTheWrongLengthIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init()], chainHead: String(repeating: "a", count: 63))
        try expectRefused(file, desk: desk, mentioning: ["chainHead"])
    }

    @Test func unknownRedactionIsRefused() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init()], redactions: #"["faces"]"#)
        try expectRefused(file, desk: desk, mentioning: ["redactions"])
    }

    @Test func bundleIdOfAnotherSenderIsAConflict() throws {
        let (desk, first, second) = (try AdviserDesk(), try Attacker(), try Attacker())
        defer { desk.remove(); first.remove(); second.remove() }
        let id = UUID().uuidString.lowercased()
        let genuine = try first.bundle(to: desk.recipient, entries: [.init()], bundleId: id)
        #expect(try desk.run(["adviser", "import", genuine.path, "--case", "Eerste"]).status == 0)
        let copycat = try second.bundle(to: desk.recipient, entries: [.init(title: "Iets anders")], bundleId: id)
        let receipt = desk.home.appending("receipt.tar")
        let result = try desk.run(["adviser", "import", copycat.path, "--receipt-out", receipt.path])
        expectError(result, status: 8, mentioning: [id, "Eerste", "another sender"])
        #expect(!FileManager.default.fileExists(atPath: receipt.path), "no receipt for someone else's bundle")
        let cases = try desk.run(["adviser", "cases"]).stdout
        #expect(cases.split(separator: "\n").count == 1, "\(cases)")
    }

    @Test func controlAndBidiCharactersAreShownEscaped() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let title = "Gewoon\u{1B}[2J\u{1B}]0;titel\u{07} \u{9B}31m rood \u{202E}gpj.exe"
        let name = "foto\u{1B}[8m\u{202E}fdp.jpg\u{0}\r"
        let file = try attacker.bundle(to: desk.recipient, entries: [.init(title: title, attachmentName: name)])
        #expect(try desk.run(["adviser", "import", file.path, "--case", "Melder"]).status == 0)
        let raw: [Unicode.Scalar] = ["\u{1B}", "\u{9B}", "\u{202E}", "\u{07}", "\u{0}", "\r"]
        func expectVisible(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(!text.unicodeScalars.contains(where: raw.contains), "\(what) shows raw control characters",
                    sourceLocation: sourceLocation)
            #expect(text.contains("<U+001B>") && text.contains("<U+202E>") && text.contains("<U+009B>"),
                    "\(what) should show them escaped: \(text)", sourceLocation: sourceLocation)
        }
        let shown = try desk.run(["adviser", "show", "Melder"])
        #expect(shown.status == 0, "\(shown)")
        expectVisible(shown.stdout, "adviser show")
        #expect(shown.stdout.contains("foto<U+001B>[8m<U+202E>fdp.jpg<U+0000><U+000D>"), "\(shown.stdout)")
        let json = try desk.run(["adviser", "show", "Melder", "--json"])
        #expect(json.status == 0 && !json.stdout.unicodeScalars.contains(where: raw.contains), "\(json)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let entries = try #require(decoded?["entries"] as? [[String: Any]])
        #expect(entries.first?["title"] as? String == title, "JSON keeps the data, only escaped")
        for format in ["markdown", "html"] {
            let out = desk.home.appending("report.\(format)")
            let report = try desk.run(["adviser", "report", "Melder", "--format", format, "--out", out.path])
            #expect(report.status == 0, "\(report)")
            let document = try String(contentsOf: out, encoding: .utf8)
            #expect(!document.unicodeScalars.contains(where: raw.contains), "the \(format) report has raw control characters")
            #expect(document.contains("U+001B") && document.contains("U+202E"), "\(format): \(document)")
        }
    }

    @Test func controlCharactersInACaseNameAndInErrorsAreShownEscaped() throws {
        let (desk, attacker) = (try AdviserDesk(), try Attacker())
        defer { desk.remove(); attacker.remove() }
        let file = try attacker.bundle(to: desk.recipient, entries: [.init()])
        let imported = try desk.run(["adviser", "import", file.path, "--case", "Mel\u{1B}[31mder"])
        #expect(imported.status == 0 && !imported.stdout.contains("\u{1B}") && imported.stdout.contains("Mel<U+001B>[31mder"),
                "\(imported)")
        let cases = try desk.run(["adviser", "cases"])
        #expect(!cases.stdout.contains("\u{1B}") && cases.stdout.contains("<U+001B>"), "\(cases)")
        let missing = try desk.run(["adviser", "show", "Ander\u{1B}[2J"])
        expectError(missing, status: 2, mentioning: ["Ander<U+001B>[2J"])
        #expect(!missing.stderr.contains("\u{1B}"))
    }
}

@Suite struct MelderSideInputTests {
    /// A card with the given 32-byte age key (hex) and a genuine minisign key.
    static func card(ageKeyHex: String) throws -> String {
        let attacker = try Attacker()
        defer { attacker.remove() }
        let recipient = try Attacker.python(Attacker.bech32Script, [ageKeyHex])
        return "meldboek-card:1:\(recipient):\(attacker.minisignKey)"
    }

    @Test(arguments: [String(repeating: "00", count: 32), "01" + String(repeating: "00", count: 31)])
    func contactsAddRefusesALowOrderAgeKey(keyHex: String) throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let card = try Self.card(ageKeyHex: keyHex)
        let result = try vault.run(["contacts", "add", "vp", card])
        expectError(result, status: 64, mentioning: ["all zeros or a weak key"])
        #expect(try vault.run(["contacts", "list"]).stdout.contains("vp") == false)
    }

    @Test func aGoodHandMadeCardIsAccepted() throws {
        // The bech32 helper itself must make cards the binary reads, or the test above proves nothing.
        let vault = try CLIVault()
        defer { vault.remove() }
        let card = try Self.card(ageKeyHex: "09" + String(repeating: "00", count: 31))
        try vault.succeed(["contacts", "add", "vp", card])
    }

    @Test func aDamagedReceiptIsCalledAReceipt() throws {
        let vault = try CLIVault()
        let desk = try AdviserDesk()
        defer { vault.remove(); desk.remove() }
        let card = try desk.run(["adviser", "card"]).stdout.split(separator: "\n")[0]
        try vault.succeed(["contacts", "add", "vp", String(card)])
        try vault.add("Vergadering")
        let bundle = vault.path("bundle.age")
        try vault.succeed(["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"])
        let receipt = desk.home.appending("receipt.tar")
        #expect(try desk.run(["adviser", "import", bundle.path, "--receipt-out", receipt.path]).status == 0)
        // Change the receipt's date inside receipt.json, as someone on the way could; tar's checksum covers only headers.
        var bytes = [UInt8](try Data(contentsOf: receipt))
        let text = String(decoding: bytes, as: UTF8.self)
        let found = try #require(text.range(of: "\"importedAt\" : \""))
        // A byte offset: the receipt holds non-ASCII text (the cosignature's lines) before this key.
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: found.upperBound)
        bytes[offset] = bytes[offset] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        try Data(bytes).write(to: receipt)
        let result = try vault.run(["receipts", "import", receipt.path])
        expectError(result, status: 8, mentioning: ["receipt's signature"])
        #expect(!result.stderr.contains("bundle"), "\(result)")
        try Data(bytes.prefix(700)).write(to: receipt)
        let cut = try vault.run(["receipts", "import", receipt.path])
        expectError(cut, status: 8, mentioning: ["The receipt is damaged"])
    }

    @Test func shareRefusesAnEntryTooLargeForTheBundleBeforeThePreview() throws {
        let vault = try CLIVault()
        let desk = try AdviserDesk()
        defer { vault.remove(); desk.remove() }
        let card = try desk.run(["adviser", "card"]).stdout.split(separator: "\n")[0]
        try vault.succeed(["contacts", "add", "vp", String(card)])
        let story = String(repeating: "Het ging zo. ", count: 400_000)
        try vault.succeed(["add", "--title", "Heel lang", "--stdin"], input: story)
        let out = vault.path("bundle.age")
        let result = try vault.run(["share", "--to", "vp", "--all", "--out", out.path, "--yes"])
        expectError(result, status: 64, mentioning: ["too large for a bundle"])
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try vault.run(["shares"]).stdout.contains("Nothing shared yet"))
    }
}
