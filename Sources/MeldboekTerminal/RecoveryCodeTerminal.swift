// The recovery code on the terminal: reading a typed code, showing a new one, and checking it was written down.
import Foundation
import MeldboekCore
import MeldboekSodium

/// Reads a recovery code: `MELDBOEK_RECOVERY_CODE`, then `MELDBOEK_RECOVERY_CODE_FILE` (its first line), then a
/// no-echo prompt on the terminal, as passphrases are read (``PassphraseReader``), never from an argument.
public struct RecoveryCodeReader {
    public var environment: [String: String]
    /// Asks on the terminal without echo; nil when there is no terminal.
    public var prompt: (String) throws -> SecureBytes?
    /// Says something on the terminal between tries.
    public var say: (String) -> Void

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                prompt: @escaping (String) throws -> SecureBytes? = Terminal.readSecret,
                say: @escaping (String) -> Void = Terminal.say) {
        self.environment = environment
        self.prompt = prompt
        self.say = say
    }

    /// Reads a code and gives it to `open`, which throws ``MeldboekError/wrongRecoveryCode`` when it opens nothing.
    ///
    /// One from the environment is tried once. On the terminal a code that is mistyped (a word not in the list,
    /// a wrong count, a wrong checksum) or wrong is asked again, ``PassphraseReader/tries`` times in all; `explain`
    /// turns the error into the sentence shown before the next try.
    public func read<T>(question: String, retryQuestion: String, explain: (MeldboekError) -> String,
                        _ open: (RecoveryCode) throws -> T) throws -> T {
        if let value = environment["MELDBOEK_RECOVERY_CODE"] {
            return try open(try RecoveryCode(phrase: value))
        }
        if let path = environment["MELDBOEK_RECOVERY_CODE_FILE"] {
            var data = try NamedFile.contents(of: path, allowPipe: true)
            defer { wipe(&data) }
            return try open(try RecoveryCode(typed: try SecureBytes(copying: PassphraseReader.firstLine(data))))
        }
        var asking = question
        for attempt in 1...PassphraseReader.tries {
            guard let typed = try prompt(asking) else { throw MeldboekError.recoveryCodeUnavailable }
            do {
                return try open(try RecoveryCode(typed: typed))
            } catch let error as MeldboekError where attempt < PassphraseReader.tries && Self.isRetryable(error) {
                say(explain(error))
                asking = retryQuestion
            }
        }
        throw MeldboekError.wrongRecoveryCode
    }

    private static func isRetryable(_ error: MeldboekError) -> Bool {
        switch error {
        case .recoveryCodeWordCount, .recoveryCodeUnknownWord, .recoveryCodeMistyped, .wrongRecoveryCode: true
        default: false
        }
    }
}

/// Shows a new recovery code once, on the terminal only, and asks for a few of its words back.
public struct RecoveryCodeShowing {
    /// How many words are asked back.
    public static let wordsAsked = 3

    /// What the terminal says, in the user's language.
    public struct Text {
        /// The instructions above the words: write them on paper, keep them apart from the computer.
        public var instructions: String
        /// The question after the words, answered with Enter.
        public var written: String
        /// Said before the words are asked back.
        public var checkIntro: String
        /// The question for the word at a position (counted from 1), e.g. "Word 4: ".
        public var askWord: (Int) -> String
        /// Said after a wrong word, before it is asked again.
        public var wrongWord: (Int) -> String

        public init(instructions: String, written: String, checkIntro: String, askWord: @escaping (Int) -> String,
                    wrongWord: @escaping (Int) -> String) {
            self.instructions = instructions
            self.written = written
            self.checkIntro = checkIntro
            self.askWord = askWord
            self.wrongWord = wrongWord
        }
    }

    public init() {}

