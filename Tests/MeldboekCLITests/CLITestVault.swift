// Shared set-up for the end-to-end tests: a temporary HOME with a vault, and ways to read what the binary says.
import Foundation
import MeldboekTestSupport
import Testing

/// A failure in a test's own set-up, with what the binary said.
struct CLISetupFailure: Error, CustomStringConvertible {
    var description: String
}

/// A temporary HOME holding a vault made with `init --kdf test`, and a runner for it.
///
/// Every test makes its own, so tests can run in parallel.
struct CLIVault {
    let home: TemporaryFolder
    var runner: CommandRunner

    /// A new HOME; with `initialise`, a vault in it at the minimum Argon2id cost.
    init(language: String = "en", initialise: Bool = true) throws {
        home = try TemporaryFolder("meldboek-cli")
        runner = CommandRunner(home: home.url, language: language)
        if initialise {
            let result = try runner.run(["init", "--no-recovery", "--kdf", "test"])
            guard result.status == 0 else {
                home.remove()
                throw CLISetupFailure(description: "init failed: \(result)")
            }
        }
    }

    func remove() { home.remove() }

    /// The vault folder (`MELDBOEK_VAULT`).
    var folder: URL { URL(fileURLWithPath: runner.environment["MELDBOEK_VAULT"]!) }

    /// The vault's database file.
    var database: URL { folder.appendingPathComponent("meldboek.db") }

    /// Whether the write-ahead log is gone or empty: everything is in meldboek.db itself.
    var writeAheadLogIsEmpty: Bool {
        let wal = folder.appendingPathComponent("meldboek.db-wal")
        return ((try? FileManager.default.attributesOfItem(atPath: wal.path))?[.size] as? Int ?? 0) == 0
    }

    /// A path inside the temporary HOME.
    func path(_ name: String) -> URL { home.appending(name) }

    @discardableResult
    func run(_ arguments: [String], input: String? = nil, environment: [String: String?] = [:]) throws -> CommandResult {
        try runner.run(arguments, input: input, environment: environment)
    }

    /// Runs a command that must succeed; stops the test otherwise.
    @discardableResult
    func succeed(
        _ arguments: [String], input: String? = nil, environment: [String: String?] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CommandResult {
        let result = try runner.run(arguments, input: input, environment: environment)
        try #require(result.status == 0, "meldboek \(arguments.joined(separator: " "))\n\(result)",
                     sourceLocation: sourceLocation)
        return result
    }

    /// Adds an entry and returns its whole id, read from "Added entry ID.".
    @discardableResult
    func add(_ title: String, _ arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let result = try succeed(["add", "--title", title] + arguments, sourceLocation: sourceLocation)
        return try #require(Self.firstID(in: result.stdout), "no id in: \(result.stdout)", sourceLocation: sourceLocation)
    }

    /// `list --json` (with `arguments`), parsed.
    func list(_ arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = try succeed(["list", "--json"] + arguments, sourceLocation: sourceLocation)
        return try Self.jsonArray(result.stdout, sourceLocation: sourceLocation)
    }

    /// The titles `list --json` (with `arguments`) gives, in order.
    func titles(_ arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try list(arguments, sourceLocation: sourceLocation).map { $0["title"] as? String ?? "" }
    }

    /// `show ID --json`, parsed.
    func show(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try succeed(["show", id, "--json"], sourceLocation: sourceLocation)
        return try Self.jsonObject(result.stdout, sourceLocation: sourceLocation)
    }

    /// Every file of the vault folder and its bytes: to prove a command left the vault as it was.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Runs SQL on the vault's database with the `sqlite3` tool; its output, trimmed.
    @discardableResult
    func sqlite(_ sql: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try Shell.run("/usr/bin/sqlite3", [database.path, sql])
        try #require(result.status == 0, "sqlite3 \(sql): \(result.output)", sourceLocation: sourceLocation)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The sealed records and the vault row, as hex: equal before and after means nothing was written.
    func sealedState() throws -> String {
        try sqlite("SELECT seq, hex(id), hex(sealed) FROM records ORDER BY seq; SELECT hex(head), hex(wrappedKey) FROM vault;")
    }

    // MARK: Reading output

    /// The first UUID in `text`.
    static func firstID(in text: String) -> String? {
        let pattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/
        return text.firstMatch(of: pattern).map { String($0.output) }
    }

    static func jsonArray(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [[String: Any]], "not a JSON array of objects: \(text)",
                            sourceLocation: sourceLocation)
    }

    static func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(text)", sourceLocation: sourceLocation)
    }
}

/// Checks a failure the way a user meets it: the exit code, and one clear error line
/// (`meldboek: error: …`, perhaps followed by a `meldboek: hint: …` line; in Dutch `meldboek: fout: …` and
/// `meldboek: tip: …`) naming what went wrong, each a sentence: a capital first (or a quoted name, path or
/// option), a full stop or question mark last.
func expectError(
    _ result: CommandResult, status: Int32, mentioning words: [String] = [], quietStdout: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let errorLabels = ["meldboek: error: ", "meldboek: fout: "], hintLabels = ["meldboek: hint: ", "meldboek: tip: "]
    func text(_ line: String, after labels: [String]) -> String? {
        labels.first(where: line.hasPrefix).map { String(line.dropFirst($0.count)) }
    }
    let errors = lines.compactMap { text($0, after: errorLabels) }
    #expect(errors.count == 1, "expected one error line: \(result)", sourceLocation: sourceLocation)
    #expect(lines.first.flatMap { text($0, after: errorLabels) } != nil, "stderr should start with the error: \(result)",
            sourceLocation: sourceLocation)
    let strays = lines.filter { text($0, after: errorLabels) == nil && text($0, after: hintLabels) == nil }
    #expect(strays.isEmpty, "stderr should hold only the error and a hint: \(result)", sourceLocation: sourceLocation)
    for sentence in errors + lines.compactMap({ text($0, after: hintLabels) }) {
        let first = sentence.first, last = sentence.last
        #expect(first.map { $0.isUppercase || "'\"/-0123456789".contains($0) } == true && last.map { ".?!".contains($0) } == true,
                "error and hint are sentences: \(result)", sourceLocation: sourceLocation)
    }
    for word in words {
        #expect(errors.first?.contains(word) == true, "error should mention \"\(word)\": \(result)",
                sourceLocation: sourceLocation)
    }
    if quietStdout {
        #expect(result.stdout.isEmpty, "nothing on stdout: \(result)", sourceLocation: sourceLocation)
    }
}

/// The permission bits of a file or folder.
func fileMode(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return try #require(attributes[.posixPermissions] as? Int)
}

/// `count` random bytes.
func randomData(count: Int) -> Data {
    var generator = SystemRandomNumberGenerator()
    return Data((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
}

/// Runs other programs (sqlite3, sha256sum, mount) for the tests.
enum Shell {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`; stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The SHA-256 of a file in hex, by `sha256sum`.
    static func sha256(_ url: URL) throws -> String {
        let result = try run("/usr/bin/sha256sum", [url.path])
        try #require(result.status == 0, "\(result.output)")
        return String(result.output.prefix(64))
    }
}
