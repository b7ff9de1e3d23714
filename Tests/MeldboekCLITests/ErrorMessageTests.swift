// Every case of every error a user can meet reads as a sentence in English and in Dutch, never as Swift or Foundation.
import Foundation
import MeldboekAgent
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekSync
import MeldboekSodium
import MeldboekTerminal
import Testing

@testable import meldboek

/// Builds one value of every case of every error enum that can reach the user.
///
/// Each builder walks its enum as a chain: `after(nil)` is the first sample and `after(x)` the one after `x`, decided by
/// an exhaustive `switch`. A new case does not compile until it has a branch here; the walk then checks that every
/// sample is reached exactly once, so the branch must also hand the new case on.
enum ErrorSamples {
    static let path = "/home/anna/rapport.html"

    static func walk<E>(_ after: (E?) -> E?) -> [E] {
        var all: [E] = []
        var next = after(nil)
        while let sample = next, all.count < 1000 {
            all.append(sample)
            next = after(sample)
        }
        return all
    }

    static func after(_ error: MeldboekError?) -> MeldboekError? {
        switch error {
        case nil: .vaultMissing(path: path)
        case .vaultMissing: .vaultExists(path: path)
        case .vaultSettingsDamaged: .vaultNotOwned(path: path, owner: 65534)
        case .vaultNotOwned: .vaultFileIsLink(path: path)
        case .vaultFileIsLink: .currentPassphraseUnavailable
        case .currentPassphraseUnavailable: .headDamaged
        case .headDamaged: .journalIncomplete
        case .journalIncomplete: .journalDamaged
        case .journalDamaged: .amendWithUnreadableRecords(count: 1)
        case .amendWithUnreadableRecords(1): .amendWithUnreadableRecords(count: 3)
        case .amendWithUnreadableRecords: .identityDamaged
        case .identityDamaged: .rewriteFailed
        case .rewriteFailed: .rewriteNeedsIntactJournal
        case .rewriteNeedsIntactJournal: .olderThanSeen
        case .olderThanSeen: .alreadyUpgraded(format: 2)
        case .alreadyUpgraded: nil
        case .vaultExists: .folderNotEmpty(path: path)
        case .folderNotEmpty: .notAVault(path: path)
        case .notAVault: .vaultDamaged(path: path)
        case .vaultDamaged: .newerFormat(found: 3, supported: 1)
        case .newerFormat: .wrongPassphrase
        case .wrongPassphrase: .passphraseUnavailable
        case .passphraseUnavailable: .newPassphraseUnavailable
        case .newPassphraseUnavailable: .passphraseTooLong(limit: 1024)
        case .passphraseTooLong: .passphraseMismatch
        case .passphraseMismatch: .passphraseEmpty
        case .passphraseEmpty: .passphraseCommandFailed(status: 2)
        case .passphraseCommandFailed: .entryNotFound("9907338f")
        case .entryNotFound: .entryAmbiguous("99", matches: [EntryMatch(short: "0c4f99a1", title: "In de gang"),
                                                              EntryMatch(short: "99e2b7d0", title: "")])
        case .entryAmbiguous: .attachmentNotFound(entry: "9907338f", name: "foto.jpg")
        case .attachmentNotFound: .attachmentExists(name: "foto.jpg")
        case .attachmentExists: .unknownCategory("roddel")
        case .unknownCategory: .ambiguousCategory("intimidatie", choices: [.sexualHarassment, .aggression])
        case .ambiguousCategory: .unknownRole("baas")
        case .unknownRole: .ambiguousRole("stagiair", person: "Sanne", choices: [.colleague, .report])
        case .ambiguousRole: .personWithoutName(":manager")
        case .personWithoutName: .unreadableDate("gisteravond laat")
        case .unreadableDate: .nothingToRecord
        case .nothingToRecord: .recordCorrupt(seq: 12)
        case .recordCorrupt: .unreadableRecords(count: 2)
        case .unreadableRecords: .attachmentCorrupt(name: "foto.jpg")
        case .attachmentCorrupt: .readOnly(path: path)
        case .readOnly: .diskFull
        case .diskFull: .fileExists(path: path)
        case .fileExists: .io(path: path, reason: .notFound)
        case .io(_, .notFound): .io(path: path, reason: .permissionDenied)
        case .io(_, .permissionDenied): .io(path: path, reason: .isFolder)
        case .io(_, .isFolder): .io(path: path, reason: .notARegularFile)
        case .io(_, .notARegularFile): .io(path: path, reason: .notAFolder)
        case .io(_, .notAFolder): .io(path: path, reason: .nameTooLong)
        case .io(_, .nameTooLong): .io(path: path, reason: .tooManyLinks)
        case .io(_, .tooManyLinks): .io(path: path, reason: .tooManyOpenFiles)
        case .io(_, .tooManyOpenFiles): .io(path: path, reason: .inputOutput)
        case .io(_, .inputOutput): .io(path: path, reason: .system(code: EXDEV))
        case .io(_, .system): .noPrivateTemporaryFolder
        case .noPrivateTemporaryFolder: .editorFailed(status: 1)
        case .editorFailed: .cancelled
        case .cancelled: .interrupted
        case .interrupted: .inputEnded
        case .inputEnded: .noDraft
        case .noDraft: .draftUnreadable
        case .draftUnreadable: .draftChanged
        case .draftChanged: .cryptoFailure
        case .cryptoFailure: .storage(code: 5)
        case .storage: .recoveryCodeWordCount(found: 1)
        case .recoveryCodeWordCount(1): .recoveryCodeWordCount(found: 11)
        case .recoveryCodeWordCount: .recoveryCodeUnknownWord(position: 5)
        case .recoveryCodeUnknownWord: .recoveryCodeMistyped
        case .recoveryCodeMistyped: .wrongRecoveryCode
        case .wrongRecoveryCode: .noRecoveryCode
        case .noRecoveryCode: .recoveryCodeUnavailable
        case .recoveryCodeUnavailable: .recoveryCodeNotConfirmed
        case .recoveryCodeNotConfirmed: .recoverySlotDamaged
        case .recoverySlotDamaged: .recoveryShareWordCount(share: 2, found: 19)
        case .recoveryShareWordCount: .recoveryShareUnknownWord(share: 1, position: 7)
        case .recoveryShareUnknownWord: .recoveryShareMistyped(share: 2)
        case .recoveryShareMistyped: .recoveryShareMalformed(share: 1)
        case .recoveryShareMalformed: .recoveryShareFromOtherSplit
        case .recoveryShareFromOtherSplit: .recoveryShareRepeated(member: 3)
        case .recoveryShareRepeated: .recoverySharesTooFew(found: 1, needed: 2)
        case .recoverySharesTooFew(1, 2): .recoverySharesTooFew(found: 2, needed: 0)
        case .recoverySharesTooFew: .recoverySharesDontFit
        case .recoverySharesDontFit: .recoverySharesNotACode
        case .recoverySharesNotACode: .recoverySharesWrongCode
        case .recoverySharesWrongCode: .recoverySharesUnavailable
        case .recoverySharesUnavailable: .keySlotsDamaged
        case .keySlotsDamaged: .vaultSettingsDamaged(path: path, setting: "opsLimit", value: "0")
        }
    }

