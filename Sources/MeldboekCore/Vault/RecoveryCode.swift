// The recovery code: 128 random bits written as 12 BIP39 words, and read back forgivingly.
import Foundation
import MeldboekSodium

/// A vault's recovery code: 16 random bytes, shown to the melder as 12 words of BIP39's English list.
///
/// It opens the vault's second key slot (see ``Vault/unlock(recoveryCode:)``) when the passphrase is
/// forgotten, and it is the passphrase of the vault's backups. Like a key, it lives in sodium memory, is
/// not `Codable`, and its descriptions never show the words; ask for ``phrase`` or ``words`` on purpose.
public struct RecoveryCode: Sendable {
    /// How many words a recovery code has: 128 bits and a 4-bit checksum, 11 bits a word.
    public static let wordCount = 12
    /// The random bytes behind the words.
    static let entropyByteCount = 16

    let entropy: SecureBytes

    init(entropy: SecureBytes) {
        precondition(entropy.count == Self.entropyByteCount, "a recovery code holds 16 bytes")
        self.entropy = entropy
    }

    /// A new code from libsodium's random generator.
    public static func generate() throws -> RecoveryCode {
        RecoveryCode(entropy: try SecureBytes.random(count: entropyByteCount))
    }

    /// Reads a code as someone typed it: any case, any spaces, line breaks, numbers or punctuation between
    /// the words, and each word known by its first four letters (BIP39 makes those unique).
    ///
    /// - Throws: ``MeldboekError/recoveryCodeWordCount(found:)``,
    ///   ``MeldboekError/recoveryCodeUnknownWord(position:)``, ``MeldboekError/recoveryCodeMistyped``.
    public init(typed: SecureBytes) throws {
        var indices = try typed.withUnsafeBytes { try RecoveryWords.indices(typed: Array($0)) }
        defer { for i in indices.indices { indices[i] = 0 } }
        guard indices.count == Self.wordCount else {
            throw MeldboekError.recoveryCodeWordCount(found: indices.count)
        }
        guard var bytes = RecoveryWords.entropy(indices: indices) else { throw MeldboekError.recoveryCodeMistyped }
        defer { wipe(&bytes) }
        self.init(entropy: try SecureBytes(copying: bytes))
    }

    /// Reads a code from text, as ``init(typed:)`` does.
    public init(phrase: String) throws {
        var bytes = Array(phrase.utf8)
        defer { wipe(&bytes) }
        try self.init(typed: try SecureBytes(copying: bytes))
    }

    /// The 12 words, in order.
    public var words: [String] {
        entropy.withUnsafeBytes { RecoveryWords.indices(entropy: Array($0)).map { RecoveryWords.english[$0] } }
    }

    /// The words joined by single spaces, lower case: what a backup's passphrase is.
    public var phrase: String { words.joined(separator: " ") }

    /// Whether `typed` is one word, and the one at `position` (from 0), read as ``init(typed:)`` reads words.
    public func word(at position: Int, matches typed: SecureBytes) -> Bool {
        guard let found = try? typed.withUnsafeBytes({ try RecoveryWords.indices(typed: Array($0)) }), found.count == 1
        else { return false }
        return entropy.withUnsafeBytes { RecoveryWords.indices(entropy: Array($0)) }[position] == found[0]
    }

    /// Whether `other` is the same code, compared in constant time.
    public func isEqual(to other: RecoveryCode) -> Bool { entropy.isEqual(to: other.entropy) }
}

extension RecoveryCode: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Says what it is and never the words.
    public var description: String { "RecoveryCode(\(Self.wordCount) words)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: []) }
}

