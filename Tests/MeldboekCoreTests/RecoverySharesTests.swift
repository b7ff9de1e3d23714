// Recovery shares: SLIP-39's word list and published vectors, and splitting a recovery code and reading it back.
import Foundation
import MeldboekSodium
import MeldboekTestSupport
import Testing

@testable import MeldboekCore

@Suite struct RecoverySharesTests {
    /// One case of trezor/python-shamir-mnemonic's vectors.json (SLIP-39's published test vectors; the copy in
    /// Vectors/ is the file at commit 0f504b0 and vectors 41 to 45 added upstream since, without the BIP32 keys,
    /// which are not ours): the mnemonics, and the master secret they give with the passphrase "TREZOR", or
    /// an empty string when combining them must fail.
    struct Vector: CustomTestStringConvertible {
        var description: String
        var mnemonics: [String]
        var secret: String
        var testDescription: String { description }

        static let all: [Vector] = {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Vectors/slip39-vectors.json")
            guard let data = try? Data(contentsOf: url),
                  let cases = try? JSONSerialization.jsonObject(with: data) as? [[Any]]
            else { return [] }
            return cases.compactMap { fields in
                guard fields.count >= 3, let description = fields[0] as? String, let mnemonics = fields[1] as? [String],
                      let secret = fields[2] as? String
                else { return nil }
                return Vector(description: description, mnemonics: mnemonics, secret: secret)
            }
        }()
    }

    static let passphrase = Array("TREZOR".utf8)

    @Test func theWordListIsSLIP39sFile() {
        let file = RecoveryShareWords.english.map { $0 + "\n" }.joined()
        #expect(Encoding.hex(SHA256.hash(Array(file.utf8))) == "bcc4555340332d169718aed8bf31dd9d5248cb7da6e5d355140ef4f1e601eec3")
        #expect(RecoveryShareWords.english.count == 1024)
        #expect(RecoveryShareWords.english == RecoveryShareWords.english.sorted())
        #expect(Set(RecoveryShareWords.english.map { $0.prefix(4) }).count == 1024)
    }

    @Test func allVectorsAreThere() {
        #expect(Vector.all.count == 45)
        #expect(Vector.all.filter { !$0.secret.isEmpty }.count == 15)
    }

    @Test(arguments: Vector.all)
    func publishedVector(_ vector: Vector) throws {
        func combined() throws -> [UInt8] {
            let shares = try vector.mnemonics.enumerated().map { try RecoveryShare(phrase: $1, number: $0 + 1) }
            return try RecoveryShares.combine(shares, passphrase: Self.passphrase).withUnsafeBytes { Array($0) }
        }
        if vector.secret.isEmpty {
            #expect(throws: MeldboekError.self) { try combined() }
        } else {
            #expect(Encoding.hex(try combined()) == vector.secret)
            // Every valid share writes itself back to the same words.
            for mnemonic in vector.mnemonics {
                #expect(try RecoveryShare(phrase: mnemonic).phrase == mnemonic)
            }
        }
    }

    @Test func invalidVectorsFailForTheirOwnReason() throws {
        func error(_ number: Int) -> MeldboekError? {
            let vector = Vector.all[number - 1]
            do {
                let shares = try vector.mnemonics.enumerated().map { try RecoveryShare(phrase: $1, number: $0 + 1) }
                _ = try RecoveryShares.combine(shares, passphrase: Self.passphrase)
                return nil
            } catch let error as MeldboekError {
                return error
            } catch {
                return nil
            }
        }
        #expect(error(2) == .recoveryShareMistyped(share: 1))
        #expect(error(3) == .recoveryShareMalformed(share: 1))
        #expect(error(5) == .recoverySharesTooFew(found: 1, needed: 2))
        #expect(error(6) == .recoveryShareFromOtherSplit)
        #expect(error(7) == .recoveryShareFromOtherSplit)
        #expect(error(8) == .recoveryShareFromOtherSplit)
        #expect(error(9) == .recoveryShareFromOtherSplit)
        #expect(error(10) == .recoveryShareMalformed(share: 1))
        #expect(error(11) == .recoveryShareRepeated(member: 3))
        #expect(error(12) == .recoveryShareFromOtherSplit)
        #expect(error(13) == .recoverySharesDontFit)
        #expect(error(14) == .recoverySharesTooFew(found: 1, needed: 0))
        #expect(error(16) == .recoverySharesTooFew(found: 2, needed: 0))
        #expect(error(39) == .recoveryShareWordCount(share: 1, found: 19))
        #expect(error(40) == .recoveryShareWordCount(share: 1, found: 21))
    }

    @Test func anyTwoOfThreeSharesGiveTheCodeBack() throws {
        let code = try RecoveryCode.generate()
        let shares = try code.split(threshold: 2, count: 3)
        #expect(shares.count == 3)
        #expect(shares.allSatisfy { $0.words.count == 20 })
        #expect(Set(shares.map(\.memberIndex)) == [0, 1, 2])
        #expect(Set(shares.map(\.identifier)).count == 1)
        for pair in [(0, 1), (0, 2), (2, 1)] {
            // Through their words, as a holder would type them.
            let typed = try [shares[pair.0], shares[pair.1]].map { try RecoveryShare(phrase: $0.phrase.uppercased()) }
            #expect(try RecoveryCode(shares: typed).isEqual(to: code))
        }
    }