    static func after(_ error: AgentError?) -> AgentError? {
        switch error {
        case nil: .folderUnsafe(path: "/run/user/1000/meldboek")
        case .folderUnsafe: .running
        case .running: .unreachable
        case .unreachable: .pathTooLong(path: "/run/user/1000/meldboek/x.sock")
        case .pathTooLong: .failed(.system(code: EAGAIN))
        case .failed(.system): .failed(.keyNotTaken)
        case .failed(.keyNotTaken): .failed(.noAnswer)
        case .failed(.noAnswer): .failed(.ended)
        case .failed(.ended): .failed(.noSocketFolder)
        case .failed(.noSocketFolder): nil
        }
    }

    static func after(_ error: ShareError?) -> ShareError? {
        switch error {
        case nil: .malformedCard
        case .malformedCard: .cardKeyUnusable
        case .cardKeyUnusable: .cardFingerprintMismatch
        case .cardFingerprintMismatch: .contactExists("vp")
        case .contactExists: .contactNotFound("vp")
        case .contactNotFound: .wrongRole(expected: "melder")
        case .wrongRole(expected: "melder"): .wrongRole(expected: "adviser")
        case .wrongRole: .nothingSelected
        case .nothingSelected: after(nil as ShareProblem?).map(ShareError.notABundle)
        // Every problem once in each of the five errors that carry one.
        case .notABundle(let problem): after(problem).map(ShareError.notABundle) ?? .notForThisVault
        case .notForThisVault: after(nil as ShareProblem?).map(ShareError.bundleInvalid)
        case .bundleInvalid(let problem): after(problem).map(ShareError.bundleInvalid) ?? .unsupportedVersion(2)
        case .unsupportedVersion: after(nil as ShareProblem?).map(ShareError.badSignature)
        case .badSignature(let problem): after(problem).map(ShareError.badSignature)
            ?? after(nil as ShareProblem?).map(ShareError.receiptInvalid)
        case .receiptInvalid(let problem): after(problem).map(ShareError.receiptInvalid)
            ?? after(nil as ShareProblem?).map(ShareError.receiptBadSignature)
        case .receiptBadSignature(let problem): after(problem).map(ShareError.receiptBadSignature)
            ?? .bundleIdConflict(bundleId: "6f1c2a", caseName: "Dossier A")
        case .bundleIdConflict: .caseKeyMismatch(caseName: "Dossier A", knownFingerprint: "AAAA-BBBB", newFingerprint: "CCCC-DDDD")
        case .caseKeyMismatch: .caseNotFound("Dossier A")
        case .caseNotFound: .unknownBundle("6f1c2a")
        case .unknownBundle: .receiptMismatch
        case .receiptMismatch: .attachmentTooLargeToShare(name: "film.mp4", limit: 8 << 30)
        case .attachmentTooLargeToShare: .entryTooLargeToShare(id: "9907338f", limit: 4 << 20)
        case .entryTooLargeToShare: .tooManyToShare(limit: 100_000)
        case .tooManyToShare: .journalKeyMismatch(bundleId: "6f1c2a", journalId: "0123456789abcdef0123456789abcdef")
        case .journalKeyMismatch: .witnessFileHasEntries
        case .witnessFileHasEntries: .noEvidence
        case .noEvidence: .notSentFromThisJournal
        case .notSentFromThisJournal: .signedByAnother(fingerprint: "K7QD-2MXA-9FHT-3WZR")
        case .signedByAnother: nil
        }
    }

