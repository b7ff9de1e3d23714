// Runs the built `meldboek` binary the way a user would, for end-to-end tests.
import Foundation

/// What one run of the binary did.
public struct CommandResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs `meldboek` with a controlled environment: its own HOME, a fixed
/// language and time zone, the passphrase in the environment, no terminal.
public struct CommandRunner: Sendable {
    public var binary: URL
    public var environment: [String: String]
    /// Seconds after which `timeout` kills the binary (exit status 137), for runs that could hang; none by default.
    public var timeLimit: Int?

    /// The binary from `MELDBOEK_BINARY`, else the package's `.build/debug/meldboek`.
    public static func locateBinary() -> URL {
        if let path = ProcessInfo.processInfo.environment["MELDBOEK_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // This file is Sources/MeldboekTestSupport/CommandRunner.swift; the package root is two folders up.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/meldboek")
    }

    /// A runner for a vault in `home`, speaking `language`.
    public init(home: URL, language: String = "en", passphrase: String? = TestVault.passphrase) {
        binary = Self.locateBinary()
        var environment = [
            "HOME": home.path,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": language == "nl" ? "nl_NL.UTF-8" : "en_US.UTF-8",
            "TZ": "Europe/Amsterdam",
            "MELDBOEK_VAULT": home.appendingPathComponent("vault").path,
            "MELDBOEK_ALLOW_TEST_KDF": "1",
            // Unlock agents of a test live in its own HOME.
            "XDG_RUNTIME_DIR": home.appendingPathComponent("run").path,
        ]
        mkdir(home.appendingPathComponent("run").path, 0o700)
        if let passphrase { environment["MELDBOEK_PASSPHRASE"] = passphrase }
        self.environment = environment
    }

    /// Runs the binary with `arguments`, feeding `input` on standard input.
    @discardableResult
    public func run(_ arguments: [String], input: String? = nil, environment extra: [String: String?] = [:]) throws
        -> CommandResult
    {
        let process = Process()
        // setsid gives the child no controlling terminal, so it can never stop to prompt.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        let limit = timeLimit.map { ["/usr/bin/timeout", "--signal=KILL", String($0)] } ?? []
        process.arguments = ["--wait"] + limit + [binary.path] + arguments
        var environment = self.environment
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read both pipes at once, so a full stderr pipe can't block the child while we wait on stdout.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
