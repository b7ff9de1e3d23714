// Every message, label and help text, in English and Dutch.
// Each case must be given in both languages: a missing translation does not compile.

/// A piece of text the interface shows; `{1}`, `{2}`, … stand for arguments.
public enum Message: String, CaseIterable, Sendable {
    case rootAbstract
    case initAbstract
    case addAbstract
    case listAbstract
    case showAbstract
    case amendAbstract
    case searchAbstract
    case tagAbstract
    case attachAbstract
    case attachmentAbstract
    case attachmentSaveAbstract
    case deleteAbstract
    case passwdAbstract
    case verifyAbstract
    case exportAbstract
    case helpVault
    case helpLang
    case helpJSON
    case helpKDF
    case helpTitle
    case helpWhen
    case helpWhenApprox
    case helpWhere
    case helpPerson
    case helpWitness
    case helpCategory
    case helpTag
    case helpImpact
    case helpAction
    case helpText
    case helpStdin
    case helpEditor
    case helpAttach
    case helpAppend
    case helpRemovePerson
    case helpRemoveWitness
    case helpRemoveCategory
    case helpRemoveTag
    case helpSince
    case helpUntil
    case helpFilterCategory
    case helpFilterPerson
    case helpFilterTag
    case helpLimit
    case helpID
    case helpHistory
    case helpSearchWords
    case helpTags
    case helpRemove
    case helpFiles
    case helpAttachmentName
    case helpOut
    case helpYes
    case helpFormat
    case vaultCreated
    case vaultCreatedHint
    case entryAdded
    case entryAmended
    case nothingChanged
    case attached
    case attachmentSaved
    case deleteConfirm
    case deleted
    case passphraseChanged
    case askPassphrase
    case askNewPassphrase
    case askRepeatPassphrase
    case verifyOK
    case verifyFailed
    case problemAltered
    case problemOutOfChain
    case problemMissing
    case problemReappeared
    case problemHead
    case problemAttachment
    case ofEntry
    case noEntries
    case plaintextWarning
    case exported
    case unreadableWarning
    case labelEntry
    case labelTitle
    case labelWhen
    case labelRecorded
    case labelAmended
    case labelWhere
    case labelPeople
    case labelWitnesses
    case labelCategories
    case labelTags
    case labelNarrative
    case labelImpact
    case labelActions
    case labelAttachments
    case labelVersion
    case labelVersions
    case labelDateUnknown
    case exportTitle
    case exportedAt
    case errVaultMissing
    case hintVaultMissing
    case errVaultExists
    case errNotAVault
    case errNewerFormat
    case hintNewerFormat
    case errWrongPassphrase
    case errPassphraseUnavailable
    case errPassphraseMismatch
    case errPassphraseEmpty
    case errPassphraseCommand
    case errEntryNotFound
    case hintEntryNotFound
    case errEntryAmbiguous
    case hintEntryAmbiguous
    case errAttachmentNotFound
    case errAttachmentExists
    case hintAttachmentExists
    case errUnknownCategory
    case hintUnknownCategory
    case errUnknownRole
    case hintUnknownRole
    case errUnreadableDate
    case hintUnreadableDate
    case errNothingToRecord
    case errRecordCorrupt
    case hintVerify
    case errUnreadableRecords
    case errAttachmentCorrupt
    case errReadOnly
    case errDiskFull
    case errIO
    case errNoTmpfs
    case hintNoTmpfs
    case errEditorFailed
    case errCancelled
    case errCrypto
    case errStorage
    case errConfirmNeedsTerminal
    case hintConfirmNeedsTerminal
    case errInput
    case errOneNarrativeSource
    case errWhenTwice
    case errBadLimit