    static func after(_ problem: ShareProblem?) -> ShareProblem? {
        switch problem {
        case nil: .notAgeFile
        case .notAgeFile: .ageHeaderDamaged
        case .ageHeaderDamaged: .agePayloadDamaged
        case .agePayloadDamaged: .tarDamaged
        case .tarDamaged: .unsafeMemberName("../x")
        case .unsafeMemberName: .memberNotAFile
        case .memberNotAFile: .duplicateMember("manifest.json")
        case .duplicateMember: .overLimit
        case .overLimit: .memberOutOfOrder(found: "entries/a.json", expected: "manifest.json")
        case .memberOutOfOrder: .unlistedMember("extra.txt")
        case .unlistedMember: .missingMember("entries/a.json")
        case .missingMember: .memberTooLarge("attachments/a/foto.jpg")
        case .memberTooLarge: .sizeMismatch("entries/a.json")
        case .sizeMismatch: .hashMismatch("entries/a.json")
        case .hashMismatch: .dataAfterEnd
        case .dataAfterEnd: .wrongFormat("manifest.json")
        case .wrongFormat: .malformedJSON("manifest.json")
        case .malformedJSON: .duplicateKey("manifest.json")
        case .duplicateKey: .invalidField(member: "manifest.json", field: "bundleId")
        case .invalidField: .listedTwice("entries/a.json")
        case .listedTwice: .entryMismatch("entries/a.json")
        case .entryMismatch: .signatureMalformed
        case .signatureMalformed: .signatureWrongKey
        case .signatureWrongKey: .signatureInvalid
        case .signatureInvalid: .signedCommentMismatch
        case .signedCommentMismatch: .fingerprintMismatch
        case .fingerprintMismatch: .checkpointMalformed
        case .checkpointMalformed: .checkpointSignatureInvalid
        case .checkpointSignatureInvalid: .revisionNotProven(entry: "9907338f", revision: 2)
        case .revisionNotProven: .disclosureMismatch(entry: "9907338f", revision: 2, field: "narrative")
        case .disclosureMismatch: .pseudonymConflict("Persoon A")
        case .pseudonymConflict: .consistencyMalformed
        case .consistencyMalformed: .cosignatureInvalid
        case .cosignatureInvalid: .cosignedCheckpointUnknown
        case .cosignedCheckpointUnknown: nil
        }
    }

