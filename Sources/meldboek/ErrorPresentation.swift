// The one place errors become translated messages, hints and stable exit codes.
import Foundation
import MeldboekAgent
import MeldboekBackup
import MeldboekCore
import MeldboekEvidence
import MeldboekShare
import MeldboekSync
import MeldboekSodium
import MeldboekTerminal
import MeldboekText

/// Exit codes; documented in Docs/user-guide and stable across releases.
enum ExitStatus {
    static let failure: Int32 = 1
    static let notFound: Int32 = 2
    static let passphrase: Int32 = 3
    static let vault: Int32 = 4
    static let integrity: Int32 = 5
    static let cannotWrite: Int32 = 6
    static let cancelled: Int32 = 7
    /// A bundle or receipt that is not for us, damaged, tampered with, or badly signed.
    static let bundle: Int32 = 8
    static let usage: Int32 = 64
    /// Ctrl-C during the interview: 128 + SIGINT, what a shell reports for a program Ctrl-C stopped.
    static let interrupted: Int32 = 130
}

/// The sentence for what is wrong with a bundle or receipt; names from the file are shown escaped.
func sentence(_ problem: ShareProblem) -> String {
    let name = OutsideText.line
    switch problem {
    case .notAgeFile: return t(.problemNotAgeFile)
    case .ageHeaderDamaged: return t(.problemAgeHeaderDamaged)
    case .agePayloadDamaged: return t(.problemAgePayloadDamaged)
    case .tarDamaged: return t(.problemTarDamaged)
    case .unsafeMemberName(let member): return t(.problemUnsafeMemberName(name(member)))
    case .memberNotAFile: return t(.problemMemberNotAFile)
    case .duplicateMember(let member): return t(.problemDuplicateMember(name(member)))
    case .overLimit: return t(.problemOverLimit)
    case .memberOutOfOrder(let found, let expected): return t(.problemMemberOutOfOrder(name(found), name(expected)))
    case .unlistedMember(let member): return t(.problemUnlistedMember(name(member)))
    case .missingMember(let member): return t(.problemMissingMember(name(member)))
    case .memberTooLarge(let member): return t(.problemMemberTooLarge(name(member)))
    case .sizeMismatch(let member): return t(.problemSizeMismatch(name(member)))
    case .hashMismatch(let member): return t(.problemHashMismatch(name(member)))
    case .dataAfterEnd: return t(.problemDataAfterEnd)
    case .wrongFormat(let member): return t(.problemWrongFormat(name(member)))
    case .malformedJSON(let member): return t(.problemMalformedJSON(name(member)))
    case .duplicateKey(let member): return t(.problemDuplicateKey(name(member)))
    case .invalidField(let member, let field): return t(.problemInvalidField(name(member), name(field)))
    case .listedTwice(let member): return t(.problemListedTwice(name(member)))
    case .entryMismatch(let member): return t(.problemEntryMismatch(name(member)))
    case .signatureMalformed: return t(.problemSignatureMalformed)
    case .signatureWrongKey: return t(.problemSignatureWrongKey)
    case .signatureInvalid: return t(.problemSignatureInvalid)
    case .signedCommentMismatch: return t(.problemSignedCommentMismatch)
    case .fingerprintMismatch: return t(.problemFingerprintMismatch)
    case .checkpointMalformed: return t(.witProblemCheckpointMalformed)
    case .checkpointSignatureInvalid: return t(.witProblemCheckpointSignature)
    case .revisionNotProven(let entry, let revision): return t(.witProblemRevisionNotProven(name(entry), revision))
    case .disclosureMismatch(let entry, let revision, let field):
        return t(.witProblemDisclosureMismatch(name(entry), revision, name(field)))
    case .pseudonymConflict(let pseudonym): return t(.witProblemPseudonymConflict(name(pseudonym)))
    case .consistencyMalformed: return t(.witProblemConsistencyMalformed)
    case .cosignatureInvalid: return t(.witProblemCosignatureInvalid)
    case .cosignedCheckpointUnknown: return t(.witProblemCosignedUnknown)
    }
}

/// What the user sees for an error: one line, maybe a hint, and the exit code.
struct ErrorPresentation {
    var message: String
    var hint: String?
    var exitCode: Int32
    /// The user stopped it themselves (no at a question, Ctrl-C): said as what happened, not as an error.
    var isOwnChoice = false

    init(_ message: String, hint: String? = nil, exitCode: Int32) {
        self.message = message
        self.hint = hint
        self.exitCode = exitCode
    }