    case yourFingerprint
    case contactsAbstract
    case contactsAddAbstract
    case contactsListAbstract
    case contactsRemoveAbstract
    case helpContactName
    case helpCard
    case contactAdded
    case compareFingerprint
    case noContacts
    case contactRemoved
    case shareAbstract
    case helpTo
    case helpShareIDs
    case helpAll
    case helpWithoutAttachments
    case helpNote
    case errChooseEntries
    case pseudonym
    case previewHeader
    case previewRedacted
    case previewNote
    case previewVersions
    case previewAttachment
    case sharesAbstract
    case noShares
    case receiptReceived
    case receiptNone
    case receiptsAbstract
    case receiptsImportAbstract
    case helpReceiptFile
    case receiptKnown
    case receiptRecorded
    case adviserAbstract
    case adviserInitAbstract
    case adviserCardAbstract
    case adviserExportIdentityAbstract
    case identityWarning
    case identityConfirm
    case identityWritten
    case adviserImportAbstract
    case helpBundleFile
    case helpCaseName
    case helpAcceptNewKey
    case helpReceiptOut
    case importAlready
    case caseOpened
    case imported
    case receiptWritten
    case adviserCasesAbstract
    case noCases
    case caseSummary
    case adviserShowAbstract
    case adviserNoteAbstract
    case helpNoteText
    case noteAdded
    case caseHeader
    case caseBundle
    case fromBundle
    case caseNotes
    case errMalformedCard
    case hintMalformedCard
    case errContactExists
    case errContactNotFound
    case hintContactNotFound
    case errWrongRoleMelder
    case hintWrongRoleMelder
    case errWrongRoleAdviser
    case hintWrongRoleAdviser
    case errNothingSelected
    case errNotABundle
    case errNotForThisVault
    case hintNotForThisVault
    case errBundleInvalid
    case errUnsupportedVersion
    case errBadSignature
    case errCaseKeyMismatch
    case hintCaseKeyMismatch
    case errCaseNotFound
    case hintCaseNotFound
    case errUnknownBundle
    case errReceiptMismatch
    case problemHeadAltered
    case errNewPassphraseUnavailable
    case errPassphraseTooLong
    case errFileExists
    case hintFileExists
    case errFolderNotEmpty
    case hintFolderNotEmpty
    case yourAdviserCard
    case unlockAbstract
    case lockAbstract
    case statusAbstract
    case helpUnlockFor
    case helpAdviserVault
    case unlockedUntil
    case lockedNow
    case wasNotUnlocked
    case statusUnlocked
    case statusLocked
    case sessionEndedAfterPasswd
    case errAgentFolderUnsafe
    case errAgentUnreachable
    case errAgentPathTooLong
    case hintAgentPathTooLong
    case errAgentFailed
    case hintLocked
    case errBadDuration
    case statsAbstract
    case reportAbstract
    case adviserReportAbstract
    case helpReportFormat
    case helpReportRedact
    case reportWritten
    case reportTitle
    case reportCaseTitle
    case reportMadeAt
    case reportConfidential
    case reportPeriod
    case reportEntryCount
    case reportOverview
    case reportChartTitle
    case reportChartNote
    case reportUndated
    case reportNoChart
    case reportNoKind
    case reportPeopleTitle
    case reportColumnWho
    case reportColumnRole
    case reportColumnCount
    case reportColumnFirst
    case reportColumnLast
    case reportColumnName
    case reportColumnSize
    case reportColumnKind
    case reportColumnMonth
    case reportColumnPlace
    case reportColumnBundle
    case reportColumnMade
    case reportColumnReceived
    case reportColumnVersion
    case reportColumnChanges
    case reportRepeated
    case reportRepeatedNote
    case reportEntriesTitle
    case reportHappened
    case reportSameDay
    case reportHistory
    case reportFirstVersion
    case reportChanged
    case reportNoChange
    case reportEarlier
    case reportFromBundle
    case reportBundlesTitle
    case reportSenderKey
    case reportBytes
    case statsTotal
    case statsUndated
    case statsPerKind
    case statsPerMonth
    case statsPerPerson
    case statsPerPlace
    case interviewIntro
    case askNarrative
    case askTitleInstead
    case askWhen
    case whenUnderstood
    case whenOwnWords
    case whenLeftOpen
    case askWhere
    case askPeople
    case askRole
    case rolePrompt
    case badChoice
    case askWitnesses
    case askCategories
    case categoryPrompt
    case explainSexualHarassment
    case explainAggression
    case explainDiscrimination
    case explainBullying
    case explainIntegrity
    case explainOther
    case askImpact
    case askActions
    case askFiles
    case fileMissing
    case fileIsFolder
    case fileUnreadable
    case fileNameTaken
    case summaryHeader
    case confirmSave
    case confirmAmend
    case answerYesNo
    case amendIntro
    case currentValue
    case currentEmpty
    case askNarrativeAddition
    case askKeepLine
    case askReplaceText
    case askAmendList
    case notOnList
    case askAmendCategories
    case errInterrupted
    case errInputEnded
    case addDiscussion
    case amendDiscussion
    case errHeadDamaged
    case errJournalIncomplete
    case hintJournalIncomplete
    case errAmendUnreadableOne
    case errAmendUnreadableOther
    case errIdentityDamaged
    case errRewriteFailed
    case errRewriteNeedsIntact
    case errAlreadyUpgraded
    case warnHeadDamaged
    case warnOutsideChainOne
    case warnOutsideChainOther
    case warnMissingOne
    case warnMissingOther
    case warnExtraOne
    case warnExtraOther
    case warnEndBroken
    case warnOldFormat
    case warnRollbackOlder
    case warnRollbackDiverged
    case journalFingerprint
    case problemOutsideChain
    case problemRemovedCount
    case verifyExpectFound
    case verifyExpectDiffers
    case verifyExpectUnknown
    case verifyExpectBeyond
    case helpExpect
    case errBadFingerprint
    case upgradeAbstract
    case rekeyAbstract
    case askCurrentPassphrase
    case upgradeDoneOne
    case upgradeDoneOther
    case rekeyDoneOne
    case rekeyDoneOther
    case rewriteProgress
    case sessionEndedForRekey
    case errJournalDamaged
    case problemNotAgeFile
    case problemAgeHeaderDamaged
    case problemAgePayloadDamaged
    case problemTarDamaged
    case problemUnsafeMemberName
    case problemMemberNotAFile
    case problemDuplicateMember
    case problemOverLimit
    case problemMemberOutOfOrder
    case problemUnlistedMember
    case problemMissingMember
    case problemMemberTooLarge
    case problemSizeMismatch
    case problemHashMismatch
    case problemDataAfterEnd
    case problemWrongFormat
    case problemMalformedJSON
    case problemDuplicateKey
    case problemInvalidField
    case problemListedTwice
    case problemEntryMismatch
    case problemSignatureMalformed
    case problemSignatureWrongKey
    case problemSignatureInvalid
    case problemSignedCommentMismatch
    case problemFingerprintMismatch
    case errReceiptInvalid
    case errReceiptBadSignature
    case errBundleIdConflict
    case hintBundleIdConflict
    case errCardKeyUnusable
    case hintCardKeyUnusable
    case errAttachmentTooLargeToShare
    case hintAttachmentTooLargeToShare
    case errEntryTooLargeToShare
    case errTooManyToShare
    case hintTooManyToShare
    case errCurrentPassphraseUnavailable
    case errVaultSettingsDamaged
    case errVaultNotOwned
    case errVaultFileIsLink
    case permRepaired
    case crashStopped
    case ioNotFound
    case ioPermissionDenied
    case ioIsFolder
    case ioNotARegularFile
    case ioNotAFolder
    case ioNameTooLong
    case ioTooManyLinks
    case ioTooManyOpenFiles
    case ioInputOutput
    case ioSystem
    case agentProblemKeyNotTaken
    case agentProblemNoAnswer
    case agentProblemEnded
    case agentProblemNoSocketFolder
    case errAgeNotEncrypted
    case errAgeDamaged
    case errTarDamaged
    case errMinisignFailed
    case errSodiumUnavailable
    case errSodiumDamaged
    case errSodiumMalformed
    case errUnexpected
    case hintUnexpected
    case fileNotOrdinary
    case warnRowsChanged
    case errOlderThanSeen
    case hintOlderThanSeen
    case helpAccept
    case acceptedAsSeen
    case witErrJournalKeyMismatch
    case witHintJournalKeyMismatch
    case witErrWitnessHasEntries
    case witHintWitnessHasEntries
    case witErrNoEvidence
    case witProblemCheckpointMalformed
    case witProblemCheckpointSignature
    case witProblemRevisionNotProven
    case witProblemDisclosureMismatch
    case witProblemPseudonymConflict
    case witProblemConsistencyMalformed
    case witProblemCosignatureInvalid
    case witProblemCosignedUnknown
    case witCosigned
    case witCosignedBefore
    case witFork
    case witUnproven
    case witVerified
    case witVerifiedNoWitness
    case witUnverified
    case witCaseFork
    case witCaseUnproven
    case witCaseJournal
    case witReceiptCosigned
    case witReceiptNotCosigned
    case witCheckpointSent
    case witAdviserWitnessAbstract
    case witHelpCheckpointFile
    case witHelpCheckpointTo
    case logWarnFormat2
    case logLabelCommitted
    case logNotWitnessed
    case logLateFlag
    case logWitnessCosignature
    case logWitnessTimestamp
    case logWitnessBitcoin
    case logCheckpointAbstract
    case logHelpCheckpointOut
    case logCheckpointMade
    case logCheckpointWritten
    case logErrNeedsUpgrade
    case logHintNeedsUpgrade
    case logErrMelderOnly
    case logErrDamaged
    case logErrUnknownCheckpoint
    case logVerifyOKNone
    case logVerifyOKOne
    case logVerifyOKOther
    case logVerifyFailedOne
    case logVerifyFailedOther
    case logProblemNotContiguous
    case logProblemLeafMismatch
    case logProblemUnlogged
    case logProblemCheckpoint
    case logProblemCheckpointSignature
    case logProblemExtraLeaf
    case evidenceFormatNoteTooLarge
    case evidenceFormatNoteNotText
    case evidenceFormatNoteUnsigned
    case evidenceFormatNoteSignatureLineMalformed
    case evidenceFormatNoteTooManySignatures
    case evidenceFormatNoteSignatureMissing
    case evidenceFormatNoteSignatureInvalid
    case evidenceFormatVerifierKeyMalformed
    case evidenceFormatCheckpointMalformed
    case evidenceFormatCheckpointWrongOrigin
    case evidenceFormatCosignatureMalformed
    case evidenceFormatProofMalformed
    case evidenceFormatProofDoesNotVerify
    case evidenceFormatDisclosureMalformed
    case evidenceFormatPseudonymAmbiguous
    case evidenceFormatRedactionPhraseInvalid
    case evidenceFormatStampNotForCheckpoint
    case anchorErrNotGranted
    case anchorErrNotGrantedBare
    case anchorErrOtherRequest
    case anchorErrWrongNonce
    case anchorErrWrongImprint
    case anchorErrUntrustedChain
    case anchorHintUntrustedChain
    case anchorErrCertificateExpired
    case anchorErrCertificateNotYetValid
    case anchorErrNotTimestampCertificate
    case anchorErrBadSignature
    case anchorErrTimeInFuture
    case anchorHintTimeInFuture
    case anchorErrUnsupportedAlgorithm
    case anchorErrMalformed
    case anchorErrProofMalformed
    case anchorErrProofForOtherFile
    case anchorErrRootsUnreadable
    case anchorErrNothingOutstanding
    case anchorHintNothingOutstanding
    case anchorErrAlreadyImported
    case anchorAbstract
    case anchorImportAbstract
    case anchorHelpReplyFile
    case anchorHelpCA
    case anchorTimestampRecorded
    case anchorProofPendingOne
    case anchorProofPendingOther
    case anchorProofAttested
    case anchorRequestAbstract
    case anchorHelpOut
    case anchorHelpOts
    case anchorWritten
    case anchorSendWhenOnline
    case anchorStampWithOts
    case prvAbstract
    case prvHelpIDs
    case prvHelpOut
    case prvHelpAllRevisions
    case prvHelpRedact
    case prvHelpReveal
    case prvHelpBundle
    case prvHelpCA
    case prvErrRevealNeedsBundle
    case prvErrRevealNoIDs
    case prvErrChooseEntries
    case prvErrNoCommitment
    case prvErrUnknownBundle
    case prvErrNoPseudonyms
    case prvErrUnknownPseudonym
    case prvErrNotCosigned
    case prvErrEntriesGone
    case prvWritten
    case prvRevisionLine
    case prvCheckpointLine
    case prvSkipped
    case prvCheckpointMade
    case prvRevealed
    case prvCheckWith
    /// The English text.
    public var en: String {
        switch self {
        case .rootAbstract: "An encrypted journal for unwanted behaviour at work."
        case .initAbstract: "Create a new encrypted vault."
        case .addAbstract: "Record a new incident."
        case .listAbstract: "List entries, oldest first."
        case .showAbstract: "Show one entry."
        case .amendAbstract: "Add to or correct an entry; every earlier version is kept."
        case .searchAbstract: "Search every field of every entry, ignoring case and accents."
        case .tagAbstract: "Add or remove tags on an entry."
        case .attachAbstract: "Attach files to an entry, encrypted."
        case .attachmentAbstract: "Work with attachments."
        case .attachmentSaveAbstract: "Save an attachment to a file, byte for byte."
        case .deleteAbstract: "Delete an entry and all its versions for good."
        case .passwdAbstract: "Change the vault's passphrase."
        case .verifyAbstract: "Check every record, the hash chain and every attachment."
        case .exportAbstract: "Export entries in readable form (JSON or Markdown) for your own use."
        case .helpVault: "The vault folder (default: $MELDBOEK_VAULT, else the XDG data folder)."
        case .helpLang: "The language to use: nl or en (default: from the locale)."
        case .helpJSON: "Print JSON instead of text."
        case .helpKDF: "How hard to stretch the passphrase: interactive, moderate or sensitive."
        case .helpTitle: "A short title."
        case .helpWhen: "When it happened: a date or time, or words such as \"gisteren 14:00\", \"yesterday 2pm\" or \"3 days ago\"."
        case .helpWhenApprox: "When it happened, in your own words, when you are not sure (\"voorjaar 2024\")."
        case .helpWhere: "Where it happened."
        case .helpPerson: "Someone involved, as NAME or NAME:ROLE, the role in your own words (teamleider) or manager, colleague, client, report or other; repeat for more."
        case .helpWitness: "A witness; repeat for more."
        case .helpCategory: "The kind of behaviour: sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure; repeat for more."
        case .helpTag: "A tag of your own; repeat for more."
        case .helpImpact: "How it affected you."
        case .helpAction: "What you did afterwards, or the route you chose."
        case .helpText: "What happened."
        case .helpStdin: "Read what happened from standard input."
        case .helpEditor: "Write what happened in your editor ($VISUAL or $EDITOR), through a file kept in memory."
        case .helpAttach: "A file to attach; repeat for more."
        case .helpAppend: "Text to add to what happened, as a new paragraph."
        case .helpRemovePerson: "Remove someone involved, by name."
        case .helpRemoveWitness: "Remove a witness, by name."
        case .helpRemoveCategory: "Remove a kind of behaviour."
        case .helpRemoveTag: "Remove a tag."
        case .helpSince: "Only entries from this date on."
        case .helpUntil: "Only entries up to and including this date."
        case .helpFilterCategory: "Only entries of this kind of behaviour; repeat for more."
        case .helpFilterPerson: "Only entries involving someone whose name contains this; repeat for more."
        case .helpFilterTag: "Only entries with this tag; repeat for more."
        case .helpLimit: "Show only the most recent N."
        case .helpID: "The entry's id, or a unique part of it (at least 4 hex digits)."
        case .helpHistory: "Show every version with when it was recorded."
        case .helpSearchWords: "The words to find; every one must occur."
        case .helpTags: "The tags."
        case .helpRemove: "Remove these tags instead of adding them."
        case .helpFiles: "The files to attach."
        case .helpAttachmentName: "The attachment's name, as 'show' lists it."
        case .helpOut: "The file to write."
        case .helpYes: "Don't ask for confirmation."
        case .helpFormat: "The format: json or markdown."
        case .vaultCreated: "Created a new vault in {1}."
        case .vaultCreatedHint: "Keep your passphrase safe: without it nobody, not even you, can read this journal."
        case .entryAdded: "Added entry {1}."
        case .entryAmended: "Entry {1} amended: version {2}."
        case .nothingChanged: "Nothing changed, so no new version was written."
        case .attached: "Attached {1} to entry {2}."
        case .attachmentSaved: "Saved {1} to {2} ({3} bytes, SHA-256 {4})."
        case .deleteConfirm: "Delete entry {1} \"{2}\" with all its {3} version(s) and {4} attachment(s) for good? This can't be undone. [y/N] "
        case .deleted: "Deleted entry {1} for good."
        case .passphraseChanged: "Passphrase changed. The old passphrase no longer opens this vault; copies of the vault made before still open with it."
        case .askPassphrase: "Passphrase: "
        case .askNewPassphrase: "New passphrase: "
        case .askRepeatPassphrase: "Repeat the passphrase: "
        case .verifyOK: "Vault intact: {1} records, {2} entries, {3} attachments and {4} deletion(s) checked."
        case .verifyFailed: "Vault damaged: {1} problem(s) found; everything else is readable."
        case .problemAltered: "record {1} (id {2}): altered or corrupt, it can't be read"
        case .problemOutOfChain: "record {1}{2}: doesn't follow the record before it (inserted, moved, or a record before it removed)"
        case .problemMissing: "record {1}: missing, removed without a trace in the chain"
        case .problemReappeared: "record {1}: was deleted but is back"
        case .problemHead: "the chain should end at record {1} but ends at {2}: records cut off or added at the end"
        case .problemAttachment: "entry {1}, attachment {2}: content missing, altered or not matching its hash"
        case .ofEntry: " (entry {1})"
        case .noEntries: "No entries."
        case .plaintextWarning: "Warning: {1} holds entries in readable form. Keep it safe and delete it when you no longer need it."
        case .exported: "Exported {1} entries to {2}."
        case .unreadableWarning: "Warning: {1} record(s) could not be read; 'meldboek verify' says which."
        case .labelEntry: "Entry"
        case .labelTitle: "Title"
        case .labelWhen: "When"
        case .labelRecorded: "Recorded"
        case .labelAmended: "Last amended"
        case .labelWhere: "Where"
        case .labelPeople: "People involved"
        case .labelWitnesses: "Witnesses"
        case .labelCategories: "Kind of behaviour"
        case .labelTags: "Tags"
        case .labelNarrative: "What happened"
        case .labelImpact: "How it affected you"
        case .labelActions: "Actions taken"
        case .labelAttachments: "Attachments"
        case .labelVersion: "Version {1}, recorded {2}"
        case .labelVersions: "Versions"
        case .labelDateUnknown: "date unknown"
        case .exportTitle: "Meldboek: exported entries"
        case .exportedAt: "Exported {1}. This file is not encrypted."
        case .errVaultMissing: "no vault at {1}"
        case .hintVaultMissing: "create one with 'meldboek init', or name another with --vault"
        case .errVaultExists: "a vault already exists in {1}"
        case .errNotAVault: "{1} is not a Meldboek vault"
        case .errNewerFormat: "this vault has format {1}, and this Meldboek reads up to format {2}"
        case .hintNewerFormat: "update Meldboek; the vault was left untouched"
        case .errWrongPassphrase: "wrong passphrase"
        case .errPassphraseUnavailable: "the vault is locked: no unlock session, no terminal to ask the passphrase on, and MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE and MELDBOEK_PASSPHRASE_COMMAND are not set"
        case .errPassphraseMismatch: "the passphrases don't match"
        case .errPassphraseEmpty: "the passphrase is empty"
        case .errPassphraseCommand: "the passphrase command failed (exit status {1})"
        case .errEntryNotFound: "no entry {1}"
        case .hintEntryNotFound: "'meldboek list' shows the ids"
        case .errEntryAmbiguous: "{1} matches {2} entries"
        case .hintEntryAmbiguous: "give more of the id"
        case .errAttachmentNotFound: "entry {1} has no attachment named {2}"
        case .errAttachmentExists: "the entry already has an attachment named {1}"
        case .hintAttachmentExists: "rename the file first"
        case .errUnknownCategory: "unknown kind of behaviour '{1}'"
        case .hintUnknownCategory: "use sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure"
        case .errUnknownRole: "unknown role '{1}'"
        case .hintUnknownRole: "use manager, colleague, client, report or other"
        case .errUnreadableDate: "can't read the date '{1}'"
        case .hintUnreadableDate: "try 2025-03-04, \"yesterday 2pm\", \"3 days ago\" or \"March 2025\"; for words of your own use --when-approx"
        case .errNothingToRecord: "nothing to record: give a --title or what happened (--text, --stdin or --editor)"
        case .errRecordCorrupt: "record {1} is altered or corrupt"
        case .hintVerify: "run 'meldboek verify' to see what is damaged; everything else stays readable"
        case .errUnreadableRecords: "records that could not be read: {1}"
        case .errAttachmentCorrupt: "attachment {1} is damaged: its content doesn't match its hash"
        case .errReadOnly: "can't write to {1}: it is read-only"
        case .errDiskFull: "the disk is full; nothing was changed"
        case .errIO: "{1}: {2}"
        case .errNoTmpfs: "no memory-backed folder (tmpfs) for the editor's file, and it must not touch the disk"
        case .hintNoTmpfs: "use --text or --stdin, or set XDG_RUNTIME_DIR to a tmpfs folder"
        case .errEditorFailed: "the editor failed (exit status {1}); nothing was saved"
        case .errCancelled: "cancelled; nothing was changed"
        case .errCrypto: "deriving the key from the passphrase failed; is there enough free memory?"
        case .errStorage: "the vault's database failed (SQLite result code {1})"
        case .errConfirmNeedsTerminal: "confirmation needed, but there is no terminal to ask on"
        case .hintConfirmNeedsTerminal: "add --yes to confirm in a script"
        case .errInput: "{1}"
        case .errOneNarrativeSource: "give what happened in one way only: --text, --stdin or --editor"
        case .errWhenTwice: "give --when or --when-approx, not both"
        case .errBadLimit: "--limit must be a positive number"
        case .yourFingerprint: "Fingerprint: {1}"
        case .contactsAbstract: "Keep the cards of advisers you may share with."
        case .contactsAddAbstract: "Add a contact from their card."
        case .contactsListAbstract: "List your contacts."
        case .contactsRemoveAbstract: "Remove a contact; earlier shares stay in the share log."
        case .helpContactName: "The name you give this contact."
        case .helpCard: "Their card: one line starting with meldboek-card:1:."
        case .contactAdded: "Added contact {1}."
        case .compareFingerprint: "Fingerprint {1}: compare it with {2} by phone or in person before you share anything."
        case .noContacts: "No contacts."
        case .contactRemoved: "Removed contact {1}."
        case .shareAbstract: "Share chosen entries with an adviser as one signed, encrypted bundle file."
        case .helpTo: "The contact to share with."
        case .helpShareIDs: "The entries to share (ids or unique parts); or use --all or filters."
        case .helpAll: "Share every entry (that matches the filters)."
        case .helpWithoutAttachments: "Don't include attachments."
        case .helpNote: "A note for the adviser, sent with the bundle."
        case .errChooseEntries: "choose what to share: entry ids, filters (--since, --category, …), or --all"
        case .pseudonym: "Person"
        case .previewHeader: "This will go to {1} (fingerprint {2}), encrypted and signed:"
        case .previewRedacted: "Redacted (names become pseudonyms, places are left out): {1}"
        case .previewNote: "Note: {1}"
        case .previewVersions: "(with all {1} versions)"
        case .previewAttachment: "Attachment: {1} ({2} bytes)"
        case .sharesAbstract: "List what you shared, with whom and when, and whether a receipt came back."
        case .noShares: "Nothing shared yet."
        case .receiptReceived: "received {1}"
        case .receiptNone: "no receipt yet"
        case .receiptsAbstract: "Work with receipts from advisers."
        case .receiptsImportAbstract: "Check an adviser's receipt and record it in the share log."
        case .helpReceiptFile: "The receipt file the adviser sent you."
        case .receiptKnown: "The receipt for bundle {1} was recorded before; nothing changed."
        case .receiptRecorded: "Receipt from {1} for bundle {2} checked and recorded."
        case .adviserAbstract: "The confidential adviser's side: your own vault of cases."
        case .adviserInitAbstract: "Create an adviser vault with your keys."
        case .adviserCardAbstract: "Print your public card, for melders to add as a contact."
        case .adviserExportIdentityAbstract: "Write your age identity file, to open bundles with age alone."
        case .identityWarning: "Warning: this file opens every bundle sent to you. Keep it offline and safe."
        case .identityConfirm: "Write your secret identity to a file? [y/N] "
        case .identityWritten: "Wrote your age identity to {1} (mode 0600)."
        case .adviserImportAbstract: "Check a bundle from a melder and store it in your vault."
        case .helpBundleFile: "The bundle file."
        case .helpCaseName: "The case's name."
        case .helpAcceptNewKey: "Accept a bundle for a known case that is signed with a key the case hasn't seen."
        case .helpReceiptOut: "Write a signed receipt to this file, for the melder."
        case .importAlready: "Bundle {1} was imported into {2} before; nothing changed."
        case .caseOpened: "Opened case {1} for sender {2}: compare this fingerprint with the melder."
        case .imported: "Imported {1} new entries, {2} new versions and {3} attachments into {4}."
        case .receiptWritten: "Wrote the receipt to {1}."
        case .adviserCasesAbstract: "List your cases."
        case .noCases: "No cases."
        case .caseSummary: "{1} entries from {2} bundles, last {3}"
        case .adviserShowAbstract: "Show a case: every entry, its versions and the bundle that brought each."
        case .adviserNoteAbstract: "Add a private note to a case; notes are never exported."
        case .helpNoteText: "The note."
        case .noteAdded: "Note added to {1}."
        case .caseHeader: "Case {1} (sender {2})"
        case .caseBundle: "bundle {1}, made {2}, received {3}"
        case .fromBundle: "from bundle {1}"
        case .caseNotes: "Your notes:"
        case .errMalformedCard: "that is not a Meldboek card"
        case .hintMalformedCard: "a card is one line starting with meldboek-card:1:, as 'meldboek identity' or 'meldboek adviser card' prints it"
        case .errContactExists: "you already have a contact named {1}"
        case .errContactNotFound: "no contact named {1}"
        case .hintContactNotFound: "'meldboek contacts list' shows your contacts"
        case .errWrongRoleMelder: "this is an adviser vault, not a journal"
        case .hintWrongRoleMelder: "use 'meldboek adviser …' for it, or name your journal with --vault"
        case .errWrongRoleAdviser: "this is a melder's journal, not an adviser vault"
        case .hintWrongRoleAdviser: "create an adviser vault with 'meldboek adviser init', or name it with --vault or MELDBOEK_ADVISER_VAULT"
        case .errNothingSelected: "no entries match; nothing was shared"
        case .errNotABundle: "this is not a Meldboek bundle ({1})"
        case .errNotForThisVault: "this bundle was not encrypted to your key"
        case .hintNotForThisVault: "ask the sender to add your current card ('meldboek adviser card')"
        case .errBundleInvalid: "the bundle is damaged or was tampered with: {1}; nothing was imported"
        case .errUnsupportedVersion: "format version {1} is newer than this Meldboek reads"
        case .errBadSignature: "the signature doesn't verify ({1}); nothing was imported"
        case .errCaseKeyMismatch: "case {1} belongs to sender {2}, but this bundle is signed by {3}"
        case .hintCaseKeyMismatch: "if the melder has a new key, confirm the fingerprint with them and import again with --accept-new-key"
        case .errCaseNotFound: "no case named {1}"
        case .hintCaseNotFound: "'meldboek adviser cases' lists them"
        case .errUnknownBundle: "this journal never shared bundle {1}"
        case .errReceiptMismatch: "the receipt names another bundle file than the one you sent"
        case .problemHeadAltered: "the sealed chain head in the vault row is altered or corrupt, so records cut off at the end can't be ruled out"
        case .errNewPassphraseUnavailable: "no new passphrase: no terminal to ask on, and MELDBOEK_NEW_PASSPHRASE and MELDBOEK_NEW_PASSPHRASE_FILE are not set"
        case .errPassphraseTooLong: "the passphrase is longer than {1} bytes"
        case .errFileExists: "{1} exists already"
        case .hintFileExists: "Meldboek never overwrites a file: choose another name or remove it first"
        case .errFolderNotEmpty: "{1} is not empty and is not a vault"
        case .hintFolderNotEmpty: "give a new folder (or an empty one) for the vault"
        case .yourAdviserCard: "Your card, for melders to add as a contact: {1}"
        case .unlockAbstract: "Unlock the vault for a while, so the next commands need no passphrase."
        case .lockAbstract: "Lock the vault now: end its unlock session."
        case .statusAbstract: "Say whether the vault is unlocked, and until when."
        case .helpUnlockFor: "How long the vault stays unlocked without use, such as 15m, 2h or 1h30m (at most 12h)."
        case .helpAdviserVault: "Use the adviser's vault (MELDBOEK_ADVISER_VAULT) instead of the melder's."
        case .unlockedUntil: "unlocked until {1}; each use extends it by {2} (`meldboek lock` locks it now)"
        case .lockedNow: "locked"
        case .wasNotUnlocked: "the vault was not unlocked"
        case .statusUnlocked: "{1}: unlocked until {2}; each use extends it by {3}"
        case .statusLocked: "{1}: locked"
        case .sessionEndedAfterPasswd: "the unlock session has ended; `meldboek unlock` starts one with the new passphrase"
        case .errAgentFolderUnsafe: "the folder for unlock sessions, {1}, is not safe: it must be your own folder that nobody else can enter"
        case .errAgentUnreachable: "the unlock agent did not answer"
        case .errAgentPathTooLong: "the path of the unlock socket is too long: {1}"
        case .hintAgentPathTooLong: "set XDG_RUNTIME_DIR to a shorter folder"
        case .errAgentFailed: "could not start the unlock agent: {1}"
        case .hintLocked: "run 'meldboek unlock' on a terminal, or give the passphrase in MELDBOEK_PASSPHRASE"
        case .errBadDuration: "'--for' takes a duration such as 15m, 2h or 1h30m, of at most 12 hours"
        case .statsAbstract: "Count entries per kind, month, person and place, and show the gaps between incidents."
        case .reportAbstract: "Write a report of entries in time order, with a time line and a table of the people involved."
        case .adviserReportAbstract: "Write a report of a case, saying which bundle brought each entry."
        case .helpReportFormat: "The format: html or markdown."
        case .helpReportRedact: "Leave out names or places: people, witnesses, location (comma-separated). Names become Person A, Person B, … everywhere in the report."
        case .reportWritten: "Wrote the report to {2}. Entries in it: {1}."
        case .reportTitle: "Meldboek report"
        case .reportCaseTitle: "Case report: {1}"
        case .reportMadeAt: "Made {1}. This file is not encrypted."
        case .reportConfidential: "Confidential: this report holds personal and sensitive information."
        case .reportPeriod: "Period: {1} to {2}"
        case .reportEntryCount: "Entries: {1}"
        case .reportOverview: "Overview"
        case .reportChartTitle: "Incidents per month, by kind"
        case .reportChartNote: "An incident of several kinds counts once for each kind."
        case .reportUndated: "Not in the time line, because the date is unknown: {1}"
        case .reportNoChart: "No incident has a known date, so there is no time line."
        case .reportNoKind: "no kind given"
        case .reportPeopleTitle: "People involved"
        case .reportColumnWho: "Who"
        case .reportColumnRole: "Role"
        case .reportColumnCount: "Entries"
        case .reportColumnFirst: "First"
        case .reportColumnLast: "Last"
        case .reportColumnName: "Name"
        case .reportColumnSize: "Size"
        case .reportColumnKind: "Kind"
        case .reportColumnMonth: "Month"
        case .reportColumnPlace: "Place"
        case .reportColumnBundle: "Bundle"
        case .reportColumnMade: "Made"
        case .reportColumnReceived: "Received"
        case .reportColumnVersion: "Version"
        case .reportColumnChanges: "Changes"
        case .reportRepeated: "repeated pattern"
        case .reportRepeatedNote: "A repeated pattern: someone who appears in {1} or more entries."
        case .reportEntriesTitle: "Entries"
        case .reportHappened: "Happened"
        case .reportSameDay: "the same day"
        case .reportHistory: "History"
        case .reportFirstVersion: "first version"
        case .reportChanged: "changed: {1}"
        case .reportNoChange: "no field changed"
        case .reportEarlier: "As it read before version {1}"
        case .reportFromBundle: "From bundle {1}, received {2}"
        case .reportBundlesTitle: "Bundles received"
        case .reportSenderKey: "Melder's key fingerprint"
        case .reportBytes: "{1} bytes"
        case .statsTotal: "Entries: {1}"
        case .statsUndated: "Without a known date: {1}"
        case .statsPerKind: "Per kind of behaviour"
        case .statsPerMonth: "Per month"
        case .statsPerPerson: "Per person"
        case .statsPerPlace: "Per place"
        case .interviewIntro: "Let's write down what happened. Press Enter to skip any question. Ctrl-C lets you stop, and keep what you typed as a draft if you like."
        case .askNarrative: "What happened? Tell it in your own words, everything you remember. Several lines are fine; end with an empty line."
        case .askTitleInstead: "You skipped what happened. Give at least a short title, or press Enter to stop without saving:"
        case .askWhen: "When did it happen? For example \"yesterday 2pm\", \"last Tuesday\", \"March 2025\" or your own words; \"not sure\" is fine too."
        case .whenUnderstood: "Understood as {1}."
        case .whenOwnWords: "Kept in your own words: {1}."
        case .whenLeftOpen: "The date stays open."
        case .askWhere: "Where did it happen?"
        case .askPeople: "Who was involved? Type one name (or an alias) per line; press Enter when done."
        case .askRole: "What is {1}'s role towards you?"
        case .rolePrompt: "Number, or the role in your own words (Enter = other): "
        case .badChoice: "'{1}' is not one of the choices: type a number from 1 to {2}, or a name."
        case .askWitnesses: "Who saw or heard it? One name per line; press Enter when done."
        case .askCategories: "What kind of behaviour was it? More than one is possible, and not sure is fine:"
        case .categoryPrompt: "Numbers or names, such as \"1 3\" (Enter skips): "
        case .explainSexualHarassment: "words, gestures or touching with a sexual meaning that harm your dignity"
        case .explainAggression: "being harassed, threatened or attacked, in words or physically, in connection with your work"
        case .explainDiscrimination: "being treated differently or worse for who you are: origin, religion, sex, sexual orientation, age, disability"
        case .explainBullying: "repeated intimidating behaviour by one or more people against someone who can't defend themselves against it"
        case .explainIntegrity: "fraud, theft, abuse of power or position, or breaking rules and norms at work"
        case .explainOther: "something else, or you are not sure what to call it: that is fine"
        case .askImpact: "How did it affect you? Several lines are fine; end with an empty line."
        case .askActions: "What did you do afterwards? For example whom you told, or a route you chose. End with an empty line."
        case .askFiles: "Files to attach, such as a photo, an e-mail or a screenshot? One path per line; press Enter when done."
        case .fileMissing: "There is no file {1}; try again, or press Enter to go on."
        case .fileIsFolder: "{1} is a folder, not a file; try again, or press Enter to go on."
        case .fileUnreadable: "{1} can't be read (no permission); try again, or press Enter to go on."
        case .fileNameTaken: "A file named {1} is attached already; rename it first, or press Enter to go on."
        case .summaryHeader: "This is what will be saved:"
        case .confirmSave: "Save this entry? [Y/n] "
        case .confirmAmend: "Save this as a new version? [Y/n] "
        case .answerYesNo: "Please answer y or n."
        case .amendIntro: "Amending entry {1}. For each field press Enter to keep it, type to replace it, or type - to clear it. Ctrl-C asks whether to stop."
        case .currentValue: "Now: {1}"
        case .currentEmpty: "(empty)"
        case .askNarrativeAddition: "What happened: what you type now is added as a new paragraph. End with an empty line; Enter alone leaves it as it is."
        case .askKeepLine: "{1} (Enter keeps, - clears): "
        case .askReplaceText: "{1}: type new text to replace it and end with an empty line; Enter alone keeps it, - clears it."
        case .askAmendList: "{1}: type a name to add, or -name to remove; press Enter when done."
        case .notOnList: "{1} is not on the list."
        case .askAmendCategories: "Enter keeps the current kinds, a new choice replaces them, - clears them."
        case .errInterrupted: "interrupted; nothing was saved"
        case .errInputEnded: "the input ended before the questions were done; nothing was saved"
        case .addDiscussion: "Without any of these flags, on a terminal, Meldboek asks about the incident question by question and shows a summary before saving."
        case .amendDiscussion: "Without any of these flags, on a terminal, Meldboek walks through the entry's fields, showing what each holds now."
        case .errHeadDamaged: "the vault's sealed head, which records where the journal ends, is damaged: whether records are missing can't be checked"
        case .errJournalIncomplete: "the journal's records no longer match its sealed chain, so nothing was written"
        case .hintJournalIncomplete: "run 'meldboek verify' to see which records are missing, moved or added; then restore the vault from a backup"
        case .errAmendUnreadableOne: "1 record of the journal can't be read and may be a newer version of this entry: amending now could give two versions the same number"
        case .errAmendUnreadableOther: "{1} records of the journal can't be read and one may be a newer version of this entry: amending now could give two versions the same number"
        case .errIdentityDamaged: "the vault's own keys, sealed in the vault row, don't open: the vault row is damaged"
        case .errRewriteFailed: "a record could not be sealed again, so nothing was changed"
        case .errRewriteNeedsIntact: "every record must be readable and the chain whole before the vault can be sealed again, so nothing was changed"
        case .errAlreadyUpgraded: "this vault is in format {1} already: there is nothing to upgrade"
        case .warnHeadDamaged: "Warning: the vault's sealed head is damaged, so whether records are missing can't be checked; 'meldboek verify' says more."
        case .warnOutsideChainOne: "Warning: 1 record lies outside the journal's chain and was not read; 'meldboek verify' names it."
        case .warnOutsideChainOther: "Warning: {1} records lie outside the journal's chain and were not read; 'meldboek verify' names them."
        case .warnMissingOne: "Warning: 1 record is missing from the journal, removed without a trace in its chain; 'meldboek verify' names the position."
        case .warnMissingOther: "Warning: {1} records are missing from the journal, removed without a trace in its chain; 'meldboek verify' names the positions."
        case .warnExtraOne: "Warning: the journal holds 1 record more than its chain accounts for; 'meldboek verify' names it."
        case .warnExtraOther: "Warning: the journal holds {1} records more than its chain accounts for; 'meldboek verify' names them."
        case .warnEndBroken: "Warning: the journal's last record is gone or doesn't match its sealed head: records may have been cut from the end; 'meldboek verify' says more."
        case .warnOldFormat: "Note: this vault is in format 1 (Meldboek 0.1.0), in which records can be moved or removed within the vault unnoticed. 'meldboek upgrade' brings it to format 3; it asks for your passphrase."
        case .warnRollbackOlder: "Warning: this vault is older than when you last used it on this account: on {1} it stood at {2}, now at {3}. It may have been replaced by an older copy; what was written since is not in it. Nothing is written to it until you accept it with 'meldboek verify --accept'."
        case .warnRollbackDiverged: "Warning: this vault went another way than when you last used it on this account: on {1} it stood at {2}, and its history now leads to {3} without passing through it. It may be another copy of the vault. Nothing is written to it until you accept it with 'meldboek verify --accept'."
        case .journalFingerprint: "Journal fingerprint: {1}"
        case .problemOutsideChain: "record at position {1}: outside the chain, which runs from 1 to {2}; it is not part of the journal and is never read"
        case .problemRemovedCount: "the sealed head counts {1} removed records, but the deletions list {2}"
        case .verifyExpectFound: "The journal passes through the fingerprint you noted, {1}."
        case .verifyExpectDiffers: "The journal does not pass through the fingerprint you noted, {1}: at that position it has {2}."
        case .verifyExpectUnknown: "The journal can't be shown to pass through the fingerprint you noted, {1}: the records before that position are damaged."
        case .verifyExpectBeyond: "The journal ends at position {2}, before the fingerprint you noted, {1}: it is older than when you noted it, or records were cut from its end."
        case .helpExpect: "A journal fingerprint you noted earlier (POSITION:xxxx-xxxx-xxxx): check that the journal still passes through it."
        case .errBadFingerprint: "'{1}' is not a journal fingerprint: one looks like 12:7f3a-91c2-0be4"
        case .upgradeAbstract: "Bring the vault to the current format; asks for your passphrase."
        case .rekeyAbstract: "Encrypt every record and attachment again under a new vault key; asks for your passphrase."
        case .askCurrentPassphrase: "Current passphrase: "
        case .upgradeDoneOne: "Vault upgraded to format 3: 1 record sealed again."
        case .upgradeDoneOther: "Vault upgraded to format 3: {1} records sealed again."
        case .rekeyDoneOne: "New vault key: 1 record and every attachment sealed again under it. Copies of the vault made before still open with the passphrase that was current then."
        case .rekeyDoneOther: "New vault key: {1} records and every attachment sealed again under it. Copies of the vault made before still open with the passphrase that was current then."
        case .rewriteProgress: "Sealing records again: {1} of {2}"
        case .sessionEndedForRekey: "The unlock session was ended: it held the old key."
        case .errJournalDamaged: "the journal is not as it was sealed; what could be read was shown"
        case .problemNotAgeFile: "it is not an age file, or not one this version reads"
        case .problemAgeHeaderDamaged: "the age header is damaged"
        case .problemAgePayloadDamaged: "the encrypted content is damaged or cut short"
        case .problemTarDamaged: "the archive inside is damaged or cut short"
        case .problemUnsafeMemberName: "the archive holds a file with an unsafe name, {1}"
        case .problemMemberNotAFile: "the archive holds something other than a plain file (a link, device or folder)"
        case .problemDuplicateMember: "the archive holds {1} twice"
        case .problemOverLimit: "the archive is larger or holds more files than allowed"
        case .problemMemberOutOfOrder: "{1} comes where {2} should"
        case .problemUnlistedMember: "{1} is not listed in the manifest"
        case .problemMissingMember: "{1} is missing"
        case .problemMemberTooLarge: "{1} is over the size limit"
        case .problemSizeMismatch: "{1} has another size than the manifest says"
        case .problemHashMismatch: "{1} doesn't match its hash"
        case .problemDataAfterEnd: "there is data after the end"
        case .problemWrongFormat: "{1} is not a Meldboek file"
        case .problemMalformedJSON: "{1} is malformed"
        case .problemDuplicateKey: "{1} names a field twice"
        case .problemInvalidField: "{1} has an invalid {2}"
        case .problemListedTwice: "the manifest lists {1} twice"
        case .problemEntryMismatch: "{1} doesn't match the manifest"
        case .problemSignatureMalformed: "the signature file is not a minisign signature"
        case .problemSignatureWrongKey: "it was signed with another key than the sender's"
        case .problemSignatureInvalid: "the signature is not valid"
        case .problemSignedCommentMismatch: "the signed comment doesn't name this file"
        case .problemFingerprintMismatch: "the fingerprint doesn't match the keys"
        case .errReceiptInvalid: "the receipt is damaged or was tampered with: {1}; nothing was recorded"
        case .errReceiptBadSignature: "the receipt's signature doesn't verify ({1}); nothing was recorded"
        case .errBundleIdConflict: "bundle {1} was imported before into case {2}, from another sender; nothing was imported"
        case .hintBundleIdConflict: "two senders never send the same bundle id: compare the fingerprint with the melder before you trust this file"
        case .errCardKeyUnusable: "the card's encryption key is all zeros or a weak key; nothing sent to it would stay secret"
        case .hintCardKeyUnusable: "ask for a new card, as 'meldboek adviser card' prints it"
        case .errAttachmentTooLargeToShare: "attachment {1} is larger than a bundle can carry ({2} bytes at most); nothing was shared"
        case .hintAttachmentTooLargeToShare: "share with --without-attachments and hand this file over another way"
        case .errEntryTooLargeToShare: "entry {1} is too large for a bundle (its file would be over {2} bytes); nothing was shared"
        case .errTooManyToShare: "this is too much for one bundle (at most {1} entries and attachments, and a manifest of at most 1 MiB); nothing was shared"
        case .hintTooManyToShare: "share fewer entries at a time"
        case .errCurrentPassphraseUnavailable: "this needs the current passphrase, even while the vault is unlocked: there is no terminal to ask it on, and MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE and MELDBOEK_PASSPHRASE_COMMAND are not set"
        case .errVaultSettingsDamaged: "the key settings of the vault in {1} are damaged or were altered: {2} is {3}, which Meldboek never writes"
        case .errVaultNotOwned: "{1} belongs to another user (uid {2}): Meldboek opens no vault that someone else can change"
        case .errVaultFileIsLink: "{1} is a symbolic link: Meldboek opens only the vault's own files, not a link to a file elsewhere"
        case .permRepaired: "repaired: others could reach {1} (mode {2}); it is now {3}, for you alone"
        case .crashStopped: "internal error: Meldboek stopped (exit code {1}); nothing more is shown, so that nothing of your journal ends up on the screen or in a log"
        case .ioNotFound: "no such file or folder"
        case .ioPermissionDenied: "permission denied"
        case .ioIsFolder: "this is a folder, not a file"
        case .ioNotARegularFile: "this is not an ordinary file but a pipe, device or socket"
        case .ioNotAFolder: "a part of the path is not a folder"
        case .ioNameTooLong: "the name is too long"
        case .ioTooManyLinks: "too many symbolic links in a row"
        case .ioTooManyOpenFiles: "too many files are open"
        case .ioInputOutput: "the disk could not be read or written (input/output error)"
        case .ioSystem: "the system refused (error number {1})"
        case .agentProblemKeyNotTaken: "it did not take the key"
        case .agentProblemNoAnswer: "it did not answer within ten seconds"
        case .agentProblemEnded: "it stopped before it was ready"
        case .agentProblemNoSocketFolder: "there is no private folder for its socket"
        case .errAgeNotEncrypted: "this is not a file encrypted for Meldboek, or its header is damaged"
        case .errAgeDamaged: "the encrypted content is damaged or was altered; nothing was imported"
        case .errTarDamaged: "the archive inside the file is damaged or not as Meldboek writes it; nothing was imported"
        case .errMinisignFailed: "the signature does not verify; nothing was imported"
        case .errSodiumUnavailable: "the encryption library could not start or had no memory"
        case .errSodiumDamaged: "encrypted data is damaged or was altered"
        case .errSodiumMalformed: "a key or encoded value is malformed"
        case .errUnexpected: "an unexpected error stopped meldboek"
        case .hintUnexpected: "please report this, with the command you ran but without private details"
        case .fileNotOrdinary: "{1} is not an ordinary file but a pipe, device or socket; try again, or press Enter to go on."
        case .warnRowsChanged: "Warning: the journal's records are not the ones its sealed head lists: records were removed, replaced or put back; 'meldboek verify' names them."
        case .errOlderThanSeen: "this vault is older than, or went another way from, the one you last used on this account, so nothing was written"
        case .hintOlderThanSeen: "find the newer vault first; if you put this copy back on purpose, 'meldboek verify --accept' checks it and goes on with it as it is"
        case .helpAccept: "Go on with this vault as it is, after it checks intact, although it is older than, or went another way from, the one last used on this account."
        case .acceptedAsSeen: "From now on this vault, as it is now, is the one remembered on this account: {1}."
        case .witErrJournalKeyMismatch: "bundle {1} carries a checkpoint of journal {2} signed with another key than the one this vault knows for that journal: refused"
        case .witHintJournalKeyMismatch: "A journal keeps its checkpoint key for life. A bundle that claims a known journal with another key was not made by that journal's owner."
        case .witErrWitnessHasEntries: "this file holds entries, not only a checkpoint"
        case .witHintWitnessHasEntries: "Import it with 'meldboek adviser import'."
        case .witErrNoEvidence: "this file carries no checkpoint to cosign (bundle format 1)"
        case .witProblemCheckpointMalformed: "its checkpoint is not a well-formed signed checkpoint of a Meldboek journal"
        case .witProblemCheckpointSignature: "its checkpoint is not signed by the checkpoint key the manifest names"
        case .witProblemRevisionNotProven: "version {2} of entry {1} is not in the signed checkpoint: its disclosure or its inclusion proof does not check"
        case .witProblemDisclosureMismatch: "version {2} of entry {1} shows {3} otherwise than its disclosure"
        case .witProblemPseudonymConflict: "the pseudonym {1} does not stand for one and the same hidden name throughout the bundle"
        case .witProblemConsistencyMalformed: "its consistency proof is not well formed"
        case .witProblemCosignatureInvalid: "its cosignature does not verify"
        case .witProblemCosignedUnknown: "it cosigns a checkpoint this journal did not sign"
        case .witCosigned: "Checkpoint of journal {1} at {2} records checked and cosigned."
        case .witCosignedBefore: "This checkpoint was cosigned before, on {1}; the receipt carries that cosignature."
        case .witFork: "WARNING: the melder's journal has forked. This checkpoint ({1} records) contradicts the one you cosigned on {2} ({3} records), so it comes from another copy of the journal, for example a restored older copy. It was NOT cosigned. The entries were imported and the fork is noted in the case; ask the melder which copy they keep using."
        case .witUnproven: "Not cosigned: the bundle does not prove that its checkpoint ({1} records) extends the one you cosigned on {2} ({3} records). The melder may not have imported your last receipt, the bundle may be older than one you imported before, or the journal may have forked."
        case .witVerified: "verified, committed no later than {1}"
        case .witVerifiedNoWitness: "verified against the melder's checkpoint of {1} records, which you did not cosign"
        case .witUnverified: "not verifiable: sent without proof (bundle format 1, or written before the melder's journal kept commitments)"
        case .witCaseFork: "WARNING: bundle {1} carried a checkpoint ({2} records) that contradicts the one cosigned on {3}: the journal has forked."
        case .witCaseUnproven: "Bundle {1}: its checkpoint ({2} records) was not cosigned, as it was not proven to extend the one cosigned on {3}."
        case .witCaseJournal: "Journal {1}: last cosigned checkpoint {2} records, on {3}."
        case .witReceiptCosigned: "The adviser cosigned your checkpoint of {1} records on {2}; the cosignature is stored."
        case .witReceiptNotCosigned: "The adviser did not cosign this bundle's checkpoint (see 'meldboek adviser show' on their side)."
        case .witCheckpointSent: "Checkpoint of {1} records signed and written for {2} to {3}; it reveals no entry."
        case .witAdviserWitnessAbstract: "Check a melder's checkpoint file, cosign it and write a receipt."
        case .witHelpCheckpointFile: "The checkpoint file the melder sent."
        case .witHelpCheckpointTo: "The contact to send the checkpoint to; needs --out."
        case .logWarnFormat2: "Note: this vault is in format 2, which keeps no commitment log: nothing but your own clock says when its entries were written. 'meldboek upgrade' brings it to format 3; it asks for your passphrase."
        case .logLabelCommitted: "Committed no later than"
        case .logNotWitnessed: "not witnessed yet (only this computer's clock)"
        case .logLateFlag: "(!) recorded more than 24 hours before its first witness: until then only this computer's clock vouches for it"
        case .logWitnessCosignature: "adviser's cosignature"
        case .logWitnessTimestamp: "timestamp authority"
        case .logWitnessBitcoin: "Bitcoin block"
        case .logCheckpointAbstract: "Sign a checkpoint of the commitment log (its size and root), store it and print it."
        case .logHelpCheckpointOut: "Also write the signed checkpoint to this file (a new file)."
        case .logCheckpointMade: "Checkpoint signed over {1} records; stored in the journal."
        case .logCheckpointWritten: "Written to {1}."
        case .logErrNeedsUpgrade: "this vault is in format {1} and keeps no commitment log yet"
        case .logHintNeedsUpgrade: "run 'meldboek upgrade' (it asks for your passphrase); proof of when the entries already written were written starts then"
        case .logErrMelderOnly: "only a melder's journal keeps a commitment log and signs checkpoints"
        case .logErrDamaged: "the commitment log does not match the journal, so no checkpoint was signed"
        case .logErrUnknownCheckpoint: "that checkpoint (over {1} records) is not one of this journal's: its root does not match the commitment log"
        case .logVerifyOKNone: "Commitment log intact: every record has its leaf ({1} in all); no checkpoint yet."
        case .logVerifyOKOne: "Commitment log intact: every record has its leaf ({1} in all); 1 checkpoint checked."
        case .logVerifyOKOther: "Commitment log intact: every record has its leaf ({1} in all); {2} checkpoints checked."
        case .logVerifyFailedOne: "The commitment log has 1 problem:"
        case .logVerifyFailedOther: "The commitment log has {1} problems:"
        case .logProblemNotContiguous: "the commitment log is not contiguous at leaf {1}: a leaf was removed or moved"
        case .logProblemLeafMismatch: "record {1} gives another leaf than the log holds: the leaf or the record was changed"
        case .logProblemUnlogged: "record {1} has no leaf in the commitment log"
        case .logProblemCheckpoint: "the checkpoint over {1} records does not match the commitment log: a leaf it covered was changed or removed"
        case .logProblemCheckpointSignature: "the checkpoint over {1} records is not signed with this journal's checkpoint key"
        case .logProblemExtraLeaf: "leaf {1} stands for no record of the journal: it was added to the commitment log"
        case .evidenceFormatNoteTooLarge: "the signed note is larger than Meldboek reads ({1} bytes)"
        case .evidenceFormatNoteNotText: "the signed note is not plain UTF-8 text, or holds control characters"
        case .evidenceFormatNoteUnsigned: "the signed note has no signature lines after a blank line"
        case .evidenceFormatNoteSignatureLineMalformed: "signature line {1} of the signed note is malformed"
        case .evidenceFormatNoteTooManySignatures: "the signed note has more than {1} signature lines"
        case .evidenceFormatNoteSignatureMissing: "the signed note has no signature by the key {1}"
        case .evidenceFormatNoteSignatureInvalid: "the signature by the key {1} doesn't verify: the note was changed, or not signed by that key"
        case .evidenceFormatVerifierKeyMalformed: "the key is not a verifier key of the form name+key ID+key, or its key ID doesn't match it"
        case .evidenceFormatCheckpointMalformed: "the checkpoint is not an origin line, a tree size and a root hash"
        case .evidenceFormatCheckpointWrongOrigin: "the checkpoint belongs to another journal: {1}"
        case .evidenceFormatCosignatureMalformed: "the cosignature by {1} is malformed"
        case .evidenceFormatProofMalformed: "the inclusion proof is not laid out as c2sp.org/tlog-proof requires"
        case .evidenceFormatProofDoesNotVerify: "the inclusion proof for leaf {1} doesn't lead to the checkpoint's root: the revision or the proof was changed"
        case .evidenceFormatDisclosureMalformed: "the disclosure of a revision is malformed"
        case .evidenceFormatPseudonymAmbiguous: "the pseudonym {1} stands for two different names, or one name stands under two pseudonyms"
        case .evidenceFormatRedactionPhraseInvalid: "the name to hide, {1}, must begin and end with a letter or digit, and have a pseudonym"
        case .evidenceFormatStampNotForCheckpoint: "a timestamp does not stamp this checkpoint as the journal signed it"
        case .anchorErrNotGranted: "the timestamp authority did not grant the request (status {1}: {2})"
        case .anchorErrNotGrantedBare: "the timestamp authority did not grant the request (status {1})"
        case .anchorErrOtherRequest: "this timestamp reply answers another request than the one Meldboek is waiting for"
        case .anchorErrWrongNonce: "this timestamp reply is for the same checkpoint but for an earlier request: it may be an old reply sent again"
        case .anchorErrWrongImprint: "this timestamp reply names the request but timestamps other data than the checkpoint"
        case .anchorErrUntrustedChain: "the timestamp authority's certificate does not lead to a root certificate you trust"
        case .anchorHintUntrustedChain: "give the authority's CA certificate with --ca FILE (a PEM file from its website)"
        case .anchorErrCertificateExpired: "the certificate of {1} had expired on {2} when this timestamp was made"
        case .anchorErrCertificateNotYetValid: "the certificate of {1} was not yet valid when this timestamp was made (valid from {2})"
        case .anchorErrNotTimestampCertificate: "the timestamp reply is signed with a certificate that is not meant for timestamps"
        case .anchorErrBadSignature: "the timestamp reply's signature doesn't verify: the reply was changed or was not signed by the authority"
        case .anchorErrTimeInFuture: "the timestamp's time ({1}) lies in the future"
        case .anchorHintTimeInFuture: "check this computer's clock and its time zone"
        case .anchorErrUnsupportedAlgorithm: "the timestamp reply uses a signature or hash algorithm Meldboek does not check"
        case .anchorErrMalformed: "this file is not a timestamp reply (RFC 3161, in DER)"
        case .anchorErrProofMalformed: "this file is not an OpenTimestamps proof Meldboek can read"
        case .anchorErrProofForOtherFile: "this OpenTimestamps proof is for another file than the checkpoint Meldboek wrote"
        case .anchorErrRootsUnreadable: "the file of trusted certificates holds no certificate Meldboek can read"
        case .anchorErrNothingOutstanding: "no checkpoint is waiting for a timestamp: none was anchored yet"
        case .anchorHintNothingOutstanding: "run meldboek anchor --out FOLDER first, then send the request it writes"
        case .anchorErrAlreadyImported: "this timestamp is already in the journal"
        case .anchorAbstract: "Timestamp a signed checkpoint with a timestamp authority or OpenTimestamps, offline first."
        case .anchorImportAbstract: "Check a timestamp reply (.tsr) or OpenTimestamps proof (.ots) and record it in the journal."
        case .anchorHelpReplyFile: "The reply of the timestamp authority (.tsr) or the proof ots wrote (.ots)."
        case .anchorHelpCA: "A PEM file with the authority's root certificate to trust; without it, the system's certificate store."
        case .anchorTimestampRecorded: "timestamp of {1} recorded: the checkpoint existed at {2}"
        case .anchorProofPendingOne: "OpenTimestamps proof recorded; it is still pending at {1} calendar: run ots upgrade in a few hours and import it again"
        case .anchorProofPendingOther: "OpenTimestamps proof recorded; it is still pending at {1} calendars: run ots upgrade in a few hours and import it again"
        case .anchorProofAttested: "OpenTimestamps proof recorded: attested in Bitcoin block {1}; ots verify checks it against the block"
        case .anchorRequestAbstract: "Sign a checkpoint and write it with a timestamp request, to send to an authority when online."
        case .anchorHelpOut: "The folder to write checkpoint.txt and checkpoint.tsq in (made if missing; existing files are never replaced)."
        case .anchorHelpOts: "Also print the command that stamps the checkpoint with OpenTimestamps."
        case .anchorWritten: "Wrote {1} and {2}."
        case .anchorSendWhenOnline: "When you are online, send the request to a timestamp authority:"
        case .anchorStampWithOts: "To stamp it with OpenTimestamps as well:"
        case .prvAbstract: "Write an evidence folder anyone can check without Meldboek: the chosen entries, their inclusion proofs, the checkpoints and everything that witnessed them."
        case .prvHelpIDs: "The entries to prove (ids or unique prefixes)."
        case .prvHelpOut: "The folder to write; it must not exist yet."
        case .prvHelpAllRevisions: "Prove every earlier version too, not only the current one."
        case .prvHelpRedact: "Hide names or places as share does: people, witnesses, location (comma-separated)."
        case .prvHelpReveal: "Open one pseudonym of an earlier bundle (with --bundle); every other redaction of that bundle stays."
        case .prvHelpBundle: "The bundle whose pseudonym --reveal opens: its id, or its first eight characters as shares shows them."
        case .prvHelpCA: "CA certificates (PEM) of the timestamp authority, copied into the folder for openssl ts -verify."
        case .prvErrRevealNeedsBundle: "--reveal and --bundle go together"
        case .prvErrRevealNoIDs: "with --reveal the entries of that bundle are proven: give no entry ids, --redact or --all-revisions"
        case .prvErrChooseEntries: "name the entries to prove"
        case .prvErrNoCommitment: "entry {1}: version {2} was written before this journal kept commitments (before meldboek upgrade), so it can't be proven"
        case .prvErrUnknownBundle: "no bundle '{1}' in the share log, or more than one starts with it (see meldboek shares)"
        case .prvErrNoPseudonyms: "bundle {1} hid no names under pseudonyms, so there is nothing to reveal"
        case .prvErrUnknownPseudonym: "'{1}' is not a pseudonym of that bundle"
        case .prvErrNotCosigned: "the adviser has not cosigned bundle {1} yet: import their receipt first (meldboek receipts import)"
        case .prvErrEntriesGone: "none of the entries of bundle {1} is still in the journal"
        case .prvWritten: "Evidence folder written to {1}:"
        case .prvRevisionLine: "  entry {1}, version {2}: proven in the checkpoint of {3} records"
        case .prvCheckpointLine: "  checkpoint of {1} records: {2} cosignatures, {3} timestamp tokens, {4} OpenTimestamps proofs"
        case .prvSkipped: "  entry {1}, version {2}: left out, written before this journal kept commitments"
        case .prvCheckpointMade: "A new checkpoint of {1} records was signed for this proof and stored in the journal."
        case .prvRevealed: "{1} is opened in the entries of bundle {2}; every other name stays hidden."
        case .prvCheckWith: "Check it, with Python 3 only:"
        }
    }