    /// `invalidInput` carries a message its thrower translated already, so it is built in the language under test.
    static func after(_ error: CommandError?, _ t: Localizer) -> CommandError? {
        switch error {
        case nil: .confirmationNeedsTerminal
        case .confirmationNeedsTerminal: .invalidInput(t(.errChooseEntries))
        case .invalidInput: .missing(t(.noDraftToThrowAway))
        case .missing: .recoveryCodeNeedsTerminal(offerNone: true)
        case .recoveryCodeNeedsTerminal(offerNone: true): .recoveryCodeNeedsTerminal(offerNone: false)
        case .recoveryCodeNeedsTerminal: .editorLeftEmpty
        case .editorLeftEmpty: .sentBundleRefused(.bundleInvalid(.tarDamaged))
        case .sentBundleRefused: .adviserVaultMissing(path: "/home/anna/.local/share/meldboek-adviser")
        case .adviserVaultMissing: .restoreTargetExists(path: "/home/anna/.local/share/meldboek")
        case .restoreTargetExists: .recoverySharesNeedTerminal
        case .recoverySharesNeedTerminal: .syncOtherRole(adviser: true)
        case .syncOtherRole(adviser: true): .syncOtherRole(adviser: false)
        case .syncOtherRole: nil
        }
    }

    static func after(_ error: AgeError?) -> AgeError? {
        switch error {
        case nil: .notAgeFile
        case .notAgeFile: .unsupportedVersion
        case .unsupportedVersion: .malformedHeader("stanza")
        case .malformedHeader: .headerMACMismatch
        case .headerMACMismatch: .noMatchingIdentity
        case .noMatchingIdentity: .payloadCorrupt
        case .payloadCorrupt: .truncated
        case .truncated: .trailingData
        case .trailingData: .malformedRecipient
        case .malformedRecipient: .malformedIdentity
        case .malformedIdentity: .armor("line")
        case .armor: nil
        }
    }

    static func after(_ error: TarError?) -> TarError? {
        switch error {
        case nil: .malformedHeader("size")
        case .malformedHeader: .badChecksum
        case .badChecksum: .unsafeName("../x")
        case .unsafeName: .unsupportedType("5")
        case .unsupportedType: .duplicateName("manifest.json")
        case .duplicateName: .tooLarge("foto.jpg")
        case .tooLarge: .truncated
        case .truncated: .trailingData
        case .trailingData: .nameTooLong("x")
        case .nameTooLong: nil
        }
    }

    static func after(_ error: MinisignError?) -> MinisignError? {
        switch error {
        case nil: .malformed("line")
        case .malformed: .unsupportedAlgorithm("Ed")
        case .unsupportedAlgorithm: .keyIDMismatch
        case .keyIDMismatch: .invalidSignature
        case .invalidSignature: .invalidGlobalSignature
        case .invalidGlobalSignature: .invalidTrustedComment
        case .invalidTrustedComment: nil
        }
    }

    static func after(_ error: SodiumError?) -> SodiumError? {
        switch error {
        case nil: .unavailable
        case .unavailable: .outOfMemory
        case .outOfMemory: .invalidLength(what: "key", expected: 32, actual: 31)
        case .invalidLength: .authenticationFailed
        case .authenticationFailed: .invalidPadding
        case .invalidPadding: .keyDerivationFailed
        case .keyDerivationFailed: .invalidEncoding
        case .invalidEncoding: .weakPublicKey
        case .weakPublicKey: .streamTruncated
        case .streamTruncated: .dataAfterFinal
        case .dataAfterFinal: nil
        }
    }

    static func after(_ error: EvidenceError?) -> EvidenceError? {
        switch error {
        case nil: .logNeedsUpgrade(format: 2)
        case .logNeedsUpgrade: .logMelderOnly
        case .logMelderOnly: .logDamaged
        case .logDamaged: .logUnknownCheckpoint(size: 12)
        case .logUnknownCheckpoint: nil
        }
    }

    static func after(_ error: TimestampError?) -> TimestampError? {
        switch error {
        case nil: .notGranted(status: 2, text: "unrecognized or unsupported algorithm identifier")
        case .notGranted(_, .some): .notGranted(status: 5, text: nil)
        case .notGranted: .otherRequest
        case .otherRequest: .wrongNonce
        case .wrongNonce: .wrongImprint
        case .wrongImprint: .untrustedChain
        case .untrustedChain: .certificateExpired(subject: "CN=Example TSA", notAfter: "2020-12-31T00:00:00Z")
        case .certificateExpired: .certificateNotYetValid(subject: "CN=Example TSA", notBefore: "2090-01-01T00:00:00Z")
        case .certificateNotYetValid: .notATimestampCertificate
        case .notATimestampCertificate: .badSignature
        case .badSignature: .timeInFuture(genTime: "2090-01-01T00:00:00Z")
        case .timeInFuture: .unsupportedAlgorithm
        case .unsupportedAlgorithm: .malformed
        case .malformed: .proofMalformed
        case .proofMalformed: .proofForOtherFile
        case .proofForOtherFile: .nothingOutstanding
        case .nothingOutstanding: .alreadyImported
        case .alreadyImported: .trustedRootsUnreadable
        case .trustedRootsUnreadable: nil
        }
    }