    init(_ error: CommandError, _ t: Localizer) {
        switch error {
        case .confirmationNeedsTerminal:
            self.init(t(.errConfirmNeedsTerminal), hint: t(.hintConfirmNeedsTerminal), exitCode: ExitStatus.cancelled)
        case .invalidInput(let message):
            self.init(message, exitCode: ExitStatus.usage)
        case .missing(let message):
            self.init(message, exitCode: ExitStatus.notFound)
        case .recoveryCodeNeedsTerminal(let offerNone):
            self.init(t(.errRecoveryCodeNeedsTerminal),
                      hint: t(offerNone ? .hintRecoveryCodeNeedsTerminal : .hintRecoveryCodeNeedsTerminalForCreate),
                      exitCode: ExitStatus.usage)
        case .recoverySharesNeedTerminal:
            self.init(t(.errRecoverySharesNeedTerminal), hint: t(.hintRecoverySharesNeedTerminal), exitCode: ExitStatus.usage)
        case .sentBundleRefused(let error):
            self.init(error, t, opening: true)
        case .editorLeftEmpty:
            self.init(t(.errEditorLeftEmpty), exitCode: ExitStatus.cancelled)
            isOwnChoice = true
        case .restoreTargetExists(let path):
            self.init(t(.restoreErrTargetExists(path)), hint: t(.restoreHintTargetExists), exitCode: ExitStatus.failure)
        case .syncOtherRole(let adviser):
            self.init(t(adviser ? .syncErrNoAdviserDevices : .syncErrNoMelderDevices), exitCode: ExitStatus.usage)
        case .adviserVaultMissing(let path):
            self.init(t(.errVaultMissing(path)), hint: t(.hintAdviserVaultMissing), exitCode: ExitStatus.vault)
        }
    }

    init(_ error: BackupError, _ t: Localizer) {
        switch error {
        case .insideVault(let path):
            self.init(t(.backupErrInsideVault(path)), hint: t(.backupHintInsideVault), exitCode: ExitStatus.usage)
        case .wrongKey:
            self.init(t(.backupErrWrongKey), hint: t(.backupHintWrongKey), exitCode: ExitStatus.passphrase)
        case .notABackup:
            self.init(t(.backupErrNotABackup), exitCode: ExitStatus.integrity)
        case .damaged(let damage):
            let detail: Localized =
                switch damage {
                case .truncated: .backupDamageTruncated
                case .altered: .backupDamageAltered
                case .unexpectedContent: .backupDamageContent
                case .database: .backupDamageDatabase
                }
            self.init(t(.backupErrDamaged(t(detail))), hint: t(.backupHintDamaged), exitCode: ExitStatus.integrity)
        }
    }

    init(_ error: SyncError, _ t: Localizer) {
        switch error {
        case .notJoined:
            self.init(t(.syncErrNotJoined), hint: t(.syncHintNotJoined), exitCode: ExitStatus.usage)
        case .alreadyJoined(let path):
            self.init(t(.syncErrAlreadyJoined(OutsideText.line(path))), exitCode: ExitStatus.usage)
        case .folderMissing(let path):
            self.init(t(.syncErrFolderMissing(OutsideText.line(path))), hint: t(.syncHintFolderMissing), exitCode: ExitStatus.notFound)
        case .otherJournal(let path):
            self.init(t(.syncErrOtherJournal(OutsideText.line(path))), exitCode: ExitStatus.usage)
        case .alreadyInFolder(let path):
            self.init(t(.syncErrAlreadyInFolder(OutsideText.line(path))), hint: t(.syncHintAlreadyInFolder),
                      exitCode: ExitStatus.usage)
        case .nothingToJoin(let path):
            self.init(t(.syncErrNothingToJoin(OutsideText.line(path))), hint: t(.syncHintNothingToJoin), exitCode: ExitStatus.notFound)
        case .overlapsVault(let path):
            self.init(t(.syncErrOverlapsVault(OutsideText.line(path))), exitCode: ExitStatus.usage)
        case .needsUpgrade(let format):
            self.init(t(.syncErrNeedsUpgrade(format)), hint: t(.logHintNeedsUpgrade), exitCode: ExitStatus.usage)
        case .ownFilesMissing(let path):
            self.init(t(.syncErrOwnFilesMissing(OutsideText.line(path))), hint: t(.syncHintOwnFilesMissing),
                      exitCode: ExitStatus.integrity)
        case .vaultBehindFolder(let path):
            self.init(t(.syncErrVaultBehindFolder(OutsideText.line(path))), hint: t(.syncHintVaultBehindFolder),
                      exitCode: ExitStatus.integrity)
        case .rekeyWhileSynced(let path):
            self.init(t(.syncErrRekeyWhileSynced(OutsideText.line(path))), hint: t(.syncHintRekeyWhileSynced),
                      exitCode: ExitStatus.usage)
        }
    }