    /// The Dutch text.
    public var nl: String {
        switch self {
        case .rootAbstract: "Een versleuteld dagboek voor ongewenst gedrag op het werk."
        case .initAbstract: "Maak een nieuwe versleutelde kluis."
        case .addAbstract: "Leg een nieuw incident vast."
        case .listAbstract: "Toon aantekeningen, oudste eerst."
        case .showAbstract: "Toon één aantekening."
        case .amendAbstract: "Vul een aantekening aan of verbeter haar; elke eerdere versie blijft bewaard."
        case .searchAbstract: "Zoek in alle velden van alle aantekeningen, ongeacht hoofdletters en accenten."
        case .tagAbstract: "Voeg labels toe aan een aantekening of haal ze weg."
        case .attachAbstract: "Voeg bestanden versleuteld toe aan een aantekening."
        case .attachmentAbstract: "Werk met bijlagen."
        case .attachmentSaveAbstract: "Sla een bijlage op als bestand, byte voor byte."
        case .deleteAbstract: "Verwijder een aantekening en al haar versies voorgoed."
        case .passwdAbstract: "Wijzig de wachtwoordzin van de kluis."
        case .verifyAbstract: "Controleer elk record, de hashketen en elke bijlage."
        case .exportAbstract: "Exporteer aantekeningen leesbaar (JSON of Markdown) voor eigen gebruik."
        case .helpVault: "De map van de kluis (standaard: $MELDBOEK_VAULT, anders de XDG-gegevensmap)."
        case .helpLang: "De taal: nl of en (standaard: uit de locale)."
        case .helpJSON: "Geef JSON in plaats van tekst."
        case .helpKDF: "Hoe zwaar de wachtwoordzin wordt uitgerekt: interactive, moderate of sensitive."
        case .helpTitle: "Een korte titel."
        case .helpWhen: "Wanneer het gebeurde: een datum of tijd, of woorden zoals \"gisteren 14:00\", \"vorige week dinsdag\" of \"maart 2025\"."
        case .helpWhenApprox: "Wanneer het gebeurde, in je eigen woorden, als je het niet precies weet (\"voorjaar 2024\")."
        case .helpWhere: "Waar het gebeurde."
        case .helpPerson: "Een betrokkene, als NAAM of NAAM:ROL, de rol in je eigen woorden (teamleider) of leidinggevende, collega, klant, ondergeschikte of anders; herhaal voor meer."
        case .helpWitness: "Een getuige; herhaal voor meer."
        case .helpCategory: "Het soort gedrag: seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet; herhaal voor meer."
        case .helpTag: "Een eigen label; herhaal voor meer."
        case .helpImpact: "Wat het met je deed."
        case .helpAction: "Wat je daarna hebt gedaan, of welke weg je koos."
        case .helpText: "Wat er gebeurde."
        case .helpStdin: "Lees wat er gebeurde van standaardinvoer."
        case .helpEditor: "Schrijf wat er gebeurde in je editor ($VISUAL of $EDITOR), via een bestand dat in het geheugen blijft."
        case .helpAttach: "Een bestand om toe te voegen; herhaal voor meer."
        case .helpAppend: "Tekst om aan wat er gebeurde toe te voegen, als nieuwe alinea."
        case .helpRemovePerson: "Haal een betrokkene weg, op naam."
        case .helpRemoveWitness: "Haal een getuige weg, op naam."
        case .helpRemoveCategory: "Haal een soort gedrag weg."
        case .helpRemoveTag: "Haal een label weg."
        case .helpSince: "Alleen aantekeningen vanaf deze datum."
        case .helpUntil: "Alleen aantekeningen tot en met deze datum."
        case .helpFilterCategory: "Alleen aantekeningen over dit soort gedrag; herhaal voor meer."
        case .helpFilterPerson: "Alleen aantekeningen met iemand wiens naam dit bevat; herhaal voor meer."
        case .helpFilterTag: "Alleen aantekeningen met dit label; herhaal voor meer."
        case .helpLimit: "Toon alleen de laatste N."
        case .helpID: "Het id van de aantekening, of een uniek deel ervan (minstens 4 hexadecimale tekens)."
        case .helpHistory: "Toon elke versie met het moment waarop ze werd vastgelegd."
        case .helpSearchWords: "De woorden om te zoeken; elk woord moet voorkomen."
        case .helpTags: "De labels."
        case .helpRemove: "Haal deze labels weg in plaats van ze toe te voegen."
        case .helpFiles: "De bestanden om toe te voegen."
        case .helpAttachmentName: "De naam van de bijlage, zoals 'show' die toont."
        case .helpOut: "Het bestand om te schrijven."
        case .helpYes: "Vraag niet om bevestiging."
        case .helpFormat: "Het formaat: json of markdown."
        case .vaultCreated: "Nieuwe kluis gemaakt in {1}."
        case .vaultCreatedHint: "Bewaar je wachtwoordzin goed: zonder wachtwoordzin kan niemand, ook jij niet, dit dagboek lezen."
        case .entryAdded: "Aantekening {1} toegevoegd."
        case .entryAmended: "Aantekening {1} aangevuld: versie {2}."
        case .nothingChanged: "Er is niets veranderd, dus er is geen nieuwe versie geschreven."
        case .attached: "{1} toegevoegd aan aantekening {2}."
        case .attachmentSaved: "{1} opgeslagen in {2} ({3} bytes, SHA-256 {4})."
        case .deleteConfirm: "Aantekening {1} \"{2}\" met al haar {3} versie(s) en {4} bijlage(n) voorgoed verwijderen? Dit kan niet ongedaan worden gemaakt. [j/N] "
        case .deleted: "Aantekening {1} voorgoed verwijderd."
        case .passphraseChanged: "Wachtwoordzin gewijzigd. De oude wachtwoordzin opent deze kluis niet meer; eerder gemaakte kopieën van de kluis openen er nog wel mee."
        case .askPassphrase: "Wachtwoordzin: "
        case .askNewPassphrase: "Nieuwe wachtwoordzin: "
        case .askRepeatPassphrase: "Herhaal de wachtwoordzin: "
        case .verifyOK: "Kluis in orde: {1} records, {2} aantekeningen, {3} bijlagen en {4} verwijdering(en) gecontroleerd."
        case .verifyFailed: "Kluis beschadigd: {1} probleem/problemen gevonden; al het andere is leesbaar."
        case .problemAltered: "record {1} (id {2}): gewijzigd of beschadigd, het is niet te lezen"
        case .problemOutOfChain: "record {1}{2}: sluit niet aan op het record ervoor (ingevoegd, verplaatst, of een eerder record verwijderd)"
        case .problemMissing: "record {1}: ontbreekt, verwijderd zonder spoor in de keten"
        case .problemReappeared: "record {1}: was verwijderd maar is terug"
        case .problemHead: "de keten hoort te eindigen bij record {1} maar eindigt bij {2}: records aan het eind weggehaald of toegevoegd"
        case .problemAttachment: "aantekening {1}, bijlage {2}: inhoud ontbreekt, is gewijzigd of klopt niet met de hash"
        case .ofEntry: " (aantekening {1})"
        case .noEntries: "Geen aantekeningen."
        case .plaintextWarning: "Let op: {1} bevat aantekeningen in leesbare vorm. Bewaar het veilig en verwijder het als je het niet meer nodig hebt."
        case .exported: "{1} aantekeningen geëxporteerd naar {2}."
        case .unreadableWarning: "Let op: {1} record(s) konden niet worden gelezen; 'meldboek verify' zegt welke."
        case .labelEntry: "Aantekening"
        case .labelTitle: "Titel"
        case .labelWhen: "Wanneer"
        case .labelRecorded: "Vastgelegd"
        case .labelAmended: "Laatst aangevuld"
        case .labelWhere: "Waar"
        case .labelPeople: "Betrokkenen"
        case .labelWitnesses: "Getuigen"
        case .labelCategories: "Soort gedrag"
        case .labelTags: "Labels"
        case .labelNarrative: "Wat er gebeurde"
        case .labelImpact: "Wat het met je deed"
        case .labelActions: "Ondernomen stappen"
        case .labelAttachments: "Bijlagen"
        case .labelVersion: "Versie {1}, vastgelegd {2}"
        case .labelVersions: "Versies"
        case .labelDateUnknown: "datum onbekend"
        case .exportTitle: "Meldboek: geëxporteerde aantekeningen"
        case .exportedAt: "Geëxporteerd op {1}. Dit bestand is niet versleuteld."
        case .errVaultMissing: "geen kluis in {1}"
        case .hintVaultMissing: "maak er een met 'meldboek init', of noem een andere met --vault"
        case .errVaultExists: "er staat al een kluis in {1}"
        case .errNotAVault: "{1} is geen Meldboek-kluis"
        case .errNewerFormat: "deze kluis heeft formaat {1}, en deze Meldboek leest tot en met formaat {2}"
        case .hintNewerFormat: "werk Meldboek bij; de kluis is niet aangeraakt"
        case .errWrongPassphrase: "verkeerde wachtwoordzin"
        case .errPassphraseUnavailable: "de kluis is vergrendeld: geen ontgrendelsessie, geen terminal om de wachtwoordzin te vragen, en MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE en MELDBOEK_PASSPHRASE_COMMAND zijn niet gezet"
        case .errPassphraseMismatch: "de wachtwoordzinnen komen niet overeen"
        case .errPassphraseEmpty: "de wachtwoordzin is leeg"
        case .errPassphraseCommand: "de opdracht die de wachtwoordzin geeft, is mislukt (afsluitcode {1})"
        case .errEntryNotFound: "geen aantekening {1}"
        case .hintEntryNotFound: "'meldboek list' toont de ids"
        case .errEntryAmbiguous: "{1} past bij {2} aantekeningen"
        case .hintEntryAmbiguous: "geef meer van het id"
        case .errAttachmentNotFound: "aantekening {1} heeft geen bijlage met de naam {2}"
        case .errAttachmentExists: "de aantekening heeft al een bijlage met de naam {1}"
        case .hintAttachmentExists: "geef het bestand eerst een andere naam"
        case .errUnknownCategory: "onbekend soort gedrag '{1}'"
        case .hintUnknownCategory: "gebruik seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet"
        case .errUnknownRole: "onbekende rol '{1}'"
        case .hintUnknownRole: "gebruik leidinggevende, collega, klant, ondergeschikte of anders"
        case .errUnreadableDate: "kan de datum '{1}' niet lezen"
        case .hintUnreadableDate: "probeer 2025-03-04, \"gisteren 14:00\", \"3 dagen geleden\" of \"maart 2025\"; voor eigen woorden gebruik je --when-approx"
        case .errNothingToRecord: "niets vast te leggen: geef een --title of wat er gebeurde (--text, --stdin of --editor)"
        case .errRecordCorrupt: "record {1} is gewijzigd of beschadigd"
        case .hintVerify: "gebruik 'meldboek verify' om te zien wat beschadigd is; al het andere blijft leesbaar"
        case .errUnreadableRecords: "records die niet konden worden gelezen: {1}"
        case .errAttachmentCorrupt: "bijlage {1} is beschadigd: de inhoud klopt niet met de hash"
        case .errReadOnly: "kan niet schrijven naar {1}: alleen-lezen"
        case .errDiskFull: "de schijf is vol; er is niets veranderd"
        case .errIO: "{1}: {2}"
        case .errNoTmpfs: "geen map in het geheugen (tmpfs) voor het bestand van de editor, en het mag de schijf niet raken"
        case .hintNoTmpfs: "gebruik --text of --stdin, of zet XDG_RUNTIME_DIR op een tmpfs-map"
        case .errEditorFailed: "de editor is mislukt (afsluitcode {1}); er is niets opgeslagen"
        case .errCancelled: "geannuleerd; er is niets veranderd"
        case .errCrypto: "het afleiden van de sleutel uit de wachtwoordzin is mislukt; is er genoeg vrij geheugen?"
        case .errStorage: "de database van de kluis gaf een fout (SQLite-resultaatcode {1})"
        case .errConfirmNeedsTerminal: "bevestiging nodig, maar er is geen terminal om het te vragen"
        case .hintConfirmNeedsTerminal: "voeg --yes toe om in een script te bevestigen"
        case .errInput: "{1}"
        case .errOneNarrativeSource: "geef wat er gebeurde op één manier: --text, --stdin of --editor"
        case .errWhenTwice: "geef --when of --when-approx, niet allebei"
        case .errBadLimit: "--limit moet een positief getal zijn"
        case .yourFingerprint: "Vingerafdruk: {1}"
        case .contactsAbstract: "Bewaar de kaarten van vertrouwenspersonen met wie je kunt delen."
        case .contactsAddAbstract: "Voeg een contact toe met diens kaart."
        case .contactsListAbstract: "Toon je contacten."
        case .contactsRemoveAbstract: "Verwijder een contact; eerdere deelacties blijven in het deellogboek."
        case .helpContactName: "De naam die je dit contact geeft."
        case .helpCard: "Diens kaart: één regel die begint met meldboek-card:1:."
        case .contactAdded: "Contact {1} toegevoegd."
        case .compareFingerprint: "Vingerafdruk {1}: vergelijk die met {2} telefonisch of persoonlijk voordat je iets deelt."
        case .noContacts: "Geen contacten."
        case .contactRemoved: "Contact {1} verwijderd."
        case .shareAbstract: "Deel gekozen aantekeningen met een vertrouwenspersoon als één ondertekend, versleuteld bundelbestand."
        case .helpTo: "Het contact om mee te delen."
        case .helpShareIDs: "De aantekeningen om te delen (ids of unieke delen); of gebruik --all of filters."
        case .helpAll: "Deel alle aantekeningen (die bij de filters passen)."
        case .helpWithoutAttachments: "Neem geen bijlagen mee."
        case .helpNote: "Een bericht voor de vertrouwenspersoon, meegestuurd met de bundel."
        case .errChooseEntries: "kies wat je deelt: ids van aantekeningen, filters (--since, --category, …) of --all"
        case .pseudonym: "Persoon"
        case .previewHeader: "Dit gaat naar {1} (vingerafdruk {2}), versleuteld en ondertekend:"
        case .previewRedacted: "Afgeschermd (namen worden schuilnamen, plaatsen vallen weg): {1}"
        case .previewNote: "Bericht: {1}"
        case .previewVersions: "(met alle {1} versies)"
        case .previewAttachment: "Bijlage: {1} ({2} bytes)"
        case .sharesAbstract: "Toon wat je deelde, met wie en wanneer, en of er een ontvangstbewijs terugkwam."
        case .noShares: "Nog niets gedeeld."
        case .receiptReceived: "ontvangen {1}"
        case .receiptNone: "nog geen ontvangstbewijs"
        case .receiptsAbstract: "Werk met ontvangstbewijzen van vertrouwenspersonen."
        case .receiptsImportAbstract: "Controleer een ontvangstbewijs en leg het vast in het deellogboek."
        case .helpReceiptFile: "Het ontvangstbewijs dat de vertrouwenspersoon je stuurde."
        case .receiptKnown: "Het ontvangstbewijs voor bundel {1} was al vastgelegd; er is niets veranderd."
        case .receiptRecorded: "Ontvangstbewijs van {1} voor bundel {2} gecontroleerd en vastgelegd."
        case .adviserAbstract: "De kant van de vertrouwenspersoon: je eigen kluis met dossiers."
        case .adviserInitAbstract: "Maak een kluis voor vertrouwenspersonen, met je sleutels."
        case .adviserCardAbstract: "Toon je openbare kaart, voor melders om als contact toe te voegen."
        case .adviserExportIdentityAbstract: "Schrijf je age-identiteitsbestand, om bundels met alleen age te openen."
        case .identityWarning: "Let op: dit bestand opent elke bundel die naar jou is gestuurd. Bewaar het offline en veilig."
        case .identityConfirm: "Je geheime identiteit naar een bestand schrijven? [j/N] "
        case .identityWritten: "Je age-identiteit geschreven naar {1} (modus 0600)."
        case .adviserImportAbstract: "Controleer een bundel van een melder en bewaar die in je kluis."
        case .helpBundleFile: "Het bundelbestand."
        case .helpCaseName: "De naam van het dossier."
        case .helpAcceptNewKey: "Accepteer een bundel voor een bekend dossier die met een sleutel is ondertekend die het dossier nog niet kent."
        case .helpReceiptOut: "Schrijf een ondertekend ontvangstbewijs naar dit bestand, voor de melder."
        case .importAlready: "Bundel {1} was al geïmporteerd in {2}; er is niets veranderd."
        case .caseOpened: "Dossier {1} geopend voor afzender {2}: vergelijk deze vingerafdruk met de melder."
        case .imported: "{1} nieuwe aantekeningen, {2} nieuwe versies en {3} bijlagen geïmporteerd in {4}."
        case .receiptWritten: "Ontvangstbewijs geschreven naar {1}."
        case .adviserCasesAbstract: "Toon je dossiers."
        case .noCases: "Geen dossiers."
        case .caseSummary: "{1} aantekeningen uit {2} bundels, laatste {3}"
        case .adviserShowAbstract: "Toon een dossier: elke aantekening, de versies en de bundel die elke versie bracht."
        case .adviserNoteAbstract: "Voeg een privénotitie toe aan een dossier; notities worden nooit geëxporteerd."
        case .helpNoteText: "De notitie."
        case .noteAdded: "Notitie toegevoegd aan {1}."
        case .caseHeader: "Dossier {1} (afzender {2})"
        case .caseBundle: "bundel {1}, gemaakt {2}, ontvangen {3}"
        case .fromBundle: "uit bundel {1}"
        case .caseNotes: "Je notities:"
        case .errMalformedCard: "dat is geen Meldboek-kaart"
        case .hintMalformedCard: "een kaart is één regel die begint met meldboek-card:1:, zoals 'meldboek identity' of 'meldboek adviser card' die toont"
        case .errContactExists: "je hebt al een contact met de naam {1}"
        case .errContactNotFound: "geen contact met de naam {1}"
        case .hintContactNotFound: "'meldboek contacts list' toont je contacten"
        case .errWrongRoleMelder: "dit is een kluis van een vertrouwenspersoon, geen dagboek"
        case .hintWrongRoleMelder: "gebruik er 'meldboek adviser …' voor, of noem je dagboek met --vault"
        case .errWrongRoleAdviser: "dit is het dagboek van een melder, geen kluis van een vertrouwenspersoon"
        case .hintWrongRoleAdviser: "maak een kluis met 'meldboek adviser init', of noem die met --vault of MELDBOEK_ADVISER_VAULT"
        case .errNothingSelected: "er passen geen aantekeningen; er is niets gedeeld"
        case .errNotABundle: "dit is geen Meldboek-bundel ({1})"
        case .errNotForThisVault: "deze bundel is niet versleuteld voor jouw sleutel"
        case .hintNotForThisVault: "vraag de afzender om je huidige kaart toe te voegen ('meldboek adviser card')"
        case .errBundleInvalid: "de bundel is beschadigd of gewijzigd: {1}; er is niets geïmporteerd"
        case .errUnsupportedVersion: "formaatversie {1} is nieuwer dan deze Meldboek kan lezen"
        case .errBadSignature: "de handtekening klopt niet ({1}); er is niets geïmporteerd"
        case .errCaseKeyMismatch: "dossier {1} hoort bij afzender {2}, maar deze bundel is ondertekend door {3}"
        case .hintCaseKeyMismatch: "als de melder een nieuwe sleutel heeft, controleer de vingerafdruk met de melder en importeer opnieuw met --accept-new-key"
        case .errCaseNotFound: "geen dossier met de naam {1}"
        case .hintCaseNotFound: "'meldboek adviser cases' toont ze"
        case .errUnknownBundle: "dit dagboek heeft bundel {1} nooit gedeeld"
        case .errReceiptMismatch: "het ontvangstbewijs noemt een ander bundelbestand dan het bestand dat je stuurde"
        case .problemHeadAltered: "de verzegelde kop van de keten is gewijzigd of beschadigd, dus weggehaalde records aan het eind zijn niet uit te sluiten"
        case .errNewPassphraseUnavailable: "geen nieuwe wachtwoordzin: geen terminal om naar te vragen, en MELDBOEK_NEW_PASSPHRASE en MELDBOEK_NEW_PASSPHRASE_FILE zijn niet gezet"
        case .errPassphraseTooLong: "de wachtwoordzin is langer dan {1} bytes"
        case .errFileExists: "{1} bestaat al"
        case .hintFileExists: "Meldboek overschrijft nooit een bestand: kies een andere naam of verwijder het eerst"
        case .errFolderNotEmpty: "{1} is niet leeg en is geen kluis"
        case .hintFolderNotEmpty: "geef een nieuwe (of lege) map voor de kluis"
        case .yourAdviserCard: "Je kaart, voor melders om als contact toe te voegen: {1}"
        case .unlockAbstract: "Ontgrendel de kluis een tijdje, zodat de volgende commando's geen wachtwoordzin nodig hebben."
        case .lockAbstract: "Vergrendel de kluis nu: beëindig de ontgrendelsessie."
        case .statusAbstract: "Zeg of de kluis ontgrendeld is, en tot wanneer."
        case .helpUnlockFor: "Hoe lang de kluis zonder gebruik ontgrendeld blijft, zoals 15m, 2h of 1h30m (hoogstens 12h)."
        case .helpAdviserVault: "Gebruik de kluis van de adviseur (MELDBOEK_ADVISER_VAULT) in plaats van die van de melder."
        case .unlockedUntil: "ontgrendeld tot {1}; elk gebruik verlengt dat met {2} (`meldboek lock` vergrendelt nu)"
        case .lockedNow: "vergrendeld"
        case .wasNotUnlocked: "de kluis was niet ontgrendeld"
        case .statusUnlocked: "{1}: ontgrendeld tot {2}; elk gebruik verlengt dat met {3}"
        case .statusLocked: "{1}: vergrendeld"
        case .sessionEndedAfterPasswd: "de ontgrendelsessie is beëindigd; `meldboek unlock` start er een met de nieuwe wachtwoordzin"
        case .errAgentFolderUnsafe: "de map voor ontgrendelsessies, {1}, is niet veilig: het moet je eigen map zijn waar niemand anders in kan"
        case .errAgentUnreachable: "de ontgrendelagent antwoordde niet"
        case .errAgentPathTooLong: "het pad van de ontgrendelsocket is te lang: {1}"
        case .hintAgentPathTooLong: "zet XDG_RUNTIME_DIR op een kortere map"
        case .errAgentFailed: "kon de ontgrendelagent niet starten: {1}"
        case .hintLocked: "voer 'meldboek unlock' uit op een terminal, of geef de wachtwoordzin in MELDBOEK_PASSPHRASE"
        case .errBadDuration: "'--for' verwacht een duur zoals 15m, 2h of 1h30m, van hoogstens 12 uur"
        case .statsAbstract: "Tel aantekeningen per soort, maand, persoon en plaats, en toon de tijd tussen incidenten."
        case .reportAbstract: "Schrijf een rapport van aantekeningen op volgorde van tijd, met een tijdlijn en een tabel van betrokkenen."
        case .adviserReportAbstract: "Schrijf een rapport van een dossier, met de bundel waarin elke aantekening binnenkwam."
        case .helpReportFormat: "Het formaat: html of markdown."
        case .helpReportRedact: "Laat namen of plaatsen weg: people, witnesses, location (met komma's). Namen worden overal in het rapport Persoon A, Persoon B, …"
        case .reportWritten: "Rapport geschreven naar {2}. Aantekeningen erin: {1}."
        case .reportTitle: "Meldboek-rapport"
        case .reportCaseTitle: "Dossierrapport: {1}"
        case .reportMadeAt: "Gemaakt op {1}. Dit bestand is niet versleuteld."
        case .reportConfidential: "Vertrouwelijk: dit rapport bevat persoonlijke en gevoelige informatie."
        case .reportPeriod: "Periode: {1} tot en met {2}"
        case .reportEntryCount: "Aantekeningen: {1}"
        case .reportOverview: "Overzicht"
        case .reportChartTitle: "Incidenten per maand, per soort"
        case .reportChartNote: "Een incident van meerdere soorten telt bij elke soort één keer mee."
        case .reportUndated: "Niet in de tijdlijn, omdat de datum onbekend is: {1}"
        case .reportNoChart: "Geen incident heeft een bekende datum, dus er is geen tijdlijn."
        case .reportNoKind: "geen soort opgegeven"
        case .reportPeopleTitle: "Betrokkenen"
        case .reportColumnWho: "Wie"
        case .reportColumnRole: "Rol"
        case .reportColumnCount: "Aantekeningen"
        case .reportColumnFirst: "Eerste"
        case .reportColumnLast: "Laatste"
        case .reportColumnName: "Naam"
        case .reportColumnSize: "Grootte"
        case .reportColumnKind: "Soort"
        case .reportColumnMonth: "Maand"
        case .reportColumnPlace: "Plaats"
        case .reportColumnBundle: "Bundel"
        case .reportColumnMade: "Gemaakt"
        case .reportColumnReceived: "Ontvangen"
        case .reportColumnVersion: "Versie"
        case .reportColumnChanges: "Wijzigingen"
        case .reportRepeated: "herhaald patroon"
        case .reportRepeatedNote: "Herhaald patroon: iemand die in {1} of meer aantekeningen voorkomt."
        case .reportEntriesTitle: "Aantekeningen"
        case .reportHappened: "Gebeurd"
        case .reportSameDay: "dezelfde dag"
        case .reportHistory: "Geschiedenis"
        case .reportFirstVersion: "eerste versie"
        case .reportChanged: "gewijzigd: {1}"
        case .reportNoChange: "geen veld gewijzigd"
        case .reportEarlier: "Zoals het was vóór versie {1}"
        case .reportFromBundle: "Uit bundel {1}, ontvangen {2}"
        case .reportBundlesTitle: "Ontvangen bundels"
        case .reportSenderKey: "Vingerafdruk van de sleutel van de melder"
        case .reportBytes: "{1} bytes"
        case .statsTotal: "Aantekeningen: {1}"
        case .statsUndated: "Zonder bekende datum: {1}"
        case .statsPerKind: "Per soort gedrag"
        case .statsPerMonth: "Per maand"
        case .statsPerPerson: "Per persoon"
        case .statsPerPlace: "Per plaats"
        case .interviewIntro: "We schrijven op wat er gebeurde. Druk op Enter om een vraag over te slaan. Met Ctrl-C kun je stoppen en, als je wilt, wat je typte bewaren als concept."
        case .askNarrative: "Wat is er gebeurd? Vertel het in je eigen woorden, alles wat je je herinnert. Meerdere regels mag; sluit af met een lege regel."
        case .askTitleInstead: "Je hebt overgeslagen wat er gebeurde. Geef dan ten minste een korte titel, of druk op Enter om te stoppen zonder op te slaan:"
        case .askWhen: "Wanneer gebeurde het? Bijvoorbeeld \"gisteren 14:00\", \"vorige week dinsdag\", \"maart 2025\" of je eigen woorden; \"weet ik niet\" mag ook."
        case .whenUnderstood: "Begrepen als {1}."
        case .whenOwnWords: "Bewaard in je eigen woorden: {1}."
        case .whenLeftOpen: "De datum blijft open."
        case .askWhere: "Waar gebeurde het?"
        case .askPeople: "Wie waren erbij betrokken? Typ één naam (of schuilnaam) per regel; druk op Enter als je klaar bent."
        case .askRole: "Welke rol heeft {1} ten opzichte van jou?"
        case .rolePrompt: "Nummer, of de rol in je eigen woorden (Enter = anders): "
        case .badChoice: "'{1}' is geen van de keuzes: typ een nummer van 1 tot en met {2}, of een naam."
        case .askWitnesses: "Wie heeft het gezien of gehoord? Eén naam per regel; druk op Enter als je klaar bent."
        case .askCategories: "Wat voor soort gedrag was het? Meer dan één kan, en twijfel mag:"
        case .categoryPrompt: "Nummers of namen, zoals \"1 3\" (Enter slaat over): "
        case .explainSexualHarassment: "woorden, gebaren of aanrakingen met een seksuele lading die je waardigheid aantasten"
        case .explainAggression: "in verband met je werk lastiggevallen, bedreigd of aangevallen worden, met woorden of fysiek"
        case .explainDiscrimination: "anders of slechter behandeld worden om wie je bent: afkomst, geloof, geslacht, seksuele oriëntatie, leeftijd, beperking"
        case .explainBullying: "herhaald intimiderend gedrag van een of meer mensen tegen iemand die zich er niet tegen kan verweren"
        case .explainIntegrity: "fraude, diefstal, misbruik van macht of positie, of het overtreden van regels en normen op het werk"
        case .explainOther: "iets anders, of je weet niet goed hoe je het moet noemen: dat is goed"
        case .askImpact: "Wat deed het met je? Meerdere regels mag; sluit af met een lege regel."
        case .askActions: "Wat deed je daarna? Bijvoorbeeld aan wie je het vertelde, of welke route je koos. Sluit af met een lege regel."
        case .askFiles: "Bestanden om bij te voegen, zoals een foto, een e-mail of een schermafdruk? Eén pad per regel; druk op Enter als je klaar bent."
        case .fileMissing: "Er is geen bestand {1}; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileIsFolder: "{1} is een map, geen bestand; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileUnreadable: "{1} kan niet worden gelezen (geen toestemming); probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileNameTaken: "Er is al een bestand met de naam {1} bijgevoegd; geef het eerst een andere naam, of druk op Enter om verder te gaan."
        case .summaryHeader: "Dit wordt opgeslagen:"
        case .confirmSave: "Deze aantekening opslaan? [J/n] "
        case .confirmAmend: "Dit opslaan als nieuwe versie? [J/n] "
        case .answerYesNo: "Antwoord met j of n."
        case .amendIntro: "Aanvullen van aantekening {1}. Druk per veld op Enter om het te houden, typ om het te vervangen, of typ - om het te wissen. Met Ctrl-C kun je stoppen."
        case .currentValue: "Nu: {1}"
        case .currentEmpty: "(leeg)"
        case .askNarrativeAddition: "Wat er gebeurde: wat je nu typt komt erbij als nieuwe alinea. Sluit af met een lege regel; alleen Enter laat het zoals het is."
        case .askKeepLine: "{1} (Enter houdt, - wist): "
        case .askReplaceText: "{1}: typ nieuwe tekst om het te vervangen en sluit af met een lege regel; alleen Enter houdt het, - wist het."
        case .askAmendList: "{1}: typ een naam om toe te voegen, of -naam om te verwijderen; druk op Enter als je klaar bent."
        case .notOnList: "{1} staat niet op de lijst."
        case .askAmendCategories: "Enter houdt de huidige soorten, een nieuwe keuze vervangt ze, - wist ze."
        case .errInterrupted: "onderbroken; er is niets opgeslagen"
        case .errInputEnded: "de invoer stopte voordat de vragen klaar waren; er is niets opgeslagen"
        case .addDiscussion: "Zonder een van deze opties, op een terminal, vraagt Meldboek vraag voor vraag naar het incident en toont een samenvatting voor het opslaan."
        case .amendDiscussion: "Zonder een van deze opties, op een terminal, loopt Meldboek de velden van de aantekening langs en toont wat er nu in staat."
        case .errHeadDamaged: "het verzegelde eindpunt van de kluis, waarin staat waar het dagboek ophoudt, is beschadigd: of er records ontbreken, valt niet na te gaan"
        case .errJournalIncomplete: "de records van het dagboek kloppen niet meer met de verzegelde keten, dus er is niets opgeslagen"
        case .hintJournalIncomplete: "gebruik 'meldboek verify' om te zien welke records ontbreken, verplaatst of toegevoegd zijn, en zet daarna een reservekopie van de kluis terug"
        case .errAmendUnreadableOne: "1 record van het dagboek is niet te lezen en kan een nieuwere versie van deze aantekening zijn: als je nu aanvult, kunnen twee versies hetzelfde nummer krijgen"
        case .errAmendUnreadableOther: "{1} records van het dagboek zijn niet te lezen en één ervan kan een nieuwere versie van deze aantekening zijn: als je nu aanvult, kunnen twee versies hetzelfde nummer krijgen"
        case .errIdentityDamaged: "de eigen sleutels van de kluis, verzegeld in de kluisregel, gaan niet open: de kluisregel is beschadigd"
        case .errRewriteFailed: "een record kon niet opnieuw worden verzegeld, dus er is niets veranderd"
        case .errRewriteNeedsIntact: "voordat de kluis opnieuw verzegeld kan worden, moet elk record leesbaar zijn en de keten heel; er is niets veranderd"
        case .errAlreadyUpgraded: "deze kluis heeft al indeling {1}: er valt niets bij te werken"
        case .warnHeadDamaged: "Let op: het verzegelde eindpunt van de kluis is beschadigd, dus of er records ontbreken, valt niet na te gaan; 'meldboek verify' zegt meer."
        case .warnOutsideChainOne: "Let op: 1 record ligt buiten de keten van het dagboek en is niet gelezen; 'meldboek verify' noemt het."
        case .warnOutsideChainOther: "Let op: {1} records liggen buiten de keten van het dagboek en zijn niet gelezen; 'meldboek verify' noemt ze."
        case .warnMissingOne: "Let op: 1 record ontbreekt in het dagboek, verwijderd zonder spoor in de keten; 'meldboek verify' noemt de plaats."
        case .warnMissingOther: "Let op: {1} records ontbreken in het dagboek, verwijderd zonder spoor in de keten; 'meldboek verify' noemt de plaatsen."
        case .warnExtraOne: "Let op: het dagboek bevat 1 record meer dan de keten verantwoordt; 'meldboek verify' noemt het."
        case .warnExtraOther: "Let op: het dagboek bevat {1} records meer dan de keten verantwoordt; 'meldboek verify' noemt ze."
        case .warnEndBroken: "Let op: het laatste record van het dagboek ontbreekt of klopt niet met het verzegelde eindpunt: er kunnen records aan het eind zijn weggehaald; 'meldboek verify' zegt meer."
        case .warnOldFormat: "Let op: deze kluis heeft indeling 1 (Meldboek 0.1.0), waarin records ongemerkt binnen de kluis verplaatst of weggehaald kunnen worden. 'meldboek upgrade' brengt hem naar indeling 3; daarbij wordt om je wachtwoordzin gevraagd."
        case .warnRollbackOlder: "Let op: deze kluis is ouder dan toen je hem op dit account het laatst gebruikte: op {1} stond hij op {2}, nu op {3}. Mogelijk is hij vervangen door een oudere kopie; wat sindsdien is geschreven, staat er niet in. Er wordt niets in opgeslagen tot je hem accepteert met 'meldboek verify --accept'."
        case .warnRollbackDiverged: "Let op: deze kluis is een andere weg gegaan dan toen je hem op dit account het laatst gebruikte: op {1} stond hij op {2}, en zijn geschiedenis leidt nu naar {3} zonder daarlangs te komen. Mogelijk is het een andere kopie van de kluis. Er wordt niets in opgeslagen tot je hem accepteert met 'meldboek verify --accept'."
        case .journalFingerprint: "Vingerafdruk van het dagboek: {1}"
        case .problemOutsideChain: "record op plaats {1}: buiten de keten, die loopt van 1 tot {2}; het hoort niet bij het dagboek en wordt nooit gelezen"
        case .problemRemovedCount: "het verzegelde eindpunt telt {1} verwijderde records, maar de verwijderingen noemen er {2}"
        case .verifyExpectFound: "Het dagboek komt langs de vingerafdruk die je noteerde, {1}."
        case .verifyExpectDiffers: "Het dagboek komt niet langs de vingerafdruk die je noteerde, {1}: op die plaats staat {2}."
        case .verifyExpectUnknown: "Niet aan te tonen dat het dagboek langs de vingerafdruk komt die je noteerde, {1}: de records vóór die plaats zijn beschadigd."
        case .verifyExpectBeyond: "Het dagboek houdt op bij plaats {2}, vóór de vingerafdruk die je noteerde, {1}: het is ouder dan toen je die noteerde, of er zijn records aan het eind weggehaald."
        case .helpExpect: "Een vingerafdruk van het dagboek die je eerder noteerde (PLAATS:xxxx-xxxx-xxxx): controleer dat het dagboek er nog langs komt."
        case .errBadFingerprint: "'{1}' is geen vingerafdruk van het dagboek: die ziet eruit als 12:7f3a-91c2-0be4"
        case .upgradeAbstract: "Breng de kluis naar de huidige indeling; vraagt om je wachtwoordzin."
        case .rekeyAbstract: "Versleutel elk record en elke bijlage opnieuw met een nieuwe kluissleutel; vraagt om je wachtwoordzin."
        case .askCurrentPassphrase: "Huidige wachtwoordzin: "
        case .upgradeDoneOne: "Kluis bijgewerkt naar indeling 3: 1 record opnieuw verzegeld."
        case .upgradeDoneOther: "Kluis bijgewerkt naar indeling 3: {1} records opnieuw verzegeld."
        case .rekeyDoneOne: "Nieuwe kluissleutel: 1 record en alle bijlagen zijn ermee opnieuw verzegeld. Kopieën van de kluis van vóór nu gaan nog open met de wachtwoordzin die toen gold."
        case .rekeyDoneOther: "Nieuwe kluissleutel: {1} records en alle bijlagen zijn ermee opnieuw verzegeld. Kopieën van de kluis van vóór nu gaan nog open met de wachtwoordzin die toen gold."
        case .rewriteProgress: "Records opnieuw verzegelen: {1} van {2}"
        case .sessionEndedForRekey: "De ontgrendelsessie is beëindigd: die bewaarde de oude sleutel."
        case .errJournalDamaged: "het dagboek is niet meer zoals het verzegeld is; wat leesbaar was, is getoond"
        case .problemNotAgeFile: "het is geen age-bestand, of geen dat deze versie kan lezen"
        case .problemAgeHeaderDamaged: "de age-header is beschadigd"
        case .problemAgePayloadDamaged: "de versleutelde inhoud is beschadigd of afgebroken"
        case .problemTarDamaged: "het archief erin is beschadigd of afgebroken"
        case .problemUnsafeMemberName: "het archief bevat een bestand met een onveilige naam, {1}"
        case .problemMemberNotAFile: "het archief bevat iets anders dan een gewoon bestand (een koppeling, apparaat of map)"
        case .problemDuplicateMember: "het archief bevat {1} twee keer"
        case .problemOverLimit: "het archief is groter of bevat meer bestanden dan toegestaan"
        case .problemMemberOutOfOrder: "{1} staat op de plaats van {2}"
        case .problemUnlistedMember: "{1} staat niet in het manifest"
        case .problemMissingMember: "{1} ontbreekt"
        case .problemMemberTooLarge: "{1} is groter dan toegestaan"
        case .problemSizeMismatch: "{1} heeft een andere grootte dan het manifest aangeeft"
        case .problemHashMismatch: "{1} past niet bij de hash"
        case .problemDataAfterEnd: "er staan nog gegevens na het einde"
        case .problemWrongFormat: "{1} is geen Meldboek-bestand"
        case .problemMalformedJSON: "{1} is ongeldig"
        case .problemDuplicateKey: "{1} noemt een veld twee keer"
        case .problemInvalidField: "{1} heeft een ongeldige waarde voor {2}"
        case .problemListedTwice: "het manifest noemt {1} twee keer"
        case .problemEntryMismatch: "{1} past niet bij het manifest"
        case .problemSignatureMalformed: "het handtekeningbestand is geen minisign-handtekening"
        case .problemSignatureWrongKey: "er is ondertekend met een andere sleutel dan die van de afzender"
        case .problemSignatureInvalid: "de handtekening is ongeldig"
        case .problemSignedCommentMismatch: "het ondertekende commentaar hoort niet bij dit bestand"
        case .problemFingerprintMismatch: "de vingerafdruk past niet bij de sleutels"
        case .errReceiptInvalid: "het ontvangstbewijs is beschadigd of gewijzigd: {1}; er is niets vastgelegd"
        case .errReceiptBadSignature: "de handtekening van het ontvangstbewijs klopt niet ({1}); er is niets vastgelegd"
        case .errBundleIdConflict: "bundel {1} is eerder geïmporteerd in dossier {2}, van een andere afzender; er is niets geïmporteerd"
        case .hintBundleIdConflict: "twee afzenders sturen nooit dezelfde bundel-id: vergelijk de vingerafdruk met de melder voordat je dit bestand vertrouwt"
        case .errCardKeyUnusable: "de versleutelingssleutel op de kaart bestaat uit nullen of is zwak; niets wat ernaar gestuurd wordt, blijft geheim"
        case .hintCardKeyUnusable: "vraag om een nieuwe kaart, zoals 'meldboek adviser card' die toont"
        case .errAttachmentTooLargeToShare: "bijlage {1} is groter dan een bundel kan bevatten (hoogstens {2} bytes); er is niets gedeeld"
        case .hintAttachmentTooLargeToShare: "deel met --without-attachments en geef dit bestand op een andere manier door"
        case .errEntryTooLargeToShare: "aantekening {1} is te groot voor een bundel (het bestand zou groter worden dan {2} bytes); er is niets gedeeld"
        case .errTooManyToShare: "dit is te veel voor één bundel (hoogstens {1} aantekeningen en bijlagen, en een manifest van hoogstens 1 MiB); er is niets gedeeld"
        case .hintTooManyToShare: "deel minder aantekeningen tegelijk"
        case .errCurrentPassphraseUnavailable: "hiervoor is de huidige wachtwoordzin nodig, ook als de kluis ontgrendeld is: er is geen terminal om ernaar te vragen, en MELDBOEK_PASSPHRASE, MELDBOEK_PASSPHRASE_FILE en MELDBOEK_PASSPHRASE_COMMAND zijn niet gezet"
        case .errVaultSettingsDamaged: "de sleutelinstellingen van de kluis in {1} zijn beschadigd of gewijzigd: {2} is {3}, wat Meldboek nooit schrijft"
        case .errVaultNotOwned: "{1} is van een andere gebruiker (uid {2}): Meldboek opent geen kluis die iemand anders kan wijzigen"
        case .errVaultFileIsLink: "{1} is een symbolische koppeling: Meldboek opent alleen de eigen bestanden van de kluis, geen koppeling naar een bestand elders"
        case .permRepaired: "hersteld: anderen konden bij {1} (modus {2}); het is nu {3}, alleen voor jou"
        case .crashStopped: "interne fout: Meldboek is gestopt (afsluitcode {1}); meer wordt niet getoond, zodat niets uit je dagboek op het scherm of in een logbestand terechtkomt"
        case .ioNotFound: "dat bestand of die map bestaat niet"
        case .ioPermissionDenied: "geen toestemming"
        case .ioIsFolder: "dit is een map, geen bestand"
        case .ioNotARegularFile: "dit is geen gewoon bestand, maar een pipe, apparaat of socket"
        case .ioNotAFolder: "een deel van het pad is geen map"
        case .ioNameTooLong: "de naam is te lang"
        case .ioTooManyLinks: "te veel symbolische koppelingen achter elkaar"
        case .ioTooManyOpenFiles: "er zijn te veel bestanden geopend"
        case .ioInputOutput: "de schijf kon niet worden gelezen of beschreven (invoer-/uitvoerfout)"
        case .ioSystem: "het systeem weigerde (foutnummer {1})"
        case .agentProblemKeyNotTaken: "de agent nam de sleutel niet aan"
        case .agentProblemNoAnswer: "de agent antwoordde niet binnen tien seconden"
        case .agentProblemEnded: "de agent stopte voordat hij klaar was"
        case .agentProblemNoSocketFolder: "er is geen privémap voor zijn socket"
        case .errAgeNotEncrypted: "dit is geen voor Meldboek versleuteld bestand, of de kop ervan is beschadigd"
        case .errAgeDamaged: "de versleutelde inhoud is beschadigd of gewijzigd; er is niets geïmporteerd"
        case .errTarDamaged: "het archief in het bestand is beschadigd of niet zoals Meldboek het schrijft; er is niets geïmporteerd"
        case .errMinisignFailed: "de handtekening klopt niet; er is niets geïmporteerd"
        case .errSodiumUnavailable: "de versleutelingsbibliotheek kon niet starten of had geen geheugen"
        case .errSodiumDamaged: "versleutelde gegevens zijn beschadigd of gewijzigd"
        case .errSodiumMalformed: "een sleutel of gecodeerde waarde is misvormd"
        case .errUnexpected: "een onverwachte fout heeft meldboek gestopt"
        case .hintUnexpected: "meld dit alsjeblieft, met de opdracht die je gaf maar zonder persoonlijke gegevens"
        case .fileNotOrdinary: "{1} is geen gewoon bestand, maar een pipe, apparaat of socket; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .warnRowsChanged: "Let op: de records van het dagboek zijn niet de records die het verzegelde eindpunt noemt: er zijn records weggehaald, vervangen of teruggezet; 'meldboek verify' noemt ze."
        case .errOlderThanSeen: "deze kluis is ouder dan, of een andere weg gegaan dan, de kluis die je op dit account het laatst gebruikte, dus er is niets opgeslagen"
        case .hintOlderThanSeen: "zoek eerst de nieuwere kluis; heb je deze kopie bewust teruggezet, dan controleert 'meldboek verify --accept' hem en ga je daarna met hem verder zoals hij is"
        case .helpAccept: "Ga verder met deze kluis zoals hij is, als hij in orde blijkt, ook al is hij ouder dan, of een andere weg gegaan dan, de kluis die op dit account het laatst is gebruikt."
        case .acceptedAsSeen: "Vanaf nu is deze kluis, zoals hij nu is, de kluis die op dit account wordt onthouden: {1}."
        case .witErrJournalKeyMismatch: "bundel {1} bevat een controlepunt van dagboek {2} dat met een andere sleutel is ondertekend dan de sleutel die deze kluis voor dat dagboek kent: geweigerd"
        case .witHintJournalKeyMismatch: "Een dagboek houdt zijn sleutel voor controlepunten zijn hele leven. Een bundel die een bekend dagboek claimt met een andere sleutel, is niet gemaakt door de eigenaar van dat dagboek."
        case .witErrWitnessHasEntries: "dit bestand bevat aantekeningen, niet alleen een controlepunt"
        case .witHintWitnessHasEntries: "Importeer het met 'meldboek adviser import'."
        case .witErrNoEvidence: "dit bestand bevat geen controlepunt om mede te ondertekenen (bundelindeling 1)"
        case .witProblemCheckpointMalformed: "het controlepunt is geen correct ondertekend controlepunt van een Meldboek-dagboek"
        case .witProblemCheckpointSignature: "het controlepunt is niet ondertekend met de sleutel die het manifest noemt"
        case .witProblemRevisionNotProven: "versie {2} van aantekening {1} zit niet in het ondertekende controlepunt: de onthulling of het bewijs van opname klopt niet"
        case .witProblemDisclosureMismatch: "versie {2} van aantekening {1} toont {3} anders dan de onthulling"
        case .witProblemPseudonymConflict: "het pseudoniem {1} staat niet in de hele bundel voor één en dezelfde verborgen naam"
        case .witProblemConsistencyMalformed: "het bewijs van samenhang is niet correct opgebouwd"
        case .witProblemCosignatureInvalid: "de medeondertekening klopt niet"
        case .witProblemCosignedUnknown: "de medeondertekening geldt een controlepunt dat dit dagboek niet heeft ondertekend"
        case .witCosigned: "Controlepunt van dagboek {1} bij {2} records gecontroleerd en medeondertekend."
        case .witCosignedBefore: "Dit controlepunt is al eerder medeondertekend, op {1}; het ontvangstbewijs bevat die medeondertekening."
        case .witFork: "WAARSCHUWING: het dagboek van de melder heeft zich gesplitst. Dit controlepunt ({1} records) is in strijd met het controlepunt dat je op {2} hebt medeondertekend ({3} records), dus het komt uit een andere kopie van het dagboek, bijvoorbeeld een teruggezette oudere kopie. Het is NIET medeondertekend. De aantekeningen zijn geïmporteerd en de splitsing staat in het dossier; vraag de melder welke kopie hij of zij blijft gebruiken."
        case .witUnproven: "Niet medeondertekend: de bundel bewijst niet dat het controlepunt ({1} records) voortbouwt op het controlepunt dat je op {2} hebt medeondertekend ({3} records). Misschien heeft de melder je laatste ontvangstbewijs niet ingelezen, is de bundel ouder dan een eerder geïmporteerde, of heeft het dagboek zich gesplitst."
        case .witVerified: "gecontroleerd, vastgelegd uiterlijk {1}"
        case .witVerifiedNoWitness: "gecontroleerd tegen het controlepunt van de melder bij {1} records, dat je niet hebt medeondertekend"
        case .witUnverified: "niet te controleren: verstuurd zonder bewijs (bundelindeling 1, of geschreven voordat het dagboek van de melder vastleggingen bijhield)"
        case .witCaseFork: "WAARSCHUWING: bundel {1} bevatte een controlepunt ({2} records) dat in strijd is met het controlepunt dat op {3} is medeondertekend: het dagboek heeft zich gesplitst."
        case .witCaseUnproven: "Bundel {1}: het controlepunt ({2} records) is niet medeondertekend, omdat niet bewezen is dat het voortbouwt op het controlepunt dat op {3} is medeondertekend."
        case .witCaseJournal: "Dagboek {1}: laatst medeondertekende controlepunt {2} records, op {3}."
        case .witReceiptCosigned: "De vertrouwenspersoon heeft je controlepunt van {1} records op {2} medeondertekend; de medeondertekening is opgeslagen."
        case .witReceiptNotCosigned: "De vertrouwenspersoon heeft het controlepunt van deze bundel niet medeondertekend (zie 'meldboek adviser show' aan hun kant)."
        case .witCheckpointSent: "Controlepunt van {1} records ondertekend en voor {2} geschreven naar {3}; het onthult geen enkele aantekening."
        case .witAdviserWitnessAbstract: "Controleer het controlepuntbestand van een melder, onderteken het mee en schrijf een ontvangstbewijs."
        case .witHelpCheckpointFile: "Het controlepuntbestand dat de melder stuurde."
        case .witHelpCheckpointTo: "Het contact naar wie het controlepunt gaat; vereist --out."
        case .logWarnFormat2: "Let op: deze kluis heeft indeling 2, die geen vastleggingslogboek bijhoudt: alleen je eigen klok zegt wanneer de aantekeningen geschreven zijn. 'meldboek upgrade' brengt hem naar indeling 3; daarbij wordt om je wachtwoordzin gevraagd."
        case .logLabelCommitted: "Vastgelegd uiterlijk op"
        case .logNotWitnessed: "nog niet bevestigd (alleen de klok van deze computer)"
        case .logLateFlag: "(!) meer dan 24 uur voor de eerste bevestiging vastgelegd: tot dan staat alleen de klok van deze computer ervoor in"
        case .logWitnessCosignature: "medeondertekening van de vertrouwenspersoon"
        case .logWitnessTimestamp: "tijdstempeldienst"
        case .logWitnessBitcoin: "Bitcoin-blok"
        case .logCheckpointAbstract: "Onderteken een controlepunt van het vastleggingslogboek (omvang en wortel), bewaar het en toon het."
        case .logHelpCheckpointOut: "Schrijf het ondertekende controlepunt ook naar dit bestand (een nieuw bestand)."
        case .logCheckpointMade: "Controlepunt ondertekend over {1} records; bewaard in het dagboek."
        case .logCheckpointWritten: "Geschreven naar {1}."
        case .logErrNeedsUpgrade: "deze kluis heeft indeling {1} en houdt nog geen vastleggingslogboek bij"
        case .logHintNeedsUpgrade: "gebruik 'meldboek upgrade' (daarbij wordt om je wachtwoordzin gevraagd); het bewijs van wanneer de bestaande aantekeningen geschreven zijn, begint dan"
        case .logErrMelderOnly: "alleen het dagboek van een melder houdt een vastleggingslogboek bij en ondertekent controlepunten"
        case .logErrDamaged: "het vastleggingslogboek klopt niet met het dagboek, dus er is geen controlepunt ondertekend"
        case .logErrUnknownCheckpoint: "dat controlepunt (over {1} records) hoort niet bij dit dagboek: de wortel klopt niet met het vastleggingslogboek"
        case .logVerifyOKNone: "Vastleggingslogboek intact: elk record heeft zijn blad ({1} in totaal); nog geen controlepunt."
        case .logVerifyOKOne: "Vastleggingslogboek intact: elk record heeft zijn blad ({1} in totaal); 1 controlepunt gecontroleerd."
        case .logVerifyOKOther: "Vastleggingslogboek intact: elk record heeft zijn blad ({1} in totaal); {2} controlepunten gecontroleerd."
        case .logVerifyFailedOne: "Het vastleggingslogboek heeft 1 probleem:"
        case .logVerifyFailedOther: "Het vastleggingslogboek heeft {1} problemen:"
        case .logProblemNotContiguous: "het vastleggingslogboek loopt niet door bij blad {1}: er is een blad weggehaald of verplaatst"
        case .logProblemLeafMismatch: "record {1} geeft een ander blad dan het logboek bevat: het blad of het record is veranderd"
        case .logProblemUnlogged: "record {1} heeft geen blad in het vastleggingslogboek"
        case .logProblemCheckpoint: "het controlepunt over {1} records klopt niet met het vastleggingslogboek: een blad dat het omvatte is veranderd of weggehaald"
        case .logProblemCheckpointSignature: "het controlepunt over {1} records is niet ondertekend met de controlepuntsleutel van dit dagboek"
        case .logProblemExtraLeaf: "blad {1} hoort bij geen enkel record van het dagboek: het is aan het vastleggingslogboek toegevoegd"
        case .evidenceFormatNoteTooLarge: "de ondertekende notitie is groter dan Meldboek leest ({1} bytes)"
        case .evidenceFormatNoteNotText: "de ondertekende notitie is geen gewone UTF-8-tekst, of bevat stuurtekens"
        case .evidenceFormatNoteUnsigned: "de ondertekende notitie heeft geen handtekeningregels na een lege regel"
        case .evidenceFormatNoteSignatureLineMalformed: "handtekeningregel {1} van de ondertekende notitie is onjuist opgebouwd"
        case .evidenceFormatNoteTooManySignatures: "de ondertekende notitie heeft meer dan {1} handtekeningregels"
        case .evidenceFormatNoteSignatureMissing: "de ondertekende notitie heeft geen handtekening van de sleutel {1}"
        case .evidenceFormatNoteSignatureInvalid: "de handtekening van de sleutel {1} klopt niet: de notitie is gewijzigd, of niet met die sleutel ondertekend"
        case .evidenceFormatVerifierKeyMalformed: "de sleutel is geen verificatiesleutel van de vorm naam+sleutel-ID+sleutel, of de sleutel-ID past er niet bij"
        case .evidenceFormatCheckpointMalformed: "het controlepunt bestaat niet uit een herkomstregel, een boomgrootte en een wortelhash"
        case .evidenceFormatCheckpointWrongOrigin: "het controlepunt hoort bij een ander dagboek: {1}"
        case .evidenceFormatCosignatureMalformed: "de medeondertekening van {1} is onjuist opgebouwd"
        case .evidenceFormatProofMalformed: "het insluitingsbewijs is niet opgebouwd zoals c2sp.org/tlog-proof voorschrijft"
        case .evidenceFormatProofDoesNotVerify: "het insluitingsbewijs voor blad {1} leidt niet naar de wortel van het controlepunt: de versie of het bewijs is gewijzigd"
        case .evidenceFormatDisclosureMalformed: "de vrijgave van een versie is onjuist opgebouwd"
        case .evidenceFormatPseudonymAmbiguous: "het pseudoniem {1} staat voor twee verschillende namen, of één naam staat onder twee pseudoniemen"
        case .evidenceFormatRedactionPhraseInvalid: "de te verbergen naam {1} moet met een letter of cijfer beginnen en eindigen, en een pseudoniem hebben"
        case .evidenceFormatStampNotForCheckpoint: "een tijdstempel hoort niet bij dit controlepunt zoals het dagboek het ondertekende"
        case .anchorErrNotGranted: "de tijdstempeldienst heeft het verzoek niet ingewilligd (status {1}: {2})"
        case .anchorErrNotGrantedBare: "de tijdstempeldienst heeft het verzoek niet ingewilligd (status {1})"
        case .anchorErrOtherRequest: "dit tijdstempelantwoord hoort bij een ander verzoek dan het verzoek waarop Meldboek wacht"
        case .anchorErrWrongNonce: "dit tijdstempelantwoord is voor hetzelfde controlepunt maar voor een eerder verzoek: misschien is een oud antwoord opnieuw ingestuurd"
        case .anchorErrWrongImprint: "dit tijdstempelantwoord noemt het verzoek, maar stempelt andere gegevens dan het controlepunt"
        case .anchorErrUntrustedChain: "het certificaat van de tijdstempeldienst leidt niet naar een basiscertificaat dat je vertrouwt"
        case .anchorHintUntrustedChain: "geef het CA-certificaat van de dienst mee met --ca BESTAND (een PEM-bestand van zijn website)"
        case .anchorErrCertificateExpired: "het certificaat van {1} was op {2} verlopen toen deze tijdstempel werd gezet"
        case .anchorErrCertificateNotYetValid: "het certificaat van {1} was nog niet geldig toen deze tijdstempel werd gezet (geldig vanaf {2})"
        case .anchorErrNotTimestampCertificate: "het tijdstempelantwoord is ondertekend met een certificaat dat niet voor tijdstempels bedoeld is"
        case .anchorErrBadSignature: "de handtekening van het tijdstempelantwoord klopt niet: het antwoord is gewijzigd of niet door de dienst ondertekend"
        case .anchorErrTimeInFuture: "de tijd van de tijdstempel ({1}) ligt in de toekomst"
        case .anchorHintTimeInFuture: "controleer de klok en de tijdzone van deze computer"
        case .anchorErrUnsupportedAlgorithm: "het tijdstempelantwoord gebruikt een handtekening- of hashalgoritme dat Meldboek niet controleert"
        case .anchorErrMalformed: "dit bestand is geen tijdstempelantwoord (RFC 3161, in DER)"
        case .anchorErrProofMalformed: "dit bestand is geen OpenTimestamps-bewijs dat Meldboek kan lezen"
        case .anchorErrProofForOtherFile: "dit OpenTimestamps-bewijs hoort bij een ander bestand dan het controlepunt dat Meldboek schreef"
        case .anchorErrRootsUnreadable: "het bestand met vertrouwde certificaten bevat geen certificaat dat Meldboek kan lezen"
        case .anchorErrNothingOutstanding: "er wacht geen controlepunt op een tijdstempel: er is nog niets verankerd"
        case .anchorHintNothingOutstanding: "voer eerst meldboek anchor --out MAP uit en verstuur dan het verzoek dat het schrijft"
        case .anchorErrAlreadyImported: "deze tijdstempel staat al in het dagboek"
        case .anchorAbstract: "Laat een ondertekend controlepunt tijdstempelen door een tijdstempeldienst of OpenTimestamps, eerst offline."
        case .anchorImportAbstract: "Controleer een tijdstempelantwoord (.tsr) of OpenTimestamps-bewijs (.ots) en leg het vast in het dagboek."
        case .anchorHelpReplyFile: "Het antwoord van de tijdstempeldienst (.tsr) of het bewijs dat ots schreef (.ots)."
        case .anchorHelpCA: "Een PEM-bestand met het basiscertificaat van de dienst dat je vertrouwt; zonder dit bestand de certificaatopslag van het systeem."
        case .anchorTimestampRecorded: "tijdstempel van {1} vastgelegd: het controlepunt bestond op {2}"
        case .anchorProofPendingOne: "OpenTimestamps-bewijs vastgelegd; het wacht nog bij {1} kalender: voer over een paar uur ots upgrade uit en importeer het opnieuw"
        case .anchorProofPendingOther: "OpenTimestamps-bewijs vastgelegd; het wacht nog bij {1} kalenders: voer over een paar uur ots upgrade uit en importeer het opnieuw"
        case .anchorProofAttested: "OpenTimestamps-bewijs vastgelegd: opgenomen in Bitcoin-blok {1}; ots verify controleert het tegen dat blok"
        case .anchorRequestAbstract: "Onderteken een controlepunt en schrijf het met een tijdstempelverzoek weg, om te versturen zodra je online bent."
        case .anchorHelpOut: "De map waarin checkpoint.txt en checkpoint.tsq komen (wordt zo nodig gemaakt; bestaande bestanden worden nooit vervangen)."
        case .anchorHelpOts: "Toon ook de opdracht die het controlepunt met OpenTimestamps stempelt."
        case .anchorWritten: "{1} en {2} geschreven."
        case .anchorSendWhenOnline: "Stuur het verzoek naar een tijdstempeldienst zodra je online bent:"
        case .anchorStampWithOts: "Om het ook met OpenTimestamps te stempelen:"
        case .prvAbstract: "Schrijf een bewijsmap die iedereen zonder Meldboek kan controleren: de gekozen aantekeningen, hun insluitingsbewijzen, de controlepunten en alles wat ze heeft bevestigd."
        case .prvHelpIDs: "De aantekeningen om te bewijzen (id's of het unieke begin ervan)."
        case .prvHelpOut: "De map om te schrijven; die mag nog niet bestaan."
        case .prvHelpAllRevisions: "Bewijs ook elke eerdere versie, niet alleen de huidige."
        case .prvHelpRedact: "Verberg namen of plaatsen zoals bij share: people, witnesses, location (met komma's)."
        case .prvHelpReveal: "Open één pseudoniem van een eerder verstuurde bundel (met --bundle); al het andere dat die bundel verborg, blijft verborgen."
        case .prvHelpBundle: "De bundel waarvan --reveal een pseudoniem opent: het id, of de eerste acht tekens zoals shares ze toont."
        case .prvHelpCA: "CA-certificaten (PEM) van de tijdstempeldienst, meegekopieerd in de map voor openssl ts -verify."
        case .prvErrRevealNeedsBundle: "--reveal en --bundle horen bij elkaar"
        case .prvErrRevealNoIDs: "met --reveal worden de aantekeningen van die bundel bewezen: geef geen id's, --redact of --all-revisions"
        case .prvErrChooseEntries: "noem de aantekeningen die je wilt bewijzen"
        case .prvErrNoCommitment: "aantekening {1}: versie {2} is geschreven voordat dit dagboek vastleggingen bijhield (vóór meldboek upgrade) en kan dus niet worden bewezen"
        case .prvErrUnknownBundle: "geen bundel '{1}' in het deellogboek, of meer dan één begint ermee (zie meldboek shares)"
        case .prvErrNoPseudonyms: "bundel {1} verborg geen namen achter pseudoniemen; er valt dus niets te onthullen"
        case .prvErrUnknownPseudonym: "'{1}' is geen pseudoniem van die bundel"
        case .prvErrNotCosigned: "de vertrouwenspersoon heeft bundel {1} nog niet medeondertekend: importeer eerst het ontvangstbewijs (meldboek receipts import)"
        case .prvErrEntriesGone: "geen van de aantekeningen van bundel {1} staat nog in het dagboek"
        case .prvWritten: "Bewijsmap geschreven naar {1}:"
        case .prvRevisionLine: "  aantekening {1}, versie {2}: bewezen in het controlepunt van {3} records"
        case .prvCheckpointLine: "  controlepunt van {1} records: medeondertekeningen: {2}, tijdstempels: {3}, OpenTimestamps-bewijzen: {4}"
        case .prvSkipped: "  aantekening {1}, versie {2}: weggelaten, geschreven voordat dit dagboek vastleggingen bijhield"
        case .prvCheckpointMade: "Voor dit bewijs is een nieuw controlepunt van {1} records ondertekend en in het dagboek bewaard."
        case .prvRevealed: "{1} is geopend in de aantekeningen van bundel {2}; alle andere namen blijven verborgen."
        case .prvCheckWith: "Controleer het, alleen met Python 3:"
        }
    }
}
