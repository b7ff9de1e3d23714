// Recovery shares: the recovery code split into SLIP-39 shares, T of which give it back, and read back forgivingly.
import Foundation
import MeldboekSodium

/// One SLIP-39 share of a secret: its place in the split and its part of the secret, written as words.
///
/// Meldboek splits the recovery code into one group of T-of-N member shares (``RecoveryCode/split(threshold:count:)``);
/// it reads any SLIP-39 share, so the published two-level test vectors decode too. A share's value is secret
/// (T of them together are the code): it lives in sodium memory and its descriptions never show the words.
public struct RecoveryShare: Sendable {
    /// Words for the identifier, the extendable flag and the iteration exponent (15 + 1 + 4 bits).
    static let identifierWordCount = 2
    /// Words for the group and member indices and thresholds (5 × 4 bits).
    static let parameterWordCount = 2
    /// Every word that is not the value: 2 + 2 and the 3 checksum words.
    static let metadataWordCount = identifierWordCount + parameterWordCount + RS1024.checksumWordCount
    /// A share of a 128-bit secret has 20 words; none may be shorter.
    public static let minimumWordCount = metadataWordCount + 13
    /// The iteration exponent Meldboek writes: 20,000 PBKDF2 iterations, the reference implementation's default.
    static let iterationExponentWritten = 1

    /// The random 15-bit number every share of one split has, and no other split (in all likelihood).
    public let identifier: Int
    /// SLIP-39's extendable backup flag: set, the identifier does not salt the encryption.
    let extendable: Bool
    let iterationExponent: Int
    /// The group, counted from 0.
    public let groupIndex: Int
    /// How many groups are needed.
    public let groupThreshold: Int
    let groupCount: Int
    /// The member within its group, counted from 0.
    public let memberIndex: Int
    /// How many members of this share's group are needed.
    public let memberThreshold: Int
    let value: SecureBytes

    init(identifier: Int, extendable: Bool, iterationExponent: Int, groupIndex: Int, groupThreshold: Int,
         groupCount: Int, memberIndex: Int, memberThreshold: Int, value: SecureBytes) {
        self.identifier = identifier
        self.extendable = extendable
        self.iterationExponent = iterationExponent
        self.groupIndex = groupIndex
        self.groupThreshold = groupThreshold
        self.groupCount = groupCount
        self.memberIndex = memberIndex
        self.memberThreshold = memberThreshold
        self.value = value
    }

    /// Reads a share as someone typed it: any case, anything but letters between the words, and each word known by
    /// its first four letters (SLIP-39 makes those unique). `number` is the share's place in what was given,
    /// from 1, for the errors.
    ///
    /// - Throws: ``MeldboekError/recoveryShareUnknownWord(share:position:)``,
    ///   ``MeldboekError/recoveryShareWordCount(share:found:)``, ``MeldboekError/recoveryShareMistyped(share:)``
    ///   (the checksum does not match), ``MeldboekError/recoveryShareMalformed(share:)`` (a valid checksum over
    ///   fields no share can have).
    public init(typed: SecureBytes, number: Int) throws {
        var words = try typed.withUnsafeBytes { try RecoveryShareWords.indices(typed: Array($0), share: number) }
        defer { for i in words.indices { words[i] = 0 } }
        let valueWordCount = words.count - Self.metadataWordCount
        let paddingBits = valueWordCount * 10 % 16
        guard words.count >= Self.minimumWordCount, paddingBits <= 8 else {
            throw MeldboekError.recoveryShareWordCount(share: number, found: words.count)
        }
        let head = words[0] << 10 | words[1]
        let extendable = (head >> 4) & 1 == 1
        guard RS1024.isValid(words, extendable: extendable) else { throw MeldboekError.recoveryShareMistyped(share: number) }
        let parameters = words[2] << 10 | words[3]
        let groupThreshold = (parameters >> 12 & 0xF) + 1
        let groupCount = (parameters >> 8 & 0xF) + 1
        guard groupThreshold <= groupCount else { throw MeldboekError.recoveryShareMalformed(share: number) }
        var bits = words[Self.identifierWordCount + Self.parameterWordCount..<words.count - RS1024.checksumWordCount]
            .flatMap { word in (0..<10).reversed().map { UInt8(word >> $0 & 1) } }
        defer { wipe(&bits) }
        // The value is left-padded with zero bits to whole words; a set padding bit is no share Meldboek can read.
        guard bits.prefix(paddingBits).allSatisfy({ $0 == 0 }) else { throw MeldboekError.recoveryShareMalformed(share: number) }
        var bytes = stride(from: paddingBits, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | $1 }
        }
        defer { wipe(&bytes) }
        self.init(
            identifier: head >> 5, extendable: extendable, iterationExponent: head & 0xF,
            groupIndex: parameters >> 16, groupThreshold: groupThreshold, groupCount: groupCount,
            memberIndex: parameters >> 4 & 0xF, memberThreshold: (parameters & 0xF) + 1,
            value: try SecureBytes(copying: bytes))
    }

    /// Reads a share from text, as ``init(typed:number:)`` does.
    public init(phrase: String, number: Int = 1) throws {
        var bytes = Array(phrase.utf8)
        defer { wipe(&bytes) }
        try self.init(typed: try SecureBytes(copying: bytes), number: number)
    }

    /// The share's words, in order: 20 for a recovery code.
    public var words: [String] {
        var numbers = wordIndices
        defer { for i in numbers.indices { numbers[i] = 0 } }
        return numbers.map { RecoveryShareWords.english[$0] }
    }

    /// The words joined by single spaces.
    public var phrase: String { words.joined(separator: " ") }

    private var wordIndices: [Int] {
        let head = identifier << 5 | (extendable ? 1 : 0) << 4 | iterationExponent
        let parameters = groupIndex << 16 | (groupThreshold - 1) << 12 | (groupCount - 1) << 8 | memberIndex << 4
            | (memberThreshold - 1)
        let valueWordCount = (value.count * 8 + 9) / 10
        var bits = [UInt8](repeating: 0, count: valueWordCount * 10 - value.count * 8)
            + value.withUnsafeBytes { bytes in bytes.flatMap { byte in (0..<8).reversed().map { byte >> UInt8($0) & 1 } } }
        defer { wipe(&bits) }
        let data = [head >> 10, head & 1023, parameters >> 10, parameters & 1023]
            + stride(from: 0, to: bits.count, by: 10).map { start in
                bits[start..<start + 10].reduce(0) { $0 << 1 | Int($1) }
            }
        return data + RS1024.checksum(data, extendable: extendable)
    }

    /// Whether the two shares belong to one split: same identifier, flag, exponent and groups.
    func isOfTheSameSplit(as other: RecoveryShare) -> Bool {
        identifier == other.identifier && extendable == other.extendable
            && iterationExponent == other.iterationExponent && groupThreshold == other.groupThreshold
            && groupCount == other.groupCount && value.count == other.value.count
    }
}