    static func after(_ error: DateParseError?) -> DateParseError? {
        switch error {
        case nil: .unrecognized("gisteravond laat")
        case .unrecognized: .empty
        case .empty: .wrongWeekday("maandag 14 oktober 2026", named: 1, day: .day(year: 2026, month: 10, day: 14))
        case .wrongWeekday: .ambiguous("3/4/2026", readings: [.day(year: 2026, month: 4, day: 3), .day(year: 2026, month: 3, day: 4)])
        case .ambiguous: nil
        }
    }

    static func after(_ error: EvidenceFormatError?) -> EvidenceFormatError? {
        switch error {
        case nil: .noteTooLarge(limit: 65536)
        case .noteTooLarge: .noteNotText
        case .noteNotText: .noteUnsigned
        case .noteUnsigned: .noteSignatureLineMalformed(line: 2)
        case .noteSignatureLineMalformed: .noteTooManySignatures(limit: 64)
        case .noteTooManySignatures: .noteSignatureMissing(keyName: "meldboek.journal/0123")
        case .noteSignatureMissing: .noteSignatureInvalid(keyName: "meldboek.journal/0123")
        case .noteSignatureInvalid: .verifierKeyMalformed
        case .verifierKeyMalformed: .checkpointMalformed
        case .checkpointMalformed: .checkpointWrongOrigin(found: "meldboek.journal/4567")
        case .checkpointWrongOrigin: .cosignatureMalformed(keyName: "meldboek.adviser/89ab")
        case .cosignatureMalformed: .proofMalformed
        case .proofMalformed: .proofDoesNotVerify(index: 12)
        case .proofDoesNotVerify: .disclosureMalformed
        case .disclosureMalformed: .pseudonymAmbiguous("Persoon A")
        case .pseudonymAmbiguous: .redactionPhraseInvalid(" Jan")
        case .redactionPhraseInvalid: .stampNotForCheckpoint
        case .stampNotForCheckpoint: nil
        }
    }

    /// Every sample, in the language `t` speaks, with a label for failures.
    static func all(_ t: Localizer) -> [(label: String, error: any Error)] {
        func labelled<E: Error>(_ errors: [E]) -> [(label: String, error: any Error)] {
            errors.map { ("\(E.self).\($0)", $0) }
        }
        return labelled(walk { after($0) as MeldboekError? }) + labelled(walk { after($0) as ShareError? })
            + labelled(walk { after($0, t) }) + labelled(walk { after($0) as AgeError? })
            + labelled(walk { after($0) as TarError? }) + labelled(walk { after($0) as MinisignError? })
            + labelled(walk { after($0) as SodiumError? }) + labelled(walk { after($0) as DateParseError? })
            + labelled(walk { after($0) as EvidenceError? })
            + labelled(walk { after($0) as EvidenceFormatError? })
            + labelled(walk { after($0) as TimestampError? })
            + labelled(walk { after($0) as EditorError? })
            + labelled(walk { after($0) as AgentError? })
            + labelled(walk { after($0) as SyncError? })
    }

    static func after(_ error: SyncError?) -> SyncError? {
        let folder = "/home/anna/Sync/meldboek"
        return switch error {
        case nil: .notJoined
        case .notJoined: .alreadyJoined(path: folder)
        case .alreadyJoined: .folderMissing(path: folder)
        case .folderMissing: .otherJournal(path: folder)
        case .otherJournal: .alreadyInFolder(path: folder)
        case .alreadyInFolder: .nothingToJoin(path: folder)
        case .nothingToJoin: .overlapsVault(path: folder)
        case .overlapsVault: .needsUpgrade(format: 2)
        case .needsUpgrade: .ownFilesMissing(path: folder + "/0123456789abcdef0123456789abcdef")
        case .ownFilesMissing: .vaultBehindFolder(path: folder + "/0123456789abcdef0123456789abcdef")
        case .vaultBehindFolder: .rekeyWhileSynced(path: folder)
        case .rekeyWhileSynced: nil
        }
    }

    static func after(_ error: EditorError?) -> EditorError? {
        switch error {
        case nil: .notFound(command: "code --wait", variable: "EDITOR")
        case .notFound(_, "EDITOR"): .notFound(command: "vi", variable: nil)
        case .notFound: nil
        }
    }
}

@Suite struct ErrorMessageTests {
    static let english = Localizer(.en)
    static let dutch = Localizer(.nl)