/// BIP39's mnemonic encoding: entropy and its SHA-256 checksum cut into 11-bit word numbers, and back.
enum RecoveryWords {
    /// The word numbers for `entropy` (16, 20, 24, 28 or 32 bytes): its bits, then the first
    /// `8 × count / 32` bits of its SHA-256, read 11 bits at a time.
    static func indices(entropy: [UInt8]) -> [Int] {
        precondition([16, 20, 24, 28, 32].contains(entropy.count), "BIP39 entropy is 128 to 256 bits in steps of 32")
        var digest = SHA256.hash(entropy)
        defer { wipe(&digest) }
        var bits = bitArray(entropy) + bitArray(digest).prefix(entropy.count / 4)
        defer { wipe(&bits) }
        return stride(from: 0, to: bits.count, by: 11).map { start in
            bits[start..<start + 11].reduce(0) { $0 << 1 | Int($1) }
        }
    }

    /// The entropy the word numbers hold; nil when their checksum does not match or the count is not
    /// one BIP39 allows (12, 15, 18, 21 or 24).
    static func entropy(indices: [Int]) -> [UInt8]? {
        guard [12, 15, 18, 21, 24].contains(indices.count), indices.allSatisfy({ (0..<2048).contains($0) }) else {
            return nil
        }
        var bits: [UInt8] = indices.flatMap { index in (0..<11).reversed().map { UInt8(index >> $0 & 1) } }
        defer { wipe(&bits) }
        let checksumBits = bits.count / 33
        let entropyBits = bits.count - checksumBits
        var entropy = stride(from: 0, to: entropyBits, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | $1 }
        }
        var digest = SHA256.hash(entropy)
        defer { wipe(&digest) }
        let expected = bitArray(digest).prefix(checksumBits)
        // Not secret-dependent in any way an attacker could time: the checksum is public in the words.
        guard Array(expected) == Array(bits[entropyBits...]) else {
            wipe(&entropy)
            return nil
        }
        return entropy
    }

    /// The word numbers in what someone typed: every run of letters is a word, whatever stands between
    /// (spaces, line breaks, numbers, dots); upper case is read as lower case.
    ///
    /// - Throws: ``MeldboekError/recoveryCodeUnknownWord(position:)`` for the first word in no list position.
    static func indices(typed: [UInt8]) throws -> [Int] {
        try wordIndices(typed: typed, index: index(of:)) { MeldboekError.recoveryCodeUnknownWord(position: $0) }
    }

    /// The numbers `index` gives each typed word: every run of letters is a word, whatever stands between; upper
    /// case is read as lower case. Shared by the code's and the shares' word lists.
    ///
    /// - Throws: `unknown(position)` (counted from 1) for the first word `index` finds in no list position.
    static func wordIndices(
        typed: [UInt8], index: ([UInt8]) -> Int?, unknown: (Int) -> MeldboekError
    ) throws -> [Int] {
        var found: [Int] = []
        var word: [UInt8] = []
        defer { wipe(&word) }
        func finish() throws {
            guard !word.isEmpty else { return }
            guard let number = index(word) else { throw unknown(found.count + 1) }
            found.append(number)
            wipe(&word)
            word = []
        }
        for byte in typed {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            // Any other byte of a UTF-8 letter (é, ë) belongs to the word, which then matches none.
            case 0x80...: word.append(byte)
            default: try finish()
            }
        }
        try finish()
        return found
    }

    /// The list position of a typed word: the word itself, or (for four letters or more) the one word
    /// starting with its first four letters, so "abandn" and "aban" are "abandon".
    static func index(of typed: [UInt8]) -> Int? {
        let prefix = typed.count >= 4 ? Array(typed.prefix(4)) : typed
        guard let index = prefixIndex[prefix] else { return nil }
        // A word under four letters must be typed whole: "ab" is no word.
        guard typed.count >= 4 || utf8Words[index] == typed else { return nil }
        return index
    }

    private static let utf8Words: [[UInt8]] = english.map { Array($0.utf8) }

    /// Each word's first four letters (the whole word when shorter), to its position.
    private static let prefixIndex: [[UInt8]: Int] = {
        var table: [[UInt8]: Int] = [:]
        for (index, word) in utf8Words.enumerated() { table[Array(word.prefix(4))] = index }
        return table
    }()

    private static func bitArray(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { byte in (0..<8).reversed().map { byte >> UInt8($0) & 1 } }
    }
}