extension RecoveryShare: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Says which share it is and never the words.
    public var description: String { "RecoveryShare(group \(groupIndex + 1), member \(memberIndex + 1))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: []) }
}

/// SLIP-39's two-level scheme: GenerateShares for one group, and combining shares of any groups.
enum RecoveryShares {
    /// GenerateShares(1, [(T, N)], MS, P, e) with the extendable flag set: `count` shares of one group, any
    /// `threshold` of which give back `secret`.
    static func split(
        _ secret: SecureBytes, threshold: Int, count: Int, passphrase: [UInt8] = [],
        iterationExponent: Int = RecoveryShare.iterationExponentWritten
    ) throws -> [RecoveryShare] {
        precondition(2 <= threshold && threshold <= count && count <= ShamirSharing.maximumShareCount,
                     "Meldboek splits 2 ≤ T ≤ N ≤ 16")
        let random = Random.bytes(count: 2)
        let identifier = (Int(random[0]) << 8 | Int(random[1])) & 0x7FFF
        let encrypted = try ShareCipher.encrypt(
            secret, passphrase: passphrase, iterationExponent: iterationExponent, identifier: identifier,
            extendable: true)
        // One group of one: its group share is the encrypted secret itself.
        let groupShare = try ShamirSharing.split(encrypted, threshold: 1, count: 1)[0]
        return try ShamirSharing.split(groupShare.y, threshold: threshold, count: count).map { point in
            RecoveryShare(
                identifier: identifier, extendable: true, iterationExponent: iterationExponent, groupIndex: 0,
                groupThreshold: 1, groupCount: 1, memberIndex: Int(point.x), memberThreshold: threshold,
                value: point.y)
        }
    }

    /// The master secret the shares give: SLIP-39's "Combining the shares", decrypted with `passphrase`.
    ///
    /// Shares beyond what is needed are left out, as the reference implementation's step-by-step recovery does:
    /// the first complete groups (by group index) and in each the first shares given.
    /// - Throws: ``MeldboekError/recoveryShareFromOtherSplit``, ``MeldboekError/recoveryShareRepeated(member:)``,
    ///   ``MeldboekError/recoverySharesTooFew(found:needed:)``, ``MeldboekError/recoverySharesDontFit``.
    static func combine(_ shares: [RecoveryShare], passphrase: [UInt8] = []) throws -> SecureBytes {
        let groups = try grouped(shares)
        let first = shares[0]
        let complete = groups.filter { $0.value.count >= $0.value[0].memberThreshold }.sorted { $0.key < $1.key }
        guard complete.count >= first.groupThreshold else {
            throw MeldboekError.recoverySharesTooFew(found: shares.count, needed: neededCount(groups, first))
        }
        let groupPoints = try complete.prefix(first.groupThreshold).map { index, members in
            let points = members.prefix(members[0].memberThreshold).map {
                ShamirSharing.Point(x: UInt8($0.memberIndex), y: $0.value)
            }
            return ShamirSharing.Point(
                x: UInt8(index), y: try ShamirSharing.recover(threshold: members[0].memberThreshold, points))
        }
        let encrypted = try ShamirSharing.recover(threshold: first.groupThreshold, groupPoints)
        return try ShareCipher.decrypt(
            encrypted, passphrase: passphrase, iterationExponent: first.iterationExponent,
            identifier: first.identifier, extendable: first.extendable)
    }