    /// The walk reaches every sample once: no branch was skipped over and none loops back.
    @Test func theSampleWalksReachEveryCaseOnce() {
        func distinct<E>(_ errors: [E]) -> Bool { Set(errors.map { "\($0)" }).count == errors.count }
        let meldboek = ErrorSamples.walk { ErrorSamples.after($0) as MeldboekError? }
        #expect(meldboek.count == 86 && distinct(meldboek), "\(meldboek.count)")
        let share = ErrorSamples.walk { ErrorSamples.after($0) as ShareError? }
        #expect(share.count == 193 && distinct(share), "\(share.count)")
        let agent = ErrorSamples.walk { ErrorSamples.after($0) as AgentError? }
        #expect(agent.count == 9 && distinct(agent), "\(agent.count)")
        // Moved out of MeldboekError into the agent's own type, with the exit code they had there.
        for error in agent { #expect(ErrorPresentation(error, Self.english).exitCode == ExitStatus.failure, "\(error)") }
        #expect(ErrorSamples.all(Self.english).count == 86 + 193 + 12 + 11 + 9 + 6 + 10 + 4 + 4 + 17 + 18 + 2 + 9 + 11)
    }

    /// What a Swift or Foundation error's own text looks like when it leaks into a message.
    static func leaks(_ text: String) -> [String] {
        var found: [String] = []
        if text.contains(/\((?!tmpfs\))[A-Za-z_][A-Za-z0-9_.]*\)/) { found.append("(identifier)") }
        if text.contains(/\b[a-z]+[A-Z][A-Za-z0-9]*\(/) { found.append("enumCase(") }
        for marker in ["Error Domain", "NSCocoa", "NSPOSIX", "Swift.", "Foundation.", "`"] where text.contains(marker) {
            found.append(marker)
        }
        if text.contains(/\{[0-9]+\}/) { found.append("{n}") }
        return found
    }

    @Test func everyErrorReadsAsASentenceInBothLanguages() throws {
        let english = ErrorSamples.all(Self.english)
        let dutch = ErrorSamples.all(Self.dutch)
        try #require(english.count == dutch.count)
        for ((label, inEnglish), (_, inDutch)) in zip(english, dutch) {
            let en = try #require(ErrorPresentation.of(inEnglish, Self.english), "\(label) has no presentation")
            let nl = try #require(ErrorPresentation.of(inDutch, Self.dutch), "\(label) has no presentation")
            #expect(!en.message.isEmpty && !nl.message.isEmpty, "\(label)")
            #expect(en.message != nl.message, "\(label): \(en.message)")
            #expect((en.hint == nil) == (nl.hint == nil), "\(label)")
            if let hint = en.hint { #expect(hint != nl.hint, "\(label): \(hint)") }
            #expect(en.exitCode == nl.exitCode, "\(label)")
            for text in [en.message, en.hint ?? "", nl.message, nl.hint ?? ""] {
                #expect(Self.leaks(text).isEmpty, "\(label): \(text) shows \(Self.leaks(text))")
            }
        }
    }

    /// The leak patterns catch what they are for: the messages issue 11 quotes.
    @Test func theLeakPatternsCatchSwiftText() {
        #expect(!Self.leaks("the bundle is damaged: tar: unsupportedType(\"5\")").isEmpty)
        #expect(!Self.leaks("the signature doesn't verify (keyIDMismatch)").isEmpty)
        #expect(!Self.leaks("Error Domain=NSCocoaErrorDomain Code=256").isEmpty)
        #expect(!Self.leaks("case {1} belongs to {2}").isEmpty)
        #expect(Self.leaks("no memory-backed folder (tmpfs) for the editor").isEmpty)
        #expect(Self.leaks("the vault's database failed (SQLite result code 5)").isEmpty)
    }

    /// A Foundation error about a file becomes the translated file problem, not Foundation's English.
    @Test func foundationFileErrorsAreTranslated() throws {
        let error = NSError(domain: NSCocoaErrorDomain, code: 260, userInfo: [
            NSFilePathErrorKey: "/tmp/x", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOENT)),
        ])
        let presentation = try #require(ErrorPresentation.of(error, Self.dutch))
        #expect(presentation.message == "/tmp/x: dat bestand of die map bestaat niet.")
    }

