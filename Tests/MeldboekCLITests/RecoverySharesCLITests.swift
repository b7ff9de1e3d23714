// Recovery shares end to end: `recovery split` to files and on the terminal, `recover --shares` and
// `recovery test --shares` from a file and typed one by one, and every way a set of shares is refused.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct RecoverySharesCLITests {
    static let newPassphrase = "een heel nieuwe wachtwoordzin"

    /// A vault with a recovery code, split into shares in a new folder; the shares' words, in order.
    static func splitVault(_ arguments: [String] = [], language: String = "en") throws -> (CLIVault, [String]) {
        let vault = try CLIVault(language: language, initialise: false)
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", vault.path("code.txt").path])
        let folder = vault.path("delen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try vault.succeed(["recovery", "split", "--out-dir", folder.path] + arguments)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let shares = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        return (vault, shares.map { $0.trimmingCharacters(in: .newlines) })
    }

    /// Writes the shares to a new file, one a line, and gives its path.
    static func sharesFile(_ vault: CLIVault, _ shares: [String], name: String = "gegeven.txt") throws -> String {
        let file = vault.path(name)
        try Data((shares.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file.path
    }

    @Test func twoOfThreeSharesFromAFileRecoverTheVault() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", vault.path("code.txt").path])
        try vault.add("Voor het vergeten")
        let folder = vault.path("delen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let split = try vault.succeed(["recovery", "split", "--out-dir", folder.path])
        #expect(split.stdout.contains("3 shares written to \(folder.path)"), "\(split)")
        #expect(split.stdout.contains("3 shares made; any 2 of them open this vault"), "\(split)")
        #expect(split.stdout.contains("Shares from an earlier split still open the vault"), "\(split)")
        let files = (1...3).map { folder.appendingPathComponent("share-\($0).txt") }
        let shares = try files.map { try String(contentsOf: $0, encoding: .utf8).trimmingCharacters(in: .newlines) }
        for (file, share) in zip(files, shares) {
            #expect(try fileMode(file) == 0o600)
            #expect(share.split(separator: " ").count == 20)
        }
        #expect(Set(shares).count == 3)
        #expect(!split.stdout.contains(shares[0]), "\(split)")

        // Again into the same folder: refused before anything is asked, and nothing is overwritten.
        let again = try vault.run(["recovery", "split", "--out-dir", folder.path], environment: ["MELDBOEK_PASSPHRASE": nil])
        expectError(again, status: 1, mentioning: [files[0].path])
        #expect(try String(contentsOf: files[0], encoding: .utf8).trimmingCharacters(in: .newlines) == shares[0])

        // One share alone opens nothing.
        let one = try Self.sharesFile(vault, [shares[1]], name: "een.txt")
        expectError(try vault.run(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": one]),
                    status: 3, mentioning: ["Only 1 share was given; this split needs 2."])
        expectError(try vault.run(["recover", "--shares"], environment: [
            "MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_SHARES_FILE": one, "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase]),
                    status: 3, mentioning: ["Only 1 share was given"])
        try vault.succeed(["list"])

        // Any two test right, in any order, with blank lines between.
        for pair in [[0, 1], [2, 0], [1, 2]] {
            let file = try Self.sharesFile(vault, ["", shares[pair[0]], "  ", shares[pair[1]]], name: "paar-\(pair[0])\(pair[1]).txt")
            let tested = try vault.succeed(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": file])
            #expect(tested.stdout.contains("The shares are right: together they open this vault."), "\(tested)")
        }

        // The passphrase is forgotten: two shares and a new passphrase recover the vault, and the use shows.
        let two = try Self.sharesFile(vault, [shares[2], shares[0]], name: "twee.txt")
        let recovered = try vault.succeed(["recover", "--shares"], environment: [
            "MELDBOEK_PASSPHRASE": nil, "MELDBOEK_RECOVERY_SHARES_FILE": two, "MELDBOEK_NEW_PASSPHRASE": Self.newPassphrase])
        #expect(recovered.stdout.contains("New passphrase set."), "\(recovered)")
        expectError(try vault.run(["list"]), status: 3, mentioning: ["Wrong passphrase."])
        let listed = try vault.succeed(["list"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        #expect(listed.stdout.contains("Voor het vergeten"))
        #expect(listed.stderr.contains("meldboek: The recovery code was used on "), "\(listed)")
        let verified = try vault.succeed(["verify"], environment: ["MELDBOEK_PASSPHRASE": Self.newPassphrase])
        #expect(verified.stdout.contains("The recovery code was used on "), "\(verified)")
    }

    @Test func withoutSharesOrATerminalNothingIsRead() throws {
        let (vault, _) = try Self.splitVault()
        defer { vault.remove() }
        expectError(try vault.run(["recovery", "test", "--shares"]), status: 3, mentioning: ["MELDBOEK_RECOVERY_SHARES_FILE"])
        // Nor shown: without a terminal the shares must go to files.
        expectError(try vault.run(["recovery", "split"]), status: 64, mentioning: ["no terminal to show the shares on"])
    }

    @Test(arguments: [
        (["--threshold", "1"], "keep the code itself instead"),
        (["--threshold", "4", "--shares", "3"], "at most '--shares'"),
        (["--threshold", "2", "--shares", "17"], "'--shares' at most 16"),
        (["--threshold", "0"], "at least 2"),
    ])
    func thresholdsOutOfBoundsAreRefused(arguments: [String], message: String) throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", vault.path("code.txt").path])
        let refused = try vault.run(["recovery", "split", "--out-dir", vault.path("").path] + arguments)
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.stderr.contains(message), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: vault.path("share-1.txt").path))
    }

    @Test func aVaultWithoutACodeHasNothingToSplit() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        expectError(try vault.run(["recovery", "split", "--out-dir", vault.path("").path]), status: 3,
                    mentioning: ["This vault has no recovery code."])
    }

    @Test func sharesOfTwoSplitsDontMixAndANewCodeEndsThemAll() throws {
        let (vault, first) = try Self.splitVault(["--threshold", "3", "--shares", "4"])
        defer { vault.remove() }
        let folder = vault.path("tweede")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try vault.succeed(["recovery", "split", "--out-dir", folder.path])
        let second = try (1...3).map {
            try String(contentsOf: folder.appendingPathComponent("share-\($0).txt"), encoding: .utf8)
        }
        // Two splits draw their identifier at random; shares that happen to match mix by design of SLIP-39.
        if first[0].split(separator: " ").prefix(2) != second[0].split(separator: " ").prefix(2) {
            let mixed = try Self.sharesFile(vault, [first[0], second[1]], name: "gemengd.txt")
            expectError(try vault.run(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": mixed]),
                        status: 3, mentioning: ["This share belongs to another split than the shares before it."])
        }
        // Each set alone still opens the vault: the code is the same.
        try vault.succeed(["recovery", "test", "--shares"], environment: [
            "MELDBOEK_RECOVERY_SHARES_FILE": try Self.sharesFile(vault, Array(first.prefix(3)), name: "eerste.txt")])
        let secondFile = try Self.sharesFile(vault, Array(second.prefix(2)), name: "tweede.txt")
        try vault.succeed(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": secondFile])

        // A new code makes every share useless, and says so.
        let created = try vault.succeed(["recovery", "create", "--recovery-code-out", vault.path("nieuw.txt").path])
        #expect(created.stdout.contains("nor do shares made from it"), "\(created)")
        expectError(try vault.run(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": secondFile]),
                    status: 3, mentioning: ["These shares make a recovery code that does not open this vault."])
    }

    @Test func aMistypedWordInAShareFileIsNamed() throws {
        let (vault, shares) = try Self.splitVault(language: "nl")
        defer { vault.remove() }
        var words = shares[1].split(separator: " ").map(String.init)
        words.swapAt(5, 9)
        if words.joined(separator: " ") == shares[1] { words.swapAt(5, 10) }
        let file = try Self.sharesFile(vault, [shares[0], words.joined(separator: " ")])
        expectError(try vault.run(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": file]),
                    status: 3, mentioning: ["Deel 2 is geen geldig deel"])
    }

    @Test func splitShowsTheSharesOnceOnTheTerminal() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        try vault.succeed(["init", "--kdf", "test", "--recovery-code-out", vault.path("code.txt").path])
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["recovery", "split", "--shares", "2"])
        try session.expect("Your recovery code, split into 2 shares. Any 2 of them together open this vault")
        let screen = try session.expect("Press Enter when every share is written down.")
        session.type("")
        try session.expect("2 shares made; any 2 of them open this vault")
        #expect(try session.wait() == 0, "\(session.screen)")
        let shares = try ["Share 1 of 2:", "Share 2 of 2:"].map { heading in
            let part = try #require(screen.components(separatedBy: heading).dropFirst().first, "\(screen)")
            let section = part.components(separatedBy: "Share ").first ?? part
            let pattern = try NSRegularExpression(pattern: "(?:^|\\s)(\\d{1,2})\\. ([a-z]+)")
            let matches = pattern.matches(in: section, range: NSRange(section.startIndex..., in: section))
            return matches.map { String(section[Range($0.range(at: 2), in: section)!]) }.joined(separator: " ")
        }
        #expect(shares.allSatisfy { $0.split(separator: " ").count == 20 }, "\(screen)")
        let file = try Self.sharesFile(vault, shares)
        try vault.succeed(["recovery", "test", "--shares"], environment: ["MELDBOEK_RECOVERY_SHARES_FILE": file])
    }

    @Test func sharesAreAskedOneByOneOnTheTerminal() throws {
        let (vault, shares) = try Self.splitVault(["--threshold", "2", "--shares", "3"], language: "nl")
        defer { vault.remove() }
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["recovery", "test", "--shares"])
        try session.expect("Deel 1: ")
        #expect(!session.echoesInput)
        session.type(shares[2])
        try session.expect("Deel 1 van 2 gelezen (groep 1, nummer 3).")
        try session.expect("Deel 2: ")
        // The same share again is named, and asked again.
        session.type(shares[2].uppercased())
        try session.expect("Deel nummer 3 is twee keer gegeven.")
        try session.expect("Deel 2: ")
        session.type(shares[0].split(separator: " ").map { $0.prefix(4) }.joined(separator: "  "))
        try session.expect("Deel 2 van 2 gelezen (groep 1, nummer 1).")
        try session.expect("De delen kloppen")
        #expect(try session.wait() == 0, "\(session.screen)")
    }
}
