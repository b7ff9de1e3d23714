// Recovery codes: BIP39's word list and test vectors, forgiving typing, and the vault's second key slot.
import Foundation
import GRDB
import MeldboekSodium
import MeldboekTestSupport
import Testing

@testable import MeldboekCore

@Suite struct RecoveryCodeTests {
    /// The English entropy-to-words pairs of trezor/python-mnemonic's vectors.json (commit b57a5ad), the
    /// reference implementation's test vectors for BIP39 (the passphrase and seed parts are not ours).
    static let vectors: [(entropy: String, words: String)] = [
        ("00000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
        ("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank yellow"),
        ("80808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage above"),
        ("ffffffffffffffffffffffffffffffff",
         "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"),
        ("000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon agent"),
        ("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal will"),
        ("808080808080808080808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always"),
        ("ffffffffffffffffffffffffffffffffffffffffffffffff",
         "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo when"),
        ("0000000000000000000000000000000000000000000000000000000000000000",
         "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art"),
        ("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
         "legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title"),
        ("8080808080808080808080808080808080808080808080808080808080808080",
         "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless"),
        ("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
         "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote"),
        ("9e885d952ad362caeb4efe34a8e91bd2",
         "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic"),
        ("6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
         "gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog"),
        ("68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
         "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel tennis maple dilemma loan word shrug inflict delay length"),
        ("c0ba5a8e914111210f2bd131f3d5e08d",
         "scheme spot photo card baby mountain device kick cradle pact join borrow"),
        ("6d9be1ee6ebd27a258115aad99b7317b9c8d28b6d76431c3",
         "horn tenant knee talent sponsor spell gate clip pulse soap slush warm silver nephew swap uncle crack brave"),
        ("9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863",
         "panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash devote level hobby quick inner drive ghost inside"),
        ("23db8160a31d3e0dca3688ed941adbf3",
         "cat swing flag economy stadium alone churn speed unique patch report train"),
        ("8197a4a47f0425faeaa69deebc05ca29c0a5b5cc76ceacc0",
         "light rule cinnamon wrap drastic word pride squirrel upgrade then income fatal apart sustain crack supply proud access"),
        ("066dca1a2bb7e8a1db2832148ce9933eea0f3ac9548d793112d9a95c9407efad",
         "all hour make first leader extend hole alien behind guard gospel lava path output census museum junior mass reopen famous sing advance salt reform"),
        ("f30f8c1da665478f49b001d94c5fc452",
         "vessel ladder alter error federal sibling chat ability sun glass valve picture"),
        ("c10ec20dc3cd9f652c7fac2f1230f7a3c828389a14392f05",
         "scissors invite lock maple supreme raw rapid void congress muscle digital elegant little brisk hair mango congress clump"),
        ("f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
         "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold"),
    ]

    @Test func theWordListIsBIP39sEnglishFile() {
        let file = RecoveryWords.english.map { $0 + "\n" }.joined()
        #expect(Encoding.hex(SHA256.hash(Array(file.utf8))) == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
        #expect(RecoveryWords.english.count == 2048)
        #expect(RecoveryWords.english == RecoveryWords.english.sorted())
        #expect(Set(RecoveryWords.english.map { $0.prefix(4) }).count == 2048)
    }

    @Test func entropyBecomesTheVectorsWordsAndBack() throws {
        #expect(Self.vectors.count == 24)
        for (hex, words) in Self.vectors {
            let entropy = try Encoding.fromHex(hex)
            let indices = RecoveryWords.indices(entropy: entropy)
            #expect(indices.map { RecoveryWords.english[$0] }.joined(separator: " ") == words, "\(hex)")
            #expect(RecoveryWords.entropy(indices: indices) == entropy, "\(hex)")
        }
    }

    @Test func twelveWordVectorsReadAsRecoveryCodes() throws {
        for (hex, words) in Self.vectors where hex.count == 32 {
            let code = try RecoveryCode(phrase: words)
            #expect(code.phrase == words)
            #expect(code.entropy.withUnsafeBytes { Encoding.hex(Array($0)) } == hex)
        }
    }

    @Test func typingIsForgiving() throws {
        let words = "legal winner thank year wave sausage worth useful legal winner thank yellow"
        let code = try RecoveryCode(phrase: words)
        for typed in [
            "LEGAL Winner thank year wave sausage worth useful legal winner thank yellow",
            "  legal   winner\tthank\nyear wave sausage worth useful legal winner thank yellow \n",
            "lega winn than year wave saus wort usef lega winn than yell",
            "legaal winnerr thanx yearr wave sausge wortt usefull legalese winners thanks yellowish",
            "1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner 11. thank 12. yellow",
            "legal-winner-thank-year-wave-sausage-worth-useful-legal-winner-thank-yellow",
        ] {
            #expect(try RecoveryCode(phrase: typed).isEqual(to: code), "\(typed)")
        }
    }

    @Test func mistakesAreNamed() {
        let words = "legal winner thank year wave sausage worth useful legal winner thank yellow".split(separator: " ")
        #expect(throws: MeldboekError.recoveryCodeWordCount(found: 11)) {
            try RecoveryCode(phrase: words.dropLast().joined(separator: " "))
        }
        #expect(throws: MeldboekError.recoveryCodeWordCount(found: 13)) {
            try RecoveryCode(phrase: (words + ["legal"]).joined(separator: " "))
        }
        // "xylophone" starts like no word; "aba" is no word and too short to stand for one.
        var unknown = words
        unknown[4] = "xylophone"
        #expect(throws: MeldboekError.recoveryCodeUnknownWord(position: 5)) { try RecoveryCode(phrase: unknown.joined(separator: " ")) }
        unknown = words
        unknown[0] = "aba"
        #expect(throws: MeldboekError.recoveryCodeUnknownWord(position: 1)) { try RecoveryCode(phrase: unknown.joined(separator: " ")) }
        unknown = words
        unknown[2] = "thänk"
        #expect(throws: MeldboekError.recoveryCodeUnknownWord(position: 3)) { try RecoveryCode(phrase: unknown.joined(separator: " ")) }
        // A real word in the wrong place, and two words swapped: the checksum catches both.
        var mistyped = words
        mistyped[5] = "salmon"
        #expect(throws: MeldboekError.recoveryCodeMistyped) { try RecoveryCode(phrase: mistyped.joined(separator: " ")) }
        mistyped = words
        mistyped.swapAt(1, 3)
        #expect(throws: MeldboekError.recoveryCodeMistyped) { try RecoveryCode(phrase: mistyped.joined(separator: " ")) }
    }

    @Test func aCodeNeverPrintsItsWords() throws {
        let code = try RecoveryCode.generate()
        for text in ["\(code)", String(describing: code), String(reflecting: code), { var s = ""; dump(code, to: &s); return s }()] {
            for word in code.words { #expect(!text.split(whereSeparator: { !$0.isLetter }).contains(Substring(word)), "\(text)") }
        }
        #expect(code.words.count == 12)
        #expect(try !RecoveryCode.generate().isEqual(to: code))
    }

    @Test func aWordAskedBackIsRecognisedByItsFirstFourLetters() throws {
        let code = try RecoveryCode(phrase: "legal winner thank year wave sausage worth useful legal winner thank yellow")
        #expect(code.word(at: 5, matches: TestVault.secret("Sausage")))
        #expect(code.word(at: 5, matches: TestVault.secret(" saus ")))
        #expect(!code.word(at: 5, matches: TestVault.secret("wave")))
        #expect(!code.word(at: 5, matches: TestVault.secret("sausage worth")))
    }

    // MARK: The second key slot

    @Test func theCodeOpensTheVaultAndIsKeptSealedInIt() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        #expect(try journal.recoveryCode() == nil)
        #expect(!journal.vault.hasRecoveryCode)
        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.noRecoveryCode) { try vault.unlock(recoveryCode: try RecoveryCode.generate()) }

        let code = try RecoveryCode.generate()
        let made = Date(timeIntervalSince1970: 1_800_000_000)
        try journal.replaceRecoveryCode(with: code, now: made)
        try journal.add(EntryFields(title: "Na de herstelcode"))
        let reopened = try Vault.open(at: journal.vault.folder)
        let opened = try reopened.unlock(recoveryCode: code)
        #expect(try opened.snapshot().entries.map(\.current.title) == ["Na de herstelcode"])
        #expect(try #require(try opened.recoveryCode()).isEqual(to: code))
        #expect(try opened.recoveryState() == RecoveryState(createdAt: made))
        #expect(throws: MeldboekError.wrongRecoveryCode) { try reopened.unlock(recoveryCode: try RecoveryCode.generate()) }
        // The passphrase still opens it, and the code is in no column in clear.
        _ = try reopened.unlock(passphrase: TestVault.secret())
        let raw = try Data(contentsOf: journal.vault.folder.appendingPathComponent("meldboek.db"))
        let entropy = code.entropy.withUnsafeBytes { Data($0) }
        #expect(raw.range(of: entropy) == nil)
        #expect(raw.range(of: Data(code.phrase.utf8)) == nil)
    }

    @Test func aNewCodeReplacesTheOld() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let old = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: old)
        let new = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: new)
        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.wrongRecoveryCode) { try vault.unlock(recoveryCode: old) }
        _ = try vault.unlock(recoveryCode: new)
    }

    @Test func aVaultMadeWithACodeHasItFromTheStart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        TestVault.keepStateOutOfHome()
        let code = try RecoveryCode.generate()
        let journal = try Vault.create(
            at: folder.appending("vault"), passphrase: TestVault.secret(), cost: .minimum, recoveryCode: code)
        #expect(try #require(try journal.recoveryCode()).isEqual(to: code))
        _ = try Vault.open(at: folder.appending("vault")).unlock(recoveryCode: code)
    }

    @Test func recoverSetsANewPassphraseAndLeavesARecord() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Voor het vergeten"))
        let code = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: code)
        let used = Date(timeIntervalSince1970: 1_800_000_000)
        let byCode = try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code)
        try byCode.recover(newPassphrase: TestVault.secret("nieuwe zin"), now: used)

        let vault = try Vault.open(at: journal.vault.folder)
        #expect(throws: MeldboekError.wrongPassphrase) { try vault.unlock(passphrase: TestVault.secret()) }
        let reopened = try vault.unlock(passphrase: TestVault.secret("nieuwe zin"))
        #expect(try reopened.snapshot().entries.map(\.current.title) == ["Voor het vergeten"])
        #expect(try reopened.recoveryState()?.usedAt == used)
        let report = try reopened.verify()
        #expect(report.isIntact, "\(report.problems)")
        #expect(report.recoveries == [used])
        #expect(report.records == 2)
        // The code still opens it; a new code forgets the use (the chain keeps it).
        _ = try vault.unlock(recoveryCode: code)
        try reopened.replaceRecoveryCode(with: try RecoveryCode.generate())
        #expect(try reopened.recoveryState()?.usedAt == nil)
        #expect(try reopened.verify().recoveries == [used])
    }

    @Test func aTestIsNotedWithoutTouchingTheChain() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let code = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: code)
        let head = try journal.chainHead()
        let tested = Date(timeIntervalSince1970: 1_800_000_000)
        try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code).noteRecoveryCodeTested(now: tested)
        #expect(try journal.recoveryState()?.testedAt == tested)
        #expect(try journal.chainHead() == head)
    }

    @Test func passwdLeavesTheSlotAndRekeyMovesItToTheNewKey() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Sleutel"))
        let code = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: code)
        let slot = { try journal.vault.database.read { db in try #require(try RecoverySlot.fetch(db)) } }
        let before = try slot()

        try journal.changePassphrase(to: TestVault.secret("andere zin"))
        let afterPasswd = try slot()
        #expect(afterPasswd.wrappedKey == before.wrappedKey && afterPasswd.sealed == before.sealed && afterPasswd.salt == before.salt)
        _ = try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code)

        // This journal's vault row is the one before passwd: go on from the vault as it is now.
        let current = try Vault.open(at: journal.vault.folder).unlock(passphrase: TestVault.secret("andere zin"))
        let rekeyed = try current.rekey(passphrase: TestVault.secret("andere zin")).journal
        let afterRekey = try slot()
        #expect(afterRekey.wrappedKey != before.wrappedKey && afterRekey.sealed != before.sealed)
        let byCode = try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code)
        #expect(byCode.keys.vaultKey.isEqual(to: rekeyed.keys.vaultKey))
        #expect(!byCode.keys.vaultKey.isEqual(to: current.keys.vaultKey))
        #expect(try byCode.snapshot().entries.map(\.current.title) == ["Sleutel"])
        #expect(try #require(try rekeyed.recoveryCode()).isEqual(to: code))
    }

    @Test func aSlotOutOfBoundsIsRefusedBeforeDeriving() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let code = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: code)
        for (column, value) in [("opsLimit", "1000000"), ("memLimit", "1099511627776"), ("kdf", "'scrypt'")] {
            try journal.vault.database.write { db in
                try db.execute(sql: "UPDATE recovery SET \(column) = \(value)")
            }
            #expect(throws: MeldboekError.recoverySlotDamaged) {
                try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code)
            }
            try journal.replaceRecoveryCode(with: code)
        }
        // Altered parameters within bounds no longer authenticate: the associated data binds them.
        try journal.vault.database.write { db in try db.execute(sql: "UPDATE recovery SET opsLimit = 2") }
        #expect(throws: MeldboekError.wrongRecoveryCode) { try Vault.open(at: journal.vault.folder).unlock(recoveryCode: code) }
    }

    /// What `verify` and `doctor` read: the kept code must unwrap the slot to this vault's key, not only open itself.
    @Test func aSlotChangedInPlaceIsDamagedAlthoughItsKeptCodeOpens() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        let made = Date(timeIntervalSince1970: 1_800_000_000)
        try journal.replaceRecoveryCode(with: try RecoveryCode.generate(), now: made)
        #expect(try journal.checkedRecoveryState() == RecoveryState(createdAt: made))
        let intact = try journal.vault.database.read { db in try #require(try RecoverySlot.fetch(db)) }
        for change in ["wrappedKey = randomblob(length(wrappedKey))", "salt = randomblob(length(salt))",
                       "opsLimit = opsLimit + 1", "memLimit = memLimit * 2", "memLimit = 1099511627776",
                       "kdf = 'scrypt'"] {
            try journal.vault.database.write { db in try db.execute(sql: "UPDATE recovery SET \(change)") }
            // The kept copy is untouched and still opens: only unwrapping the slot with it finds the change.
            #expect(try journal.recoveryState() == RecoveryState(createdAt: made), "\(change)")
            #expect(throws: MeldboekError.recoverySlotDamaged, "\(change)") { try journal.checkedRecoveryState() }
            try journal.vault.database.write { db in try intact.store(db) }
        }
        #expect(try journal.checkedRecoveryState() == RecoveryState(createdAt: made))

        // A slot that unwraps with the kept code, but to another key, is not this vault's either.
        let code = try #require(try journal.recoveryCode())
        let foreign = try RecoverySlot.make(
            code: code, state: RecoveryState(createdAt: made), vaultKey: try SymmetricKey.random(),
            sealKey: journal.keys.recoveryCode, cost: .minimum, role: VaultRole.melder.rawValue)
        try journal.vault.database.write { db in try foreign.store(db) }
        #expect(throws: MeldboekError.recoverySlotDamaged) { try journal.checkedRecoveryState() }
    }

    @Test func rekeyRefusesASlotItCantCarryOverAndRewritesNothing() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Sleutel"))
        try journal.replaceRecoveryCode(with: try RecoveryCode.generate())
        let intact = try journal.vault.database.read { db in try #require(try RecoverySlot.fetch(db)) }
        let everything = {
            try journal.vault.database.read { db in
                try String.fetchAll(db, sql: """
                    SELECT hex(sealed) FROM records UNION ALL SELECT hex(wrappedKey) || hex(head) FROM vault
                    UNION ALL SELECT kdf || opsLimit || memLimit || hex(salt) || hex(wrappedKey) || hex(sealed) FROM recovery
                    """)
            }
        }
        // A kept copy that no longer opens would have been dropped: the code on paper would then open nothing.
        // Settings out of bounds would have been the new slot's cost.
        for change in ["sealed = zeroblob(length(sealed))", "memLimit = 1024", "kdf = 'scrypt'"] {
            try journal.vault.database.write { db in try db.execute(sql: "UPDATE recovery SET \(change)") }
            let before = try everything()
            #expect(throws: MeldboekError.recoverySlotDamaged, "\(change)") {
                try journal.rekey(passphrase: TestVault.secret())
            }
            #expect(try everything() == before, "\(change)")
            try journal.vault.database.write { db in try intact.store(db) }
        }
        _ = try journal.rekey(passphrase: TestVault.secret())
    }

    @Test func aCodeThatIsNotHandedOverLeavesTheOneBefore() throws {
        struct NotShown: Error {}
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        // With no code before, none is left.
        #expect(throws: NotShown.self) {
            try journal.replaceRecoveryCode(with: try RecoveryCode.generate()) { throw NotShown() }
        }
        #expect(!journal.vault.hasRecoveryCode)

        let old = try RecoveryCode.generate()
        try journal.replaceRecoveryCode(with: old)
        let new = try RecoveryCode.generate()
        var storedWhenHandedOver = false
        #expect(throws: NotShown.self) {
            try journal.replaceRecoveryCode(with: new) {
                // The new code is in the vault by the time it is shown or written.
                storedWhenHandedOver = try #require(try journal.recoveryCode()).isEqual(to: new)
                throw NotShown()
            }
        }
        #expect(storedWhenHandedOver)
        let vault = try Vault.open(at: journal.vault.folder)
        _ = try vault.unlock(recoveryCode: old)
        #expect(throws: MeldboekError.wrongRecoveryCode) { try vault.unlock(recoveryCode: new) }

        try journal.replaceRecoveryCode(with: new) {}
        _ = try Vault.open(at: journal.vault.folder).unlock(recoveryCode: new)
    }

    /// A reader that knows no recovery records (an older Meldboek) skips them as it skips any kind it does not know;
    /// this one must go on skipping kinds it does not know in turn.
    @Test func recordsOfAnUnknownKindAreSkipped() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        try journal.add(EntryFields(title: "Eerste"))
        struct LaterKind: RecordContent {
            static let kind = RecordKind(rawValue: 99)
            var prev: Data
            var note: String
        }
        try journal.write { db in try journal.append(db, LaterKind(prev: Data(), note: "van een latere versie")) }
        try journal.add(EntryFields(title: "Tweede"))
        let reopened = try Vault.open(at: journal.vault.folder).unlock(passphrase: TestVault.secret())
        #expect(try reopened.snapshot().entries.map(\.current.title) == ["Eerste", "Tweede"])
        let report = try reopened.verify()
        #expect(report.isIntact && report.records == 3 && report.entries == 2, "\(report)")
    }
}