    /// Every sentence shape of the argument parser reads back as a message (and a hint) in English and Dutch.
    @Test func theParsersSentencesAreSaidInBothLanguages() throws {
        typealias Said = (message: Localized, hint: Localized?)
        let shapes: [(sentence: String, said: Said)] = [
            ("Unknown option '--titel'. Did you mean '--title'?",
             (Localized(en: "Unknown option '--titel'.", nl: "Onbekende optie '--titel'."),
              Localized(en: "Did you mean '--title'?", nl: "Bedoelde je '--title'?"))),
            ("Unknown option '-x'", (Localized(en: "Unknown option '-x'.", nl: "Onbekende optie '-x'."), nil)),
            ("Unknown option '-xn'\n   or: Missing value for '-n <n>' in '-xn'",
             (Localized(en: "Unknown option '-xn'.", nl: "Onbekende optie '-xn'."),
              Localized(en: "Or '-n <n>' is missing its value.", nl: "Of bij '-n <n>' ontbreekt de waarde."))),
            ("Missing value for '--title <title>'",
             (Localized(en: "'--title <title>' needs a value.", nl: "'--title <title>' heeft een waarde nodig."), nil)),
            ("Missing expected argument '<id>'",
             (Localized(en: "'<id>' is missing.", nl: "'<id>' ontbreekt."), nil)),
            ("Missing one of: '<a>', '<b>'",
             (Localized(en: "One of these is missing: '<a>', '<b>'.", nl: "Een van deze ontbreekt: '<a>', '<b>'."), nil)),
            ("Unexpected argument 'extra'",
             (Localized(en: "Unexpected argument 'extra'.", nl: "Onverwacht argument 'extra'."), nil)),
            ("2 unexpected arguments: 'a', 'b'",
             (Localized(en: "2 unexpected arguments: 'a', 'b'.", nl: "2 onverwachte argumenten: 'a', 'b'."), nil)),
            ("The option '--json' does not take any value, but 'yes' was specified.",
             (Localized(en: "'--json' takes no value, but was given 'yes'.",
                        nl: "Bij '--json' hoort geen waarde, maar er staat 'yes'."), nil)),
            ("Missing required subcommand.", (Localized(en: "A command is missing.", nl: "Er ontbreekt een opdracht."), nil)),
            ("The value 'hard' is invalid for '--kdf <strength>'. Please provide one of 'interactive', 'moderate' or 'sensitive'.",
             (Localized(en: "'hard' is not a valid value for '--kdf <strength>'.",
                        nl: "'hard' is geen geldige waarde voor '--kdf <strength>'."),
              Localized(en: "Choose 'interactive', 'moderate' or 'sensitive'.", nl: "Kies 'interactive', 'moderate' of 'sensitive'."))),
            ("The value 'fr' is invalid for '--lang <nl|en>'. Please provide one of 'nl' and 'en'.",
             (Localized(en: "'fr' is not a valid value for '--lang <nl|en>'.", nl: "'fr' is geen geldige waarde voor '--lang <nl|en>'."),
              Localized(en: "Choose 'nl' or 'en'.", nl: "Kies 'nl' of 'en'."))),
            ("The value 'x' is invalid for '<count>'",
             (Localized(en: "'x' is not a valid value for '<count>'.", nl: "'x' is geen geldige waarde voor '<count>'."), nil)),
        ]
        for (sentence, said) in shapes {
            let read = try #require(ParserText.mistake(sentence), "\(sentence)")
            #expect(read.message == said.message, "\(sentence)")
            #expect(read.hint == said.hint, "\(sentence)")
        }
    }

    /// A sentence the table doesn't know, ours (already translated) or a new one of the parser's, is left as it is.
    @Test func anUnknownSentenceIsLeftAlone() {
        #expect(ParserText.mistake("geef wat er gebeurde op één manier") == nil)
        #expect(ParserText.mistake("Can't autodetect a supported shell.") == nil)
        #expect(ParserText.mistake("Unknown option '--titel' somewhere else") == nil)
    }

    /// A swapped pair of letters is one slip, not two; case doesn't count; a far word gets no suggestion.
    @Test func theNearestCommandAllowsASlip() {
        #expect(UnknownCommand.editDistance("lsit", "list") == 1)
        #expect(UnknownCommand.editDistance("serach", "search") == 1)
        #expect(UnknownCommand.editDistance("LIST", "list") == 0)
        #expect(UnknownCommand.editDistance("kitten", "sitting") == 3)
        #expect(UnknownCommand.editDistance("", "add") == 3)
        #expect(UnknownCommand.nearest(to: "lsit", among: ["add", "list", "lijst"]) == "list")
        #expect(UnknownCommand.nearest(to: "lijts", among: ["list", "lijst"]) == "lijst")
        #expect(UnknownCommand.nearest(to: "xyzzy", among: ["add", "list", "lijst"]) == nil)
        // Four letters allow one slip, not two.
        #expect(UnknownCommand.nearest(to: "lits", among: ["list"]) == "list")
        #expect(UnknownCommand.nearest(to: "lsti", among: ["list"]) == nil)
    }

