// Where passphrases come from, in the order restic and borg use, and never empty.
import Foundation
import MeldboekCore
@testable import MeldboekTerminal
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct PassphraseTests {
    func text(_ secret: SecureBytes) -> String {
        secret.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// A prompt that answers from a list, or says there is no terminal when the list is empty.
    final class Answers: @unchecked Sendable {
        var answers: [String]
        var asked: [String] = []
        init(_ answers: [String]) { self.answers = answers }
        func prompt(_ question: String) throws -> SecureBytes? {
            asked.append(question)
            guard !answers.isEmpty else { return nil }
            return try SecureBytes(copying: Array(answers.removeFirst().utf8))
        }
    }

    @Test func environmentComesFirst() throws {
        let answers = Answers(["from terminal"])
        let reader = PassphraseReader(environment: ["MELDBOEK_PASSPHRASE": "from env"], prompt: answers.prompt)
        #expect(text(try reader.unlocking(question: "?")) == "from env")
        #expect(answers.asked.isEmpty)
    }

    @Test func fileGivesItsFirstLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.appending("pass")
        try "geheim woord\nrest\n".write(to: file, atomically: true, encoding: .utf8)
        let reader = PassphraseReader(environment: ["MELDBOEK_PASSPHRASE_FILE": file.path], prompt: Answers([]).prompt)
        #expect(text(try reader.unlocking(question: "?")) == "geheim woord")
    }

    @Test func commandGivesItsOutput() throws {
        let reader = PassphraseReader(
            environment: ["MELDBOEK_PASSPHRASE_COMMAND": "echo uit-commando"], prompt: Answers([]).prompt)
        #expect(text(try reader.unlocking(question: "?")) == "uit-commando")
        let failing = PassphraseReader(environment: ["MELDBOEK_PASSPHRASE_COMMAND": "exit 3"], prompt: Answers([]).prompt)
        #expect(throws: MeldboekError.passphraseCommandFailed(status: 3)) { try failing.unlocking(question: "?") }
    }

    @Test func noSourceAndNoTerminalIsAClearError() throws {
        let reader = PassphraseReader(environment: [:], prompt: Answers([]).prompt)
        #expect(throws: MeldboekError.passphraseUnavailable) { try reader.unlocking(question: "?") }
    }

    @Test func emptyPassphraseIsRefused() throws {
        let reader = PassphraseReader(environment: ["MELDBOEK_PASSPHRASE": ""], prompt: Answers([]).prompt)
        #expect(throws: MeldboekError.passphraseEmpty) { try reader.unlocking(question: "?") }
    }

    @Test func newPassphraseIsAskedTwiceAndMustMatch() throws {
        let matching = Answers(["een", "een"])
        let reader = PassphraseReader(environment: [:], prompt: matching.prompt)
        #expect(text(try reader.new(question: "new", repeatQuestion: "again", fallBackToUnlocking: true)) == "een")
        #expect(matching.asked == ["new", "again"])
        // Two that differ are asked again, saying so; three times in all.
        let corrected = Answers(["een", "twee", "drie", "drie"])
        let second = PassphraseReader(environment: [:], prompt: corrected.prompt)
        #expect(text(try second.new(question: "new", repeatQuestion: "again", mismatchQuestion: "differ",
                                    fallBackToUnlocking: true)) == "drie")
        #expect(corrected.asked == ["new", "again", "differ", "again"])
        let differing = Answers(["een", "twee", "drie", "vier", "vijf", "zes", "zeven"])
        let reader3 = PassphraseReader(environment: [:], prompt: differing.prompt)
        #expect(throws: MeldboekError.passphraseMismatch) {
            try reader3.new(question: "new", repeatQuestion: "again", mismatchQuestion: "differ", fallBackToUnlocking: true)
        }
        #expect(differing.asked == ["new", "again", "differ", "again", "differ", "again"])
    }

    @Test func anEmptyNewPassphraseIsAskedAgainAsAMismatchIs() throws {
        // Enter pressed too soon: asked again, saying why, without asking to repeat the empty one.
        let corrected = Answers(["", "een", "een"])
        let reader = PassphraseReader(environment: [:], prompt: corrected.prompt)
        #expect(text(try reader.new(question: "new", repeatQuestion: "again", emptyQuestion: "empty",
                                    fallBackToUnlocking: true)) == "een")
        #expect(corrected.asked == ["new", "empty", "again"])
        // Three tries in all: empty the last time too is refused.
        let empty = Answers(["", "", "", "een", "een"])
        let stubborn = PassphraseReader(environment: [:], prompt: empty.prompt)
        #expect(throws: MeldboekError.passphraseEmpty) {
            try stubborn.new(question: "new", repeatQuestion: "again", emptyQuestion: "empty", fallBackToUnlocking: true)
        }
        #expect(empty.asked == ["new", "empty", "empty"])
    }

    /// Opens only with "goed", as a vault opens only with its passphrase.
    func open(_ secret: SecureBytes) throws -> String {
        guard text(secret) == "goed" else { throw MeldboekError.wrongPassphrase }
        return text(secret)
    }

    @Test func aWrongPassphraseOnTheTerminalIsAskedAgainThreeTimesInAll() throws {
        let answers = Answers(["fout", "ook fout", "goed"])
        let reader = PassphraseReader(environment: [:], prompt: answers.prompt)
        #expect(try reader.unlocking(question: "q", retryQuestion: "again", open) == "goed")
        #expect(answers.asked == ["q", "again", "again"])
        let wrong = Answers(["a", "b", "c", "goed"])
        #expect(throws: MeldboekError.wrongPassphrase) {
            try PassphraseReader(environment: [:], prompt: wrong.prompt).unlocking(question: "q", retryQuestion: "again", open)
        }
        #expect(wrong.asked.count == 3, "the fourth answer is never asked for")
    }

    @Test func aWrongPassphraseFromTheEnvironmentIsTriedOnce() throws {
        let answers = Answers(["goed"])
        let reader = PassphraseReader(environment: ["MELDBOEK_PASSPHRASE": "fout"], prompt: answers.prompt)
        #expect(throws: MeldboekError.wrongPassphrase) { try reader.unlocking(question: "q", retryQuestion: "again", open) }
        #expect(answers.asked.isEmpty, "a script's wrong passphrase is final; nobody is there to ask")
    }

    @Test func newPassphraseFallsBackToUnlockingSourcesOnlyForInit() throws {
        let environment = ["MELDBOEK_PASSPHRASE": "oud"]
        let forInit = PassphraseReader(environment: environment, prompt: Answers([]).prompt)
        #expect(text(try forInit.new(question: "?", repeatQuestion: "?", fallBackToUnlocking: true)) == "oud")
        let forPasswd = PassphraseReader(environment: environment, prompt: Answers([]).prompt)
        #expect(throws: MeldboekError.newPassphraseUnavailable) {
            try forPasswd.new(question: "?", repeatQuestion: "?", fallBackToUnlocking: false)
        }
        let withNew = PassphraseReader(environment: environment.merging(["MELDBOEK_NEW_PASSPHRASE": "nieuw"]) { $1 },
                                       prompt: Answers([]).prompt)
        #expect(text(try withNew.new(question: "?", repeatQuestion: "?", fallBackToUnlocking: false)) == "nieuw")
    }
}