    @Test func threeOfFiveNeedsThree() throws {
        let code = try RecoveryCode.generate()
        let shares = try code.split(threshold: 3, count: 5)
        #expect(try RecoveryCode(shares: [shares[4], shares[0], shares[2]]).isEqual(to: code))
        #expect(throws: MeldboekError.recoverySharesTooFew(found: 2, needed: 3)) {
            try RecoveryCode(shares: [shares[4], shares[0]])
        }
    }

    @Test func oneShareAloneOpensNothing() throws {
        let shares = try RecoveryCode.generate().split(threshold: 2, count: 3)
        #expect(throws: MeldboekError.recoverySharesTooFew(found: 1, needed: 2)) { try RecoveryCode(shares: [shares[1]]) }
    }

    @Test func sharesOfTwoSplitsDontMix() throws {
        let code = try RecoveryCode.generate()
        var first = try code.split(threshold: 2, count: 3)
        var second = try code.split(threshold: 2, count: 3)
        // Two splits may draw the same 15-bit identifier; the test needs two that differ.
        while second[0].identifier == first[0].identifier { second = try code.split(threshold: 2, count: 3) }
        #expect(throws: MeldboekError.recoveryShareFromOtherSplit) { try RecoveryCode(shares: [first[0], second[1]]) }
        var set = RecoveryShareSet()
        try set.add(first[0])
        #expect(throws: MeldboekError.recoveryShareFromOtherSplit) { try set.add(second[1]) }
        #expect(set.shares.count == 1)
        // Each split alone still gives the same code.
        first.removeFirst()
        #expect(try RecoveryCode(shares: first).isEqual(to: code))
        #expect(try RecoveryCode(shares: Array(second.prefix(2))).isEqual(to: code))
    }

    @Test func aMistypedWordIsCaughtByTheChecksum() throws {
        let share = try RecoveryCode.generate().split(threshold: 2, count: 3)[1]
        for position in [0, 4, 11, 19] {
            var words = share.words
            let index = RecoveryShareWords.english.firstIndex(of: words[position])!
            words[position] = RecoveryShareWords.english[(index + 1) % 1024]
            #expect(throws: MeldboekError.recoveryShareMistyped(share: 2)) {
                try RecoveryShare(phrase: words.joined(separator: " "), number: 2)
            }
        }
        var swapped = share.words
        swapped.swapAt(6, 7)
        if swapped != share.words {
            #expect(throws: MeldboekError.recoveryShareMistyped(share: 1)) { try RecoveryShare(phrase: swapped.joined(separator: " ")) }
        }
    }

    @Test func typingIsForgiving() throws {
        let share = try RecoveryCode.generate().split(threshold: 2, count: 2)[0]
        let numbered = share.words.enumerated().map { "\($0 + 1). \($1.prefix(4).uppercased())" }.joined(separator: "\n")
        #expect(try RecoveryShare(phrase: numbered).phrase == share.phrase)
        var unknown = share.words
        unknown[6] = "zzzz"
        #expect(throws: MeldboekError.recoveryShareUnknownWord(share: 3, position: 7)) {
            try RecoveryShare(phrase: unknown.joined(separator: " "), number: 3)
        }
        unknown[6] = "aca"
        #expect(throws: MeldboekError.recoveryShareUnknownWord(share: 1, position: 7)) {
            try RecoveryShare(phrase: unknown.joined(separator: " "))
        }
        #expect(throws: MeldboekError.recoveryShareWordCount(share: 1, found: 19)) {
            try RecoveryShare(phrase: share.words.dropLast().joined(separator: " "))
        }
    }

    @Test func theSameShareTwiceIsRefused() throws {
        let shares = try RecoveryCode.generate().split(threshold: 2, count: 3)
        var set = RecoveryShareSet()
        try set.add(shares[2])
        #expect(!set.isComplete)
        #expect(throws: MeldboekError.recoveryShareRepeated(member: 3)) { try set.add(try RecoveryShare(phrase: shares[2].phrase)) }
        try set.add(shares[0])
        #expect(set.isComplete)
        #expect(set.count(inGroupOf: shares[0]) == 2)
    }

    @Test func sharesOfSomethingElseAreNoCode() throws {
        // Vector 23 is a valid 2-of-3 split of a 256-bit secret: no recovery code, whatever the passphrase.
        let vector = Vector.all[22]
        let shares = try vector.mnemonics.map { try RecoveryShare(phrase: $0) }
        #expect(throws: MeldboekError.recoverySharesNotACode) { try RecoveryCode(shares: shares) }
    }

    @Test func aShareNeverPrintsItsWords() throws {
        let share = try RecoveryCode.generate().split(threshold: 2, count: 3)[0]
        for shown in [String(describing: share), String(reflecting: share), "\(share)"] {
            // "group" is a word of the list too: the description is pinned whole instead.
            #expect(shown == "RecoveryShare(group 1, member 1)")
        }
        #expect(Mirror(reflecting: share).children.isEmpty)
    }

    @Test func gf256ArithmeticMatchesTheAESField() {
        // FIPS-197 section 4.2: {57} • {83} = {c1}, {57} • {13} = {fe}.
        #expect(ShamirSharing.multiply(0x57, 0x83) == 0xC1)
        #expect(ShamirSharing.multiply(0x57, 0x13) == 0xFE)
        for a in 1...255 { #expect(ShamirSharing.multiply(UInt8(a), ShamirSharing.inverse(UInt8(a))) == 1) }
    }
}