    /// The shares by group index, in the order given, once every share is of one split and no member is given twice.
    static func grouped(_ shares: [RecoveryShare]) throws -> [Int: [RecoveryShare]] {
        guard let first = shares.first else { throw MeldboekError.recoverySharesTooFew(found: 0, needed: 0) }
        var groups: [Int: [RecoveryShare]] = [:]
        for share in shares {
            guard share.isOfTheSameSplit(as: first) else { throw MeldboekError.recoveryShareFromOtherSplit }
            if let members = groups[share.groupIndex] {
                guard members[0].memberThreshold == share.memberThreshold else {
                    throw MeldboekError.recoveryShareFromOtherSplit
                }
                guard !members.contains(where: { $0.memberIndex == share.memberIndex }) else {
                    throw MeldboekError.recoveryShareRepeated(member: share.memberIndex + 1)
                }
            }
            groups[share.groupIndex, default: []].append(share)
        }
        return groups
    }

    /// How many shares in all are needed, when the shares say: one group's threshold when one group is enough.
    /// With more groups the other groups' thresholds are not known until one of their shares is seen: 0 then.
    static func neededCount(_ groups: [Int: [RecoveryShare]], _ first: RecoveryShare) -> Int {
        first.groupThreshold == 1 && groups.count == 1 ? first.memberThreshold : 0
    }
}

extension RecoveryCode {
    /// How many shares a split may have, and how few are needed at least.
    public static let shareCountRange = 2...ShamirSharing.maximumShareCount

    /// Splits the code into `count` SLIP-39 shares (one group, no passphrase), any `threshold` of which give it
    /// back; fewer give nothing. Every split has a new random identifier, so shares of two splits don't mix.
    ///
    /// - Precondition: 2 ≤ `threshold` ≤ `count` ≤ 16 (the command line checks it first).
    public func split(threshold: Int, count: Int) throws -> [RecoveryShare] {
        try RecoveryShares.split(entropy, threshold: threshold, count: count)
    }

    /// The code the shares give.
    ///
    /// - Throws: as ``RecoveryShares/combine(_:passphrase:)``, and ``MeldboekError/recoverySharesNotACode`` when
    ///   they hold a secret of another length (SLIP-39 shares of something else).
    public init(shares: [RecoveryShare]) throws {
        // Told before the PBKDF2 rounds, which shares of another secret may ask for by the hundred million.
        _ = try RecoveryShares.grouped(shares)
        guard shares[0].value.count == Self.entropyByteCount else { throw MeldboekError.recoverySharesNotACode }
        let secret = try RecoveryShares.combine(shares)
        guard secret.count == Self.entropyByteCount else { throw MeldboekError.recoverySharesNotACode }
        self.init(entropy: secret)
    }
}

/// Shares as they come in one by one, until there are enough to give the code back.
public struct RecoveryShareSet: Sendable {
    public private(set) var shares: [RecoveryShare] = []

    public init() {}

    /// Adds a share.
    /// - Throws: ``MeldboekError/recoveryShareFromOtherSplit``, ``MeldboekError/recoveryShareRepeated(member:)``;
    ///   the set is then as it was.
    public mutating func add(_ share: RecoveryShare) throws {
        _ = try RecoveryShares.grouped(shares + [share])
        shares.append(share)
    }

    /// How many shares of `share`'s group the set holds.
    public func count(inGroupOf share: RecoveryShare) -> Int {
        shares.filter { $0.groupIndex == share.groupIndex }.count
    }

    /// Whether enough groups have enough members to give the code back.
    public var isComplete: Bool {
        guard let first = shares.first, let groups = try? RecoveryShares.grouped(shares) else { return false }
        return groups.values.filter { $0.count >= $0[0].memberThreshold }.count >= first.groupThreshold
    }

    /// The code the shares give; see ``RecoveryCode/init(shares:)``.
    public func recoveryCode() throws -> RecoveryCode {
        try RecoveryCode(shares: shares)
    }
}

/// SLIP-39's 1024 words: typed words to their numbers.
enum RecoveryShareWords {
    /// The word numbers in what someone typed: every run of letters is a word, whatever stands between; upper case
    /// is read as lower case, and a word is known by its first four letters.
    ///
    /// - Throws: ``MeldboekError/recoveryShareUnknownWord(share:position:)`` for the first word in no list position.
    static func indices(typed: [UInt8], share: Int) throws -> [Int] {
        // Every word has four letters or more, and no two share their first four.
        try RecoveryWords.wordIndices(typed: typed, index: { $0.count >= 4 ? prefixIndex[Array($0.prefix(4))] : nil }) {
            MeldboekError.recoveryShareUnknownWord(share: share, position: $0)
        }
    }

    /// Each word's first four letters, to its position.
    private static let prefixIndex: [[UInt8]: Int] = {
        var table: [[UInt8]: Int] = [:]
        for (index, word) in english.enumerated() { table[Array(word.utf8.prefix(4))] = index }
        return table
    }()
}