    /// `--lang` is taken from anywhere before `--`; the last one wins; one without a value is noted.
    @Test func langIsTakenFromAnywhere() {
        let choice = LanguageChoice(["--lang", "nl", "search", "--lang=en", "x", "--", "--lang", "nl"])
        #expect(choice.language == .en)
        #expect(choice.unknown == nil)
        #expect(choice.remaining == ["search", "x", "--", "--lang", "nl"])
        let unknown = LanguageChoice(["list", "--lang", "fr"])
        #expect(unknown.unknown == "fr" && unknown.language == nil && unknown.remaining == ["list"])
        #expect(!choice.lacksValue && !unknown.lacksValue)
        let last = LanguageChoice(["list", "--lang"])
        #expect(last.lacksValue && last.remaining == ["list"])
        let beforeAnOption = LanguageChoice(["list", "--lang", "--json"])
        #expect(beforeAnOption.lacksValue && beforeAnOption.remaining == ["list", "--json"])
    }

    /// `--vault` before the command moves behind it, before a `--`; other options and a `--vault` without a value stay.
    @Test func vaultBeforeTheCommandMovesBehindIt() {
        #expect(GlobalOptions.movedBehindTheCommand(["--vault", "/k", "show", "id"]) == ["show", "id", "--vault", "/k"])
        #expect(GlobalOptions.movedBehindTheCommand(["--vault=/k", "search", "--", "--vault"])
                == ["search", "--vault=/k", "--", "--vault"])
        #expect(GlobalOptions.movedBehindTheCommand(["--help", "--vault", "/k", "adviser", "cases"])
                == ["--help", "adviser", "cases", "--vault", "/k"])
        #expect(GlobalOptions.movedBehindTheCommand(["list", "--vault", "/k"]) == ["list", "--vault", "/k"])
        #expect(GlobalOptions.movedBehindTheCommand(["--vault", "--json", "list"]) == ["--vault", "--json", "list"])
    }

    /// The command words as typed, through groups and Dutch names, up to an option or an unknown word.
    @Test func theCommandWordsAreFound() {
        let words = { (arguments: [String]) in UnknownCommand.commandWords(in: arguments, root: Meldboek.self) }
        #expect(words(["contacten", "lijst", "--json"]) == (["contacten", "lijst"], nil))
        #expect(words(["add", "list"]) == (["add"], nil))
        #expect(words(["adviser", "improt", "x"]) == (["adviser"], "improt"))
        #expect(words(["--json", "lsit"]) == ([], nil))
        #expect(words(["help", "lsit"]) == ([], nil))
    }
}

/// Dutch a native editor would write: counts in words, no "alle 2", whole sentences.
@Suite struct DutchWordingTests {
    @Test func wordsForCountsAndDurations() {
        let nl = Localizer(.nl), en = Localizer(.en)
        #expect(nl(.previewVersions(2)) == "(met beide versies)")
        #expect(en(.previewVersions(2)) == "(with both versions)")
        #expect(nl(.previewVersions(3)) == "(met alle 3 versies)")
        #expect(nl(.idleTime(120)) == "2 minuten")
        #expect(nl(.idleTime(5400)) == "1 uur en 30 minuten")
        #expect(en(.idleTime(3661)) == "1 hour, 1 minute and 1 second")
        #expect(nl(.problemNotAgeFile) == "het is geen age-bestand, of een dat deze versie niet kan lezen")
    }

    @Test func commandLineSentences() throws {
        let vault = try CLIVault(language: "nl")
        defer { vault.remove() }
        let resume = try vault.run(["add", "--resume", "--title", "x"])
        #expect(resume.status == 64, "\(resume)")
        #expect(resume.stderr.contains("--resume gebruik je zonder andere opties"), "\(resume)")
        let id = try vault.add("Gesprek", ["--text", "Eerst dit."])
        #expect(try vault.succeed(["show", id]).stdout.contains("Opgeschreven: "))
        let adviser = try vault.succeed(["vertrouwenspersoon", "init", "--no-recovery", "--kdf", "test"],
                                        environment: ["MELDBOEK_ADVISER_VAULT": vault.path("vp").path])
        #expect(adviser.stdout.contains("kan niemand, ook jij niet, deze kluis lezen."), "\(adviser)")
        #expect(!adviser.stdout.contains("dagboek"), "\(adviser)")
    }
}
