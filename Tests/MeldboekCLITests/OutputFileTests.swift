// Every command that writes a file the user names follows one policy: never replace anything, 0600, checked before unlocking.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct OutputFileTests {
    /// A melder with an entry, an attachment and the adviser as contact, and a bundle shared with the adviser.
    struct People {
        let pair: SharingRoundTripTests.People
        let entry: String
        let bundle: URL

        var melderHome: TemporaryFolder { pair.melderHome }
        var adviserHome: TemporaryFolder { pair.adviserHome }
        var melder: CommandRunner { pair.melder }
        var adviser: CommandRunner { pair.adviser }

        init() throws {
            pair = try SharingRoundTripTests.People()
            _ = try pair.connect()
            let photo = pair.melderHome.appending("foto.jpg")
            try Data("a photo".utf8).write(to: photo)
            let added = try Self.succeed(pair.melder, ["add", "--title", "Vergadering", "--attach", photo.path])
            entry = try #require(CLIVault.firstID(in: added.stdout))
            bundle = pair.melderHome.appending("bundle.age")
            try Self.succeed(pair.melder, ["share", "--to", "vp", "--all", "--out", bundle.path, "--yes"])
        }

        func remove() { pair.remove() }

        @discardableResult
        static func succeed(_ runner: CommandRunner, _ arguments: [String]) throws -> CommandResult {
            let result = try runner.run(arguments)
            guard result.status == 0 else {
                throw CLISetupFailure(description: "meldboek \(arguments.joined(separator: " ")): \(result)")
            }
            return result
        }
    }

    /// The commands that write a file the user names.
    enum OutputCommand: String, CaseIterable, CustomTestStringConvertible {
        case export, exportMarkdown, report, reportMarkdown, share, attachmentSave, adviserImportReceipt, adviserExportIdentity

        var testDescription: String { rawValue }

        /// Who runs it and with what arguments, writing to `path`.
        func invocation(_ people: People, _ path: String) -> (CommandRunner, [String]) {
            switch self {
            case .export: (people.melder, ["export", "--out", path])
            case .exportMarkdown: (people.melder, ["export", "--format", "markdown", "--out", path])
            case .report: (people.melder, ["report", "--out", path])
            case .reportMarkdown: (people.melder, ["report", "--format", "markdown", "--out", path])
            case .share: (people.melder, ["share", "--to", "vp", "--all", "--out", path, "--yes"])
            case .attachmentSave: (people.melder, ["attachment", "save", people.entry, "foto.jpg", "--out", path])
            case .adviserImportReceipt: (people.adviser, ["adviser", "import", people.bundle.path, "--receipt-out", path])
            case .adviserExportIdentity: (people.adviser, ["adviser", "export-identity", "--out", path, "--yes"])
            }
        }
    }

    /// What is in the way of the output: a file, a link to an unrelated file, a link to nothing, a folder.
    enum Obstacle: String, CaseIterable, CustomTestStringConvertible {
        case file, linkToFile, danglingLink, folder

        var testDescription: String { rawValue }
    }

    static func permissions(_ path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o7777)
    }

    @Test(arguments: OutputCommand.allCases, Obstacle.allCases)
    func anythingInTheWayIsLeftAsItWas(_ command: OutputCommand, _ obstacle: Obstacle) throws {
        let people = try People()
        defer { people.remove() }
        let home = people.melderHome
        let unrelated = home.appending("unrelated.txt")
        try Data("someone else's file\n".utf8).write(to: unrelated)
        let out = home.appending("out")
        switch obstacle {
        case .file: try Data("mine\n".utf8).write(to: out)
        case .linkToFile: try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: unrelated.path)
        case .danglingLink:
            try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: home.appending("nowhere").path)
        case .folder: try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        }
        let (runner, arguments) = command.invocation(people, out.path)
        // First with no passphrase: the refusal must come before the vault is unlocked. Then unlocked.
        for passphrase in [nil, runner.environment["MELDBOEK_PASSPHRASE"]] {
            var runner = runner
            runner.environment["MELDBOEK_PASSPHRASE"] = passphrase
            let result = try runner.run(arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("\(out.path) exists already"), "\(result)")
            #expect(!result.stderr.contains("passphrase"), "\(result)")
        }
        #expect(try String(contentsOf: unrelated, encoding: .utf8) == "someone else's file\n")
        switch obstacle {
        case .file:
            #expect(try String(contentsOf: out, encoding: .utf8) == "mine\n")
        case .linkToFile:
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path) == unrelated.path)
        case .danglingLink:
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path) == home.appending("nowhere").path)
            #expect(!FileManager.default.fileExists(atPath: home.appending("nowhere").path))
        case .folder:
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        }
        // Nothing half-written is left beside it either.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasPrefix(".meldboek-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: OutputCommand.allCases)
    func theNewFileIsPrivate(_ command: OutputCommand) throws {
        let people = try People()
        defer { people.remove() }
        let out = people.melderHome.appending("new-file")
        let (runner, arguments) = command.invocation(people, out.path)
        let result = try runner.run(arguments)
        #expect(result.status == 0, "\(result)")
        #expect(Self.permissions(out.path) == 0o600)
        var info = stat()
        #expect(lstat(out.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
    }

    /// A missing folder is named before the passphrase is asked and before any warning about a file that won't exist.
    @Test func aMissingFolderIsNamedBeforeUnlocking() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        var runner = vault.runner
        runner.environment["MELDBOEK_PASSPHRASE"] = nil
        let folder = vault.path("not-there")
        let result = try runner.run(["export", "--out", folder.appendingPathComponent("export.json").path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "meldboek: error: \(folder.path): no such file or folder.\n", "\(result)")
    }
}