    init(_ error: EvidenceError, _ t: Localizer) {
        switch error {
        case .logNeedsUpgrade(let format):
            self.init(t(.logErrNeedsUpgrade(format)), hint: t(.logHintNeedsUpgrade), exitCode: ExitStatus.usage)
        case .logMelderOnly:
            self.init(t(.logErrMelderOnly), exitCode: ExitStatus.usage)
        case .logDamaged:
            self.init(t(.logErrDamaged), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .logUnknownCheckpoint(let size):
            self.init(t(.logErrUnknownCheckpoint(size)), exitCode: ExitStatus.integrity)
        }
    }

    init(_ error: TimestampError, _ t: Localizer) {
        // The authority's own status text and certificate names come from the file: shown escaped, on one line.
        let name = OutsideText.line
        switch error {
        case .notGranted(let status, let text?) where !text.isEmpty:
            self.init(t(.anchorErrNotGranted(status, name(text))), exitCode: ExitStatus.bundle)
        case .notGranted(let status, _):
            self.init(t(.anchorErrNotGrantedBare(status)), exitCode: ExitStatus.bundle)
        case .otherRequest:
            self.init(t(.anchorErrOtherRequest), exitCode: ExitStatus.bundle)
        case .wrongNonce:
            self.init(t(.anchorErrWrongNonce), exitCode: ExitStatus.bundle)
        case .wrongImprint:
            self.init(t(.anchorErrWrongImprint), exitCode: ExitStatus.bundle)
        case .untrustedChain:
            self.init(t(.anchorErrUntrustedChain), hint: t(.anchorHintUntrustedChain), exitCode: ExitStatus.bundle)
        case .certificateExpired(let subject, let notAfter):
            self.init(t(.anchorErrCertificateExpired(name(subject), notAfter)), exitCode: ExitStatus.bundle)
        case .certificateNotYetValid(let subject, let notBefore):
            self.init(t(.anchorErrCertificateNotYetValid(name(subject), notBefore)), exitCode: ExitStatus.bundle)
        case .notATimestampCertificate:
            self.init(t(.anchorErrNotTimestampCertificate), exitCode: ExitStatus.bundle)
        case .badSignature:
            self.init(t(.anchorErrBadSignature), exitCode: ExitStatus.bundle)
        case .timeInFuture(let genTime):
            self.init(t(.anchorErrTimeInFuture(genTime)), hint: t(.anchorHintTimeInFuture), exitCode: ExitStatus.bundle)
        case .unsupportedAlgorithm:
            self.init(t(.anchorErrUnsupportedAlgorithm), exitCode: ExitStatus.bundle)
        case .malformed:
            self.init(t(.anchorErrMalformed), exitCode: ExitStatus.bundle)
        case .proofMalformed:
            self.init(t(.anchorErrProofMalformed), exitCode: ExitStatus.bundle)
        case .proofForOtherFile:
            self.init(t(.anchorErrProofForOtherFile), exitCode: ExitStatus.bundle)
        case .nothingOutstanding:
            self.init(t(.anchorErrNothingOutstanding), hint: t(.anchorHintNothingOutstanding), exitCode: ExitStatus.notFound)
        case .alreadyImported:
            self.init(t(.anchorErrAlreadyImported), exitCode: ExitStatus.usage)
        case .trustedRootsUnreadable:
            self.init(t(.anchorErrRootsUnreadable), exitCode: ExitStatus.usage)
        }
    }

    /// - Parameter opening: The bundle was being opened to be read (`shares open`), not imported: a refusal then
    ///   says that nothing was shown, rather than that nothing was imported.
    init(_ error: ShareError, _ t: Localizer, opening: Bool = false) {
        switch error {
        case .malformedCard:
            self.init(t(.errMalformedCard), hint: t(.hintMalformedCard), exitCode: ExitStatus.usage)
        case .cardKeyUnusable:
            self.init(t(.errCardKeyUnusable), hint: t(.hintCardKeyUnusable), exitCode: ExitStatus.usage)
        case .cardFingerprintMismatch:
            self.init(t(.cardFingerprintMismatch), hint: t(.cardFingerprintMismatchHint), exitCode: ExitStatus.usage)
        case .contactExists(let name):
            self.init(t(.errContactExists(name)), exitCode: ExitStatus.usage)
        case .contactNotFound(let name):
            self.init(t(.errContactNotFound(name)), hint: t(.hintContactNotFound), exitCode: ExitStatus.notFound)
        case .wrongRole(let expected):
            self.init(expected == "melder" ? t(.errWrongRoleMelder) : t(.errWrongRoleAdviser),
                      hint: expected == "melder" ? t(.hintWrongRoleMelder) : t(.hintWrongRoleAdviser),
                      exitCode: ExitStatus.vault)
        case .nothingSelected:
            self.init(t(.errNothingSelected), exitCode: ExitStatus.usage)
        case .notABundle(let problem):
            self.init(t(.errNotABundle(sentence(problem))), exitCode: ExitStatus.bundle)
        case .notForThisVault:
            self.init(t(.errNotForThisVault), hint: t(.hintNotForThisVault), exitCode: ExitStatus.bundle)
        case .bundleInvalid(let problem):
            self.init(t(opening ? .errSentBundleInvalid(sentence(problem)) : .errBundleInvalid(sentence(problem))),
                      exitCode: ExitStatus.bundle)
        case .unsupportedVersion(let version):
            self.init(t(.errUnsupportedVersion(version)), hint: t(.hintNewerFormat), exitCode: ExitStatus.bundle)
        case .badSignature(let problem):
            self.init(t(opening ? .errSentBadSignature(sentence(problem)) : .errBadSignature(sentence(problem))),
                      exitCode: ExitStatus.bundle)
        case .receiptInvalid(let problem):
            self.init(t(.errReceiptInvalid(sentence(problem))), exitCode: ExitStatus.bundle)
        case .receiptBadSignature(let problem):
            self.init(t(.errReceiptBadSignature(sentence(problem))), exitCode: ExitStatus.bundle)
        case .bundleIdConflict(let bundleId, let caseName):
            self.init(t(.errBundleIdConflict(bundleId, caseName)), hint: t(.hintBundleIdConflict), exitCode: ExitStatus.bundle)
        case .caseKeyMismatch(let name, let known, let new):
            self.init(t(.errCaseKeyMismatch(name, known, new)), hint: t(.hintCaseKeyMismatch), exitCode: ExitStatus.bundle)
        case .caseNotFound(let name):
            self.init(t(.errCaseNotFound(name)), hint: t(.hintCaseNotFound), exitCode: ExitStatus.notFound)
        case .unknownBundle(let id):
            self.init(t(.errUnknownBundle(id)), exitCode: ExitStatus.bundle)
        case .receiptMismatch:
            self.init(t(.errReceiptMismatch), exitCode: ExitStatus.bundle)
        case .attachmentTooLargeToShare(let name, let limit):
            self.init(t(.errAttachmentTooLargeToShare(name, limit)), hint: t(.hintAttachmentTooLargeToShare),
                      exitCode: ExitStatus.usage)
        case .entryTooLargeToShare(let id, let limit):
            self.init(t(.errEntryTooLargeToShare(id, limit)), exitCode: ExitStatus.usage)
        case .tooManyToShare(let limit):
            self.init(t(.errTooManyToShare(limit)), hint: t(.hintTooManyToShare), exitCode: ExitStatus.usage)
        case .journalKeyMismatch(let bundleId, let journalId):
            self.init(t(.witErrJournalKeyMismatch(bundleId, journalId)), hint: t(.witHintJournalKeyMismatch),
                      exitCode: ExitStatus.bundle)
        case .witnessFileHasEntries:
            self.init(t(.witErrWitnessHasEntries), hint: t(.witHintWitnessHasEntries), exitCode: ExitStatus.usage)
        case .noEvidence:
            self.init(t(.witErrNoEvidence), exitCode: ExitStatus.bundle)
        case .notSentFromThisJournal:
            self.init(t(.notSentFromThisJournal), hint: t(.notSentFromThisJournalHint), exitCode: ExitStatus.bundle)
        case .signedByAnother(let fingerprint):
            self.init(t(.signedByAnother(fingerprint: OutsideText.line(fingerprint))), exitCode: ExitStatus.bundle)
        }
    }

    init(_ error: MeldboekError, _ t: Localizer) {
        switch error {
        case .vaultMissing(let path):
            self.init(t(.errVaultMissing(path)), hint: t(.hintVaultMissing), exitCode: ExitStatus.vault)
        case .vaultExists(let path):
            self.init(t(.errVaultExists(path)), exitCode: ExitStatus.vault)
        case .folderNotEmpty(let path):
            self.init(t(.errFolderNotEmpty(path)), hint: t(.hintFolderNotEmpty), exitCode: ExitStatus.vault)
        case .notAVault(let path):
            self.init(t(.errNotAVault(path)), exitCode: ExitStatus.vault)
        case .vaultDamaged(let path):
            self.init(t(.errVaultDamaged(path)), hint: t(.hintVaultDamaged), exitCode: ExitStatus.integrity)
        case .newerFormat(let found, let supported):
            self.init(t(.errNewerFormat(found, supported)), hint: t(.hintNewerFormat), exitCode: ExitStatus.vault)
        case .vaultSettingsDamaged(let path, let setting, let value):
            self.init(t(.errVaultSettingsDamaged(path, setting, value)), exitCode: ExitStatus.integrity)
        case .vaultNotOwned(let path, let owner):
            self.init(t(.errVaultNotOwned(path, owner)), exitCode: ExitStatus.vault)
        case .vaultFileIsLink(let path):
            self.init(t(.errVaultFileIsLink(path)), exitCode: ExitStatus.vault)
        case .wrongPassphrase:
            self.init(t(.errWrongPassphrase), exitCode: ExitStatus.passphrase)
        case .passphraseUnavailable:
            self.init(t(.errPassphraseUnavailable), hint: t(.hintLocked), exitCode: ExitStatus.passphrase)
        case .currentPassphraseUnavailable:
            self.init(t(.errCurrentPassphraseUnavailable), exitCode: ExitStatus.passphrase)
        case .newPassphraseUnavailable:
            self.init(t(.errNewPassphraseUnavailable), exitCode: ExitStatus.passphrase)
        case .passphraseTooLong(let limit):
            self.init(t(.errPassphraseTooLong(limit)), exitCode: ExitStatus.passphrase)
        case .passphraseMismatch:
            self.init(t(.errPassphraseMismatch), exitCode: ExitStatus.passphrase)
        case .passphraseEmpty:
            self.init(t(.errPassphraseEmpty), exitCode: ExitStatus.passphrase)
        case .passphraseCommandFailed(let status):
            self.init(t(.errPassphraseCommand(status)), exitCode: ExitStatus.passphrase)
        case .recoveryCodeWordCount(let found):
            self.init(t(.errRecoveryCodeWordCount(found)), hint: t(.hintRecoveryCodeWords), exitCode: ExitStatus.passphrase)
        case .recoveryCodeUnknownWord(let position):
            self.init(t(.errRecoveryCodeUnknownWord(position)), hint: t(.hintRecoveryCodeWords),
                      exitCode: ExitStatus.passphrase)
        case .recoveryCodeMistyped:
            self.init(t(.errRecoveryCodeMistyped), hint: t(.hintRecoveryCodeWords), exitCode: ExitStatus.passphrase)
        case .wrongRecoveryCode:
            self.init(t(.errWrongRecoveryCode), hint: t(.hintWrongRecoveryCode), exitCode: ExitStatus.passphrase)
        case .noRecoveryCode:
            self.init(t(.errNoRecoveryCode), hint: t(.hintNoRecoveryCode), exitCode: ExitStatus.passphrase)
        case .recoveryCodeUnavailable:
            self.init(t(.errRecoveryCodeUnavailable), exitCode: ExitStatus.passphrase)
        case .recoveryCodeNotConfirmed:
            self.init(t(.errRecoveryCodeNotConfirmed), hint: t(.hintRecoveryCodeNotConfirmed),
                      exitCode: ExitStatus.passphrase)
        case .recoverySlotDamaged:
            self.init(t(.errRecoverySlotDamaged), hint: t(.hintRecoverySlotDamaged), exitCode: ExitStatus.integrity)
        case .recoveryShareWordCount(let share, let found):
            self.init(t(.errRecoveryShareWordCount(share: share, found: found)), hint: t(.hintRecoveryCodeWords),
                      exitCode: ExitStatus.passphrase)
        case .recoveryShareUnknownWord(let share, let position):
            self.init(t(.errRecoveryShareUnknownWord(share: share, position: position)), hint: t(.hintRecoveryCodeWords),
                      exitCode: ExitStatus.passphrase)
        case .recoveryShareMistyped(let share):
            self.init(t(.errRecoveryShareMistyped(share: share)), hint: t(.hintRecoveryCodeWords),
                      exitCode: ExitStatus.passphrase)
        case .recoveryShareMalformed(let share):
            self.init(t(.errRecoveryShareMalformed(share: share)), exitCode: ExitStatus.passphrase)
        case .recoveryShareFromOtherSplit:
            self.init(t(.errRecoveryShareFromOtherSplit), hint: t(.hintRecoveryShareFromOtherSplit),
                      exitCode: ExitStatus.passphrase)
        case .recoveryShareRepeated(let member):
            self.init(t(.errRecoveryShareRepeated(member: member)), hint: t(.hintRecoveryShareRepeated),
                      exitCode: ExitStatus.passphrase)
        case .recoverySharesTooFew(let found, let needed):
            self.init(t(.errRecoverySharesTooFew(found: found, needed: needed)), hint: t(.hintRecoverySharesTooFew),
                      exitCode: ExitStatus.passphrase)
        case .recoverySharesDontFit:
            self.init(t(.errRecoverySharesDontFit), exitCode: ExitStatus.integrity)
        case .recoverySharesNotACode:
            self.init(t(.errRecoverySharesNotACode), exitCode: ExitStatus.passphrase)
        case .recoverySharesWrongCode:
            self.init(t(.errRecoverySharesWrongCode), hint: t(.hintRecoverySharesWrongCode), exitCode: ExitStatus.passphrase)
        case .recoverySharesUnavailable:
            self.init(t(.errRecoverySharesUnavailable), exitCode: ExitStatus.passphrase)
        case .keySlotsDamaged:
            self.init(t(.errKeySlotsDamaged), exitCode: ExitStatus.integrity)
        case .entryNotFound(let reference):
            self.init(t(.errEntryNotFound(reference)), hint: t(.hintEntryNotFound), exitCode: ExitStatus.notFound)
        case .entryAmbiguous(let reference, let matches):
            self.init(t(.entryAmbiguous(OutsideText.line(reference), count: matches.count)),
                      hint: t(.entryAmbiguousMatches(matches)), exitCode: ExitStatus.notFound)
        case .attachmentNotFound(let entry, let name):
            self.init(t(.errAttachmentNotFound(entry, name)), exitCode: ExitStatus.notFound)
        case .attachmentExists(let name):
            self.init(t(.errAttachmentExists(name)), hint: t(.hintAttachmentExists), exitCode: ExitStatus.usage)
        case .unknownCategory(let text):
            self.init(t(.errUnknownCategory(text)), hint: t(.hintUnknownCategory), exitCode: ExitStatus.usage)
        case .ambiguousCategory(let text, let choices):
            self.init(t(.ambiguousCategory(OutsideText.line(text), choices: choices)),
                      hint: t(.ambiguousCategoryHint(choices)), exitCode: ExitStatus.usage)
        case .unknownRole(let text):
            self.init(t(.errUnknownRole(text)), hint: t(.hintUnknownRole), exitCode: ExitStatus.usage)
        case .ambiguousRole(let text, let person, let choices):
            self.init(t(.ambiguousRole(OutsideText.line(text), person: person, choices: choices)),
                      hint: t(.ambiguousRoleHint(OutsideText.line(text), person: OutsideText.line(person),
                                                 choices: choices)),
                      exitCode: ExitStatus.usage)
        case .personWithoutName(let text):
            self.init(t(.errPersonWithoutName(OutsideText.line(text))), hint: t(.hintPersonWithoutName),
                      exitCode: ExitStatus.usage)
        case .unreadableDate(let text):
            self.init(t(.errUnreadableDate(text)), hint: t(.hintUnreadableDate), exitCode: ExitStatus.usage)
        case .nothingToRecord:
            self.init(t(.errNothingToRecord), exitCode: ExitStatus.usage)
        case .recordCorrupt(let seq):
            self.init(t(.errRecordCorrupt(seq)), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .unreadableRecords(let count):
            self.init(t(.errUnreadableRecords(count)), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .headDamaged:
            self.init(t(.errHeadDamaged), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .journalDamaged:
            self.init(t(.errJournalDamaged), hint: t(.hintJournalIncomplete), exitCode: ExitStatus.integrity)
        case .journalIncomplete:
            self.init(t(.errJournalIncomplete), hint: t(.hintJournalIncomplete), exitCode: ExitStatus.integrity)
        case .amendWithUnreadableRecords(let count):
            self.init(t(.errAmendUnreadable(count)), hint: t(.hintVerify),
                      exitCode: ExitStatus.integrity)
        case .identityDamaged:
            self.init(t(.errIdentityDamaged), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .rewriteFailed:
            self.init(t(.errRewriteFailed), exitCode: ExitStatus.failure)
        case .rewriteNeedsIntactJournal:
            self.init(t(.errRewriteNeedsIntact), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .olderThanSeen:
            self.init(t(.errOlderThanSeen), hint: t(.hintOlderThanSeen), exitCode: ExitStatus.integrity)
        case .alreadyUpgraded(let format):
            self.init(t(.errAlreadyUpgraded(format)), exitCode: ExitStatus.usage)
        case .attachmentCorrupt(let name):
            self.init(t(.errAttachmentCorrupt(name)), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .readOnly(let path):
            self.init(t(.errReadOnly(path)), exitCode: ExitStatus.cannotWrite)
        case .diskFull:
            self.init(t(.errDiskFull), exitCode: ExitStatus.cannotWrite)
        case .fileExists(let path):
            self.init(t(.errFileExists(path)), hint: t(.hintFileExists), exitCode: ExitStatus.failure)
        case .io(let path, let reason):
            self.init(t(.errIO(path, Self.text(reason, t))), exitCode: ExitStatus.failure)
        case .noPrivateTemporaryFolder:
            self.init(t(.errNoTmpfs), hint: t(.hintNoTmpfs), exitCode: ExitStatus.failure)
        case .editorFailed(let status):
            self.init(t(.errEditorFailed(status)), exitCode: ExitStatus.failure)
        case .cancelled:
            self.init(t(.errCancelled), exitCode: ExitStatus.cancelled)
            isOwnChoice = true
        case .interrupted:
            self.init(t(.errInterrupted), exitCode: ExitStatus.interrupted)
            isOwnChoice = true
        case .inputEnded:
            // Only the interview throws it: Ctrl-D at a question is the melder's own stop, as Ctrl-C and no are.
            self.init(t(.errInputEnded), exitCode: ExitStatus.cancelled)
            isOwnChoice = true
        case .noDraft:
            self.init(t(.noDraft), hint: t(.noDraftHint), exitCode: ExitStatus.notFound)
        case .draftChanged:
            self.init(t(.draftChanged), exitCode: ExitStatus.cancelled)
        case .draftUnreadable:
            self.init(t(.draftUnreadable), hint: t(.draftUnreadableHint), exitCode: ExitStatus.vault)
        case .cryptoFailure:
            self.init(t(.errCrypto), exitCode: ExitStatus.failure)
        case .storage(let code):
            self.init(t(.errStorage(code)), exitCode: ExitStatus.failure)
        }
    }

    init(_ error: AgentError, _ t: Localizer) {
        switch error {
        case .folderUnsafe(let path):
            self.init(t(.errAgentFolderUnsafe(path)), exitCode: ExitStatus.failure)
        case .running, .unreachable:
            self.init(t(.errAgentUnreachable), exitCode: ExitStatus.failure)
        case .pathTooLong(let path):
            self.init(t(.errAgentPathTooLong(path)), hint: t(.hintAgentPathTooLong), exitCode: ExitStatus.failure)
        case .failed(let problem):
            self.init(t(.errAgentFailed(Self.text(problem, t))), exitCode: ExitStatus.failure)
        }
    }

    init(_ error: AgeError, _ t: Localizer) {
        switch error {
        case .noMatchingIdentity:
            self.init(t(.errNotForThisVault), hint: t(.hintNotForThisVault), exitCode: ExitStatus.bundle)
        case .notAgeFile, .unsupportedVersion, .malformedHeader, .malformedRecipient, .malformedIdentity, .armor:
            self.init(t(.errAgeNotEncrypted), exitCode: ExitStatus.bundle)
        case .headerMACMismatch, .payloadCorrupt, .truncated, .trailingData:
            self.init(t(.errAgeDamaged), exitCode: ExitStatus.bundle)
        }
    }

    init(_ error: TarError, _ t: Localizer) {
        switch error {
        case .malformedHeader, .badChecksum, .unsafeName, .unsupportedType, .duplicateName, .tooLarge, .truncated,
             .trailingData, .nameTooLong:
            self.init(t(.errTarDamaged), exitCode: ExitStatus.bundle)
        }
    }

    init(_ error: MinisignError, _ t: Localizer) {
        switch error {
        case .malformed, .unsupportedAlgorithm, .keyIDMismatch, .invalidSignature, .invalidGlobalSignature,
             .invalidTrustedComment:
            self.init(t(.errMinisignFailed), exitCode: ExitStatus.bundle)
        }
    }

    init(_ error: SodiumError, _ t: Localizer) {
        switch error {
        case .unavailable, .outOfMemory:
            self.init(t(.errSodiumUnavailable), exitCode: ExitStatus.failure)
        case .keyDerivationFailed:
            self.init(t(.errCrypto), exitCode: ExitStatus.failure)
        case .authenticationFailed, .invalidPadding, .streamTruncated, .dataAfterFinal:
            self.init(t(.errSodiumDamaged), hint: t(.hintVerify), exitCode: ExitStatus.integrity)
        case .invalidLength, .invalidEncoding, .weakPublicKey:
            self.init(t(.errSodiumMalformed), exitCode: ExitStatus.failure)
        }
    }

    /// Evidence from outside (notes, checkpoints, proofs, disclosures) that is damaged or doesn't check.
    init(_ error: EvidenceFormatError, _ t: Localizer) {
        let name = OutsideText.line
        let bad = ExitStatus.bundle
        switch error {
        case .noteTooLarge(let limit): self.init(t(.evidenceFormatNoteTooLarge(limit)), exitCode: bad)
        case .noteNotText: self.init(t(.evidenceFormatNoteNotText), exitCode: bad)
        case .noteUnsigned: self.init(t(.evidenceFormatNoteUnsigned), exitCode: bad)
        case .noteSignatureLineMalformed(let line): self.init(t(.evidenceFormatNoteSignatureLineMalformed(line)), exitCode: bad)
        case .noteTooManySignatures(let limit): self.init(t(.evidenceFormatNoteTooManySignatures(limit)), exitCode: bad)
        case .noteSignatureMissing(let key): self.init(t(.evidenceFormatNoteSignatureMissing(name(key))), exitCode: bad)
        case .noteSignatureInvalid(let key): self.init(t(.evidenceFormatNoteSignatureInvalid(name(key))), exitCode: bad)
        case .verifierKeyMalformed: self.init(t(.evidenceFormatVerifierKeyMalformed), exitCode: bad)
        case .checkpointMalformed: self.init(t(.evidenceFormatCheckpointMalformed), exitCode: bad)
        case .checkpointWrongOrigin(let origin): self.init(t(.evidenceFormatCheckpointWrongOrigin(name(origin))), exitCode: bad)
        case .cosignatureMalformed(let key): self.init(t(.evidenceFormatCosignatureMalformed(name(key))), exitCode: bad)
        case .proofMalformed: self.init(t(.evidenceFormatProofMalformed), exitCode: bad)
        case .proofDoesNotVerify(let index): self.init(t(.evidenceFormatProofDoesNotVerify(index)), exitCode: bad)
        case .disclosureMalformed: self.init(t(.evidenceFormatDisclosureMalformed), exitCode: bad)
        case .pseudonymAmbiguous(let pseudonym): self.init(t(.evidenceFormatPseudonymAmbiguous(name(pseudonym))), exitCode: bad)
        case .redactionPhraseInvalid(let phrase):
            self.init(t(.evidenceFormatRedactionPhraseInvalid(name(phrase))), exitCode: ExitStatus.usage)
        case .stampNotForCheckpoint: self.init(t(.evidenceFormatStampNotForCheckpoint), exitCode: bad)
        }
    }

    init(_ error: EditorError, _ t: Localizer) {
        switch error {
        case .notFound(let command, let variable):
            self.init(t(.editorNotFound(program: OutsideText.line(EditorError.program(of: command)), variable: variable)),
                      hint: t(.editorNotFoundHint(variable: variable)), exitCode: ExitStatus.failure)
        }
    }

    init(_ error: DateParseError, _ t: Localizer) {
        switch error {
        case .unrecognized(let text):
            self.init(MeldboekError.unreadableDate(text), t)
        case .empty:
            self.init(MeldboekError.unreadableDate(""), t)
        case .wrongWeekday, .ambiguous:
            let message = Localized.dateRefusal(error, timeZone: .current).map(t.callAsFunction) ?? ""
            self.init(message, hint: Localized.dateRefusalHint(error).map(t.callAsFunction), exitCode: ExitStatus.usage)
        }
    }

    /// The presentation of any error the library or the system raises; nil only for the
    /// argument parser's own (usage, help, version), which it shows itself.
    static func of(_ error: Error, _ t: Localizer) -> ErrorPresentation? {
        switch error {
        case let error as MeldboekError: return ErrorPresentation(error, t)
        case let error as ShareError: return ErrorPresentation(error, t)
        case let error as EvidenceError: return ErrorPresentation(error, t)
        case let error as CommandError: return ErrorPresentation(error, t)
        case let error as BackupError: return ErrorPresentation(error, t)
        case let error as SyncError: return ErrorPresentation(error, t)
        case let error as AgeError: return ErrorPresentation(error, t)
        case let error as TarError: return ErrorPresentation(error, t)
        case let error as MinisignError: return ErrorPresentation(error, t)
        case let error as SodiumError: return ErrorPresentation(error, t)
        case let error as DateParseError: return ErrorPresentation(error, t)
        case let error as EvidenceFormatError: return ErrorPresentation(error, t)
        case let error as TimestampError: return ErrorPresentation(error, t)
        case let error as EditorError: return ErrorPresentation(error, t)
        case let error as AgentError: return ErrorPresentation(error, t)
        default:
            let error = error as NSError
            if error.domain == NSPOSIXErrorDomain {
                let path = error.userInfo[NSFilePathErrorKey] as? String ?? "-"
                return ErrorPresentation(MeldboekError.io(path: path, reason: FileProblem(errno: Int32(error.code))), t)
            }
            if error.domain == NSCocoaErrorDomain,
               let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
               underlying.domain == NSPOSIXErrorDomain {
                let path = error.userInfo[NSFilePathErrorKey] as? String ?? "-"
                return ErrorPresentation(MeldboekError.io(path: path, reason: FileProblem(errno: Int32(underlying.code))), t)
            }
            return nil
        }
    }

    /// What a user reads for an error nothing above names: never the error's own text,
    /// which is English at best and a Swift type name at worst.
    static func unexpected(_ t: Localizer) -> ErrorPresentation {
        ErrorPresentation(t(.errUnexpected), hint: t(.hintUnexpected), exitCode: ExitStatus.failure)
    }

    /// Why a file could not be read or written, as a sentence.
    static func text(_ problem: FileProblem, _ t: Localizer) -> String {
        switch problem {
        case .notFound: t(.ioNotFound)
        case .permissionDenied: t(.ioPermissionDenied)
        case .isFolder: t(.ioIsFolder)
        case .notARegularFile: t(.ioNotARegularFile)
        case .notAFolder: t(.ioNotAFolder)
        case .nameTooLong: t(.ioNameTooLong)
        case .tooManyLinks: t(.ioTooManyLinks)
        case .tooManyOpenFiles: t(.ioTooManyOpenFiles)
        case .inputOutput: t(.ioInputOutput)
        case .system(let code): t(.ioSystem(code))
        }
    }

    /// Why the unlock agent did not start, as a sentence.
    static func text(_ problem: AgentProblem, _ t: Localizer) -> String {
        switch problem {
        case .system(let code): t(.ioSystem(code))
        case .keyNotTaken: t(.agentProblemKeyNotTaken)
        case .noAnswer: t(.agentProblemNoAnswer)
        case .ended: t(.agentProblemEnded)
        case .noSocketFolder: t(.agentProblemNoSocketFolder)
        }
    }
}