    /// Shows `code` on the terminal, waits for Enter, clears the screen, and asks ``wordsAsked`` words at random
    /// positions back; each may be typed ``PassphraseReader/tries`` times.
    ///
    /// - Throws: ``MeldboekError/recoveryCodeNotConfirmed`` when a word is wrong every time,
    ///   ``MeldboekError/recoveryCodeUnavailable`` without a terminal, ``MeldboekError/interrupted``.
    public func showAndConfirm(_ code: RecoveryCode, text: Text) throws {
        guard Terminal.isAvailable else { throw MeldboekError.recoveryCodeUnavailable }
        let words = code.words
        var lines = "\n" + text.instructions + "\n\n"
        for row in stride(from: 0, to: words.count, by: 4) {
            let line = "   " + (row..<row + 4).map { Self.numbered($0 + 1, words[$0]) }.joined(separator: "  ")
            lines += String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        Terminal.say(lines)
        guard (try Terminal.readSecret(text.written)) != nil else { throw MeldboekError.recoveryCodeUnavailable }
        // The words leave the screen (and, where the terminal allows, its scrollback) before they are asked back.
        Terminal.say("\u{1B}[H\u{1B}[2J\u{1B}[3J" + text.checkIntro)
        for position in Self.positions() {
            var confirmed = false
            for _ in 1...PassphraseReader.tries {
                guard let typed = try Terminal.readSecret(text.askWord(position + 1)) else {
                    throw MeldboekError.recoveryCodeUnavailable
                }
                if code.word(at: position, matches: typed) {
                    confirmed = true
                    break
                }
                Terminal.say(text.wrongWord(position + 1))
            }
            guard confirmed else { throw MeldboekError.recoveryCodeNotConfirmed }
        }
    }

    /// "4. abandon " padded to one width, so the four columns line up.
    public static func numbered(_ number: Int, _ word: String) -> String {
        let label = (number < 10 ? " " : "") + "\(number). " + word
        return label + String(repeating: " ", count: max(0, 13 - label.count))
    }

    /// ``wordsAsked`` different positions, chosen at random, in increasing order.
    static func positions() -> [Int] {
        var chosen = Set<Int>()
        while chosen.count < wordsAsked { chosen.insert(Int(Random.uniform(UInt32(RecoveryCode.wordCount)))) }
        return chosen.sorted()
    }
}

/// Reads shares of a recovery code until there are enough: the lines of `MELDBOEK_RECOVERY_SHARES_FILE` (one share a
/// line, blank lines skipped), or one by one with a no-echo prompt on the terminal, never from an argument.
public struct RecoverySharesReader {
    /// What the terminal says, in the user's language.
    public struct Text {
        /// Said once before the first share is asked.
        public var intro: String
        /// The question for the share at a place (from 1), e.g. "Share 2: ".
        public var askShare: (Int) -> String
        /// Said after a share is read: how many of its group, of how many needed, its group and member (from 1).
        public var read: (_ count: Int, _ needed: Int, _ group: Int, _ member: Int) -> String
        /// The sentence for a share that was refused, shown before it is asked again.
        public var explain: (MeldboekError) -> String

        public init(intro: String, askShare: @escaping (Int) -> String,
                    read: @escaping (Int, Int, Int, Int) -> String, explain: @escaping (MeldboekError) -> String) {
            self.intro = intro
            self.askShare = askShare
            self.read = read
            self.explain = explain
        }
    }

    public var environment: [String: String]
    /// Asks on the terminal without echo; nil when there is no terminal (or input ended).
    public var prompt: (String) throws -> SecureBytes?
    /// Says something on the terminal between shares.
    public var say: (String) -> Void

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                prompt: @escaping (String) throws -> SecureBytes? = Terminal.readSecret,
                say: @escaping (String) -> Void = Terminal.say) {
        self.environment = environment
        self.prompt = prompt
        self.say = say
    }

    /// Reads shares until they give a recovery code, and returns it.
    ///
    /// From the file, the first shares that complete the split are used and any after them are not read. On the
    /// terminal a share that can't be read or doesn't belong with the others is explained and asked again,
    /// ``PassphraseReader/tries`` times in a row at most.
    /// - Throws: ``MeldboekError/recoverySharesUnavailable`` without a file or a terminal; the share errors
    ///   (``MeldboekError/recoveryShareMistyped(share:)`` and the others) from the file or after the last try;
    ///   ``MeldboekError/recoverySharesTooFew(found:needed:)`` when the file or the input ends too early.
    public func read(text: Text) throws -> RecoveryCode {
        var set = RecoveryShareSet()
        if let path = environment["MELDBOEK_RECOVERY_SHARES_FILE"] {
            var data = try NamedFile.contents(of: path, allowPipe: true)
            defer { wipe(&data) }
            for line in data.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) where !set.isComplete {
                guard line.contains(where: { ![0x20, 0x09].contains($0) }) else { continue }
                try set.add(try RecoveryShare(typed: try SecureBytes(copying: line), number: set.shares.count + 1))
            }
            return try set.recoveryCode()
        }
        var asked = false
        var failures = 0
        while !set.isComplete {
            let number = set.shares.count + 1
            if !asked && failures == 0 { say(text.intro) }
            guard let typed = try prompt(text.askShare(number)) else {
                if !asked { throw MeldboekError.recoverySharesUnavailable }
                break
            }
            asked = true
            do {
                let share = try RecoveryShare(typed: typed, number: number)
                try set.add(share)
                failures = 0
                say(text.read(set.count(inGroupOf: share), share.memberThreshold, share.groupIndex + 1,
                              share.memberIndex + 1))
            } catch let error as MeldboekError where Self.isRetryable(error) {
                failures += 1
                guard failures < PassphraseReader.tries else { throw error }
                say(text.explain(error))
            }
        }
        return try set.recoveryCode()
    }

    private static func isRetryable(_ error: MeldboekError) -> Bool {
        switch error {
        case .recoveryShareWordCount, .recoveryShareUnknownWord, .recoveryShareMistyped, .recoveryShareMalformed,
             .recoveryShareFromOtherSplit, .recoveryShareRepeated:
            true
        default: false
        }
    }
}
