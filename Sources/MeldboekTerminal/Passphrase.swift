// Where a passphrase comes from: the environment, a file, a command, or the terminal.
import Foundation
import MeldboekCore
import MeldboekSodium

/// Reads passphrases the way restic and borg do, never from a command-line argument.
///
/// For unlocking: `MELDBOEK_PASSPHRASE`, then `MELDBOEK_PASSPHRASE_FILE`, then
/// `MELDBOEK_PASSPHRASE_COMMAND`, then a no-echo prompt on the terminal. For a
/// new passphrase (`init`, `passwd`): `MELDBOEK_NEW_PASSPHRASE`, then
/// `MELDBOEK_NEW_PASSPHRASE_FILE`, then (for `init` only) the unlocking sources,
/// then the terminal, asked twice.
public struct PassphraseReader {
    public var environment: [String: String]
    /// Asks on the terminal without echo; nil when there is no terminal.
    public var prompt: (String) throws -> SecureBytes?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                prompt: @escaping (String) throws -> SecureBytes? = Terminal.readSecret) {
        self.environment = environment
        self.prompt = prompt
    }

    /// The variables that give the unlocking passphrase, in the order they are tried.
    static let unlocking = (variable: "MELDBOEK_PASSPHRASE", file: "MELDBOEK_PASSPHRASE_FILE",
                            command: "MELDBOEK_PASSPHRASE_COMMAND")

    /// Whether the environment gives the unlocking passphrase, so that unlocking asks nobody.
    public var hasUnlockingPassphrase: Bool {
        [Self.unlocking.variable, Self.unlocking.file, Self.unlocking.command].contains { environment[$0] != nil }
    }

    /// How many times the terminal asks for a passphrase before a wrong one, or two that differ, is final.
    public static let tries = 3

    /// The passphrase that unlocks an existing vault.
    public func unlocking(question: String) throws -> SecureBytes {
        try unlocking(question: question, retryQuestion: question) { $0 }
    }

    /// Unlocks with the passphrase: `open` gets it and throws ``MeldboekError/wrongPassphrase`` when it is
    /// wrong. One from the environment, a file or a command is tried once; on the terminal a wrong one is
    /// asked again with `retryQuestion`, ``tries`` times in all, as sudo and ssh do.
    public func unlocking<T>(question: String, retryQuestion: String, _ open: (SecureBytes) throws -> T) throws -> T {
        if let secret = try fromEnvironment(variable: Self.unlocking.variable, file: Self.unlocking.file,
                                            command: Self.unlocking.command) {
            return try open(secret)
        }
        var asking = question
        for attempt in 1...Self.tries {
            guard let secret = try prompt(asking) else { throw MeldboekError.passphraseUnavailable }
            do {
                return try open(try nonEmpty(secret))
            } catch MeldboekError.wrongPassphrase where attempt < Self.tries {
                asking = retryQuestion
            }
        }
        throw MeldboekError.wrongPassphrase
    }

    /// The current passphrase, for what an unlock session must not be enough for
    /// (`passwd`, starting or extending a session): read like ``unlocking(question:)``.
    ///
    /// - Throws: ``MeldboekError/currentPassphraseUnavailable`` when there is none to read.
    public func current(question: String) throws -> SecureBytes {
        try current(question: question, retryQuestion: question) { $0 }
    }

    /// Unlocks with the current passphrase like ``unlocking(question:retryQuestion:_:)``.
    ///
    /// - Throws: ``MeldboekError/currentPassphraseUnavailable`` when there is none to read.
    public func current<T>(question: String, retryQuestion: String, _ open: (SecureBytes) throws -> T) throws -> T {
        do {
            return try unlocking(question: question, retryQuestion: retryQuestion, open)
        } catch MeldboekError.passphraseUnavailable {
            throw MeldboekError.currentPassphraseUnavailable
        }
    }

    /// A new passphrase, asked twice on a terminal; when the two differ, or the first is empty (Enter pressed
    /// too soon), it is asked again, ``tries`` times in all.
    /// - Parameters:
    ///   - mismatchQuestion: The first question again after two that differed, saying so.
    ///   - emptyQuestion: The first question again after an empty answer, saying so.
    ///   - fallBackToUnlocking: `init` also accepts `MELDBOEK_PASSPHRASE` and its kin.
    /// - Throws: ``MeldboekError/passphraseEmpty`` when the last try is empty (or one from the environment is),
    ///   ``MeldboekError/passphraseMismatch`` when the last two differ.
    public func new(question: String, repeatQuestion: String, mismatchQuestion: String? = nil,
                    emptyQuestion: String? = nil, fallBackToUnlocking: Bool) throws -> SecureBytes {
        if let secret = try fromEnvironment(variable: "MELDBOEK_NEW_PASSPHRASE", file: "MELDBOEK_NEW_PASSPHRASE_FILE",
                                            command: nil) {
            return secret
        }
        if fallBackToUnlocking,
           let secret = try fromEnvironment(variable: Self.unlocking.variable, file: Self.unlocking.file,
                                            command: Self.unlocking.command) {
            return secret
        }
        var asking = question
        for attempt in 1...Self.tries {
            guard let first = try prompt(asking) else { throw MeldboekError.newPassphraseUnavailable }
            if first.count == 0 && attempt < Self.tries {
                asking = emptyQuestion ?? question
                continue
            }
            let secret = try nonEmpty(first)
            guard let second = try prompt(repeatQuestion) else { throw MeldboekError.newPassphraseUnavailable }
            if secret.isEqual(to: second) { return secret }
            asking = mismatchQuestion ?? question
        }
        throw MeldboekError.passphraseMismatch
    }

    /// A secret other than the passphrase (a recovery code): from `variable`, then the file `file` names,
    /// then the terminal. `open` gets it; one from the environment is tried once, on the terminal one that
    /// `isWrong` says is wrong is asked again with `retryQuestion`, ``tries`` times in all.
    ///
    /// - Throws: `unavailable` when there is none to read; what `open` throws.
    public func secret<T>(
        variable: String, file: String, question: String, retryQuestion: String, unavailable: any Error,
        isWrong: (any Error) -> Bool, _ open: (SecureBytes) throws -> T
    ) throws -> T {
        if let secret = try fromEnvironment(variable: variable, file: file, command: nil) { return try open(secret) }
        var asking = question
        for attempt in 1...Self.tries {
            guard let secret = try prompt(asking) else { throw unavailable }
            do {
                return try open(try nonEmpty(secret))
            } catch where attempt < Self.tries && isWrong(error) {
                asking = retryQuestion
            }
        }
        preconditionFailure("the last try returns or throws")
    }

    private func fromEnvironment(variable: String, file: String, command: String?) throws -> SecureBytes? {
        if let value = environment[variable] {
            var bytes = Array(value.utf8)
            defer { wipe(&bytes) }
            return try nonEmpty(SecureBytes(copying: bytes))
        }
        if let path = environment[file] {
            // A pipe is fine here: `MELDBOEK_PASSPHRASE_FILE=<(pass show meldboek)` names one.
            var data = try NamedFile.contents(of: path, allowPipe: true)
            defer { wipe(&data) }
            return try nonEmpty(SecureBytes(copying: Self.firstLine(data)))
        }
        if let command, let line = environment[command] {
            return try nonEmpty(runCommand(line))
        }
        return nil
    }

    /// The first line, without its line ending: files and commands end with a newline.
    static func firstLine(_ data: Data) -> Data {
        let end = data.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? data.endIndex
        return data[data.startIndex..<end]
    }

    private func runCommand(_ line: String) throws -> SecureBytes {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw MeldboekError.passphraseCommandFailed(status: -1)
        }
        var data = output.fileHandleForReading.readDataToEndOfFile()
        defer { wipe(&data) }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MeldboekError.passphraseCommandFailed(status: process.terminationStatus)
        }
        return try SecureBytes(copying: Self.firstLine(data))
    }

    private func nonEmpty(_ secret: SecureBytes) throws -> SecureBytes {
        guard secret.count > 0 else { throw MeldboekError.passphraseEmpty }
        return secret
    }
}
