// Everything that can go wrong in the journal, as values the command line translates.
import Foundation

/// An error from the journal library, carrying what the user needs to act on it.
///
/// Messages never include plaintext, passphrases or key material; the command
/// line maps each case to a translated message and a stable exit code.
public enum MeldboekError: Error, Equatable, Sendable {
    /// No vault exists at the path.
    case vaultMissing(path: String)
    /// A vault already exists where `init` would create one.
    case vaultExists(path: String)
    /// `init` was pointed at a folder that holds other files.
    case folderNotEmpty(path: String)
    /// The folder or file exists but is not a Meldboek vault.
    case notAVault(path: String)
    /// The folder's `meldboek.db` was a vault (it carries Meldboek's mark or tables, or is SQLite's size) but its
    /// database no longer reads as one: tables missing or wrong, or the file overwritten.
    case vaultDamaged(path: String)
    /// The vault was written by a newer Meldboek with a format this one can't read.
    case newerFormat(found: Int, supported: Int)
    /// A key-derivation setting or the wrapped key in the vault row is out of the bounds
    /// Meldboek writes: the vault is damaged or was altered.
    case vaultSettingsDamaged(path: String, setting: String, value: String)
    /// The vault folder or one of its files belongs to another user.
    case vaultNotOwned(path: String, owner: UInt32)
    /// One of the vault's files is a symbolic link.
    case vaultFileIsLink(path: String)
    /// The passphrase does not open the vault.
    case wrongPassphrase
    /// No passphrase was available: no terminal and nothing in the environment.
    case passphraseUnavailable
    /// `passwd` or `unlock` needs the current passphrase (an unlock session is not
    /// enough) and none was available.
    case currentPassphraseUnavailable
    /// No new passphrase was available for `init` or `passwd`.
    case newPassphraseUnavailable
    /// A passphrase typed on the terminal was longer than the prompt takes.
    case passphraseTooLong(limit: Int)
    /// The two passphrases typed did not match.
    case passphraseMismatch
    /// An empty passphrase was given.
    case passphraseEmpty
    /// The passphrase command failed.
    case passphraseCommandFailed(status: Int32)
    /// No entry has this id (or unique part of one).
    case entryNotFound(String)
    /// More than one entry matches this part of an id.
    case entryAmbiguous(String, matches: [EntryMatch])
    /// The entry has no attachment of that name.
    case attachmentNotFound(entry: String, name: String)
    /// The entry already has an attachment of that name.
    case attachmentExists(name: String)
    /// The category is not one of the known keys.
    case unknownCategory(String)
    /// The word names more than one kind of behaviour ("intimidatie"); the user must choose.
    case ambiguousCategory(String, choices: [Category])
    /// The role is not one of the known keys.
    case unknownRole(String)
    /// The melder's word for someone's role can mean more than one role ("stagiair"): the word as typed,
    /// the person's name (empty when not known), and every role it can mean.
    case ambiguousRole(String, person: String, choices: [Role])
    /// Someone involved was given without a name (`--person ":manager"`, `--person ""`): the text as typed.
    case personWithoutName(String)
    /// The date could not be read.
    case unreadableDate(String)
    /// An entry needs at least a title or a narrative.
    case nothingToRecord
    /// A record's ciphertext does not authenticate: altered or corrupt.
    case recordCorrupt(seq: Int64)
    /// Some records could not be read; the others were.
    case unreadableRecords(count: Int)
    /// The sealed head (where the journal ends, and how many records it holds) does not open.
    case headDamaged
    /// The records no longer form the chain the head seals (missing, moved or added rows): nothing is written.
    case journalIncomplete
    /// Reading found the records not as the head sealed them (the warnings say how); what could be read was shown.
    case journalDamaged
    /// Some records can't be read, and one may be the entry's latest version: amending could reuse its number.
    case amendWithUnreadableRecords(count: Int)
    /// The owner's sealed keys in the vault row do not open.
    case identityDamaged
    /// A record could not be re-sealed by `upgrade` or `rekey`; nothing was changed.
    case rewriteFailed
    /// `upgrade` or `rekey` found records that can't be read or a chain that is not whole; nothing was changed.
    case rewriteNeedsIntactJournal
    /// The vault is older than, or went another way from, the one last seen on this account: nothing is
    /// written until the melder accepts it (`verify --accept`).
    case olderThanSeen
    /// The vault is in the current format already.
    case alreadyUpgraded(format: Int)
    /// An attachment's content does not match its recorded hash or its chunks are broken.
    case attachmentCorrupt(name: String)
    /// The vault's folder or file can't be written to.
    case readOnly(path: String)
    /// The disk is full.
    case diskFull
    /// An output file exists already; Meldboek never overwrites one.
    case fileExists(path: String)
    /// A file could not be read or written, and why, as the system said it.
    case io(path: String, reason: FileProblem)
    /// No memory-backed folder (tmpfs) exists for the editor's temporary file.
    case noPrivateTemporaryFolder
    /// The editor exited with a failure.
    case editorFailed(status: Int32)
    /// The user declined a confirmation.
    case cancelled
    /// The user pressed Ctrl-C during the interview; nothing was saved.
    case interrupted
    /// Input ended (Ctrl-D) before the interview was done; nothing was saved.
    case inputEnded
    /// `add --resume` found no kept interview.
    case noDraft
    /// The kept interview does not open, or was kept by a later version.
    case draftUnreadable
    /// The draft an interview went on with was saved, replaced or thrown away meanwhile.
    case draftChanged
    /// Deriving the key from the passphrase failed in a way no input explains (out of memory).
    case cryptoFailure
    /// The database reported an error not covered above, with SQLite's primary result code.
    case storage(code: Int32)
    /// A recovery code was typed with another number of words than 12.
    case recoveryCodeWordCount(found: Int)
    /// A typed word (counted from 1) is in no position of the word list, not even by its first four letters.
    case recoveryCodeUnknownWord(position: Int)
    /// Every word is in the list but their checksum does not match: one is probably mistyped.
    case recoveryCodeMistyped
    /// A well-formed recovery code that does not open this vault (another vault's, or replaced since).
    case wrongRecoveryCode
    /// The vault has no recovery code (made with `--no-recovery`, or before recovery codes existed).
    case noRecoveryCode
    /// No recovery code could be read: no terminal and nothing in the environment.
    case recoveryCodeUnavailable
    /// The words typed back to confirm the new recovery code were wrong every time: nothing was kept.
    case recoveryCodeNotConfirmed
    /// The recovery slot's key-derivation settings or wrapped key are out of bounds, or its sealed code does
    /// not open: the slot is damaged or was altered.
    case recoverySlotDamaged
    /// A recovery share (counted from 1 in what was given) has too few words, or a count no share can have.
    case recoveryShareWordCount(share: Int, found: Int)
    /// A word of a recovery share (both counted from 1) is in no position of SLIP-39's word list.
    case recoveryShareUnknownWord(share: Int, position: Int)
    /// Every word of a recovery share is in the list but its checksum does not match: one is probably mistyped.
    case recoveryShareMistyped(share: Int)
    /// A recovery share's checksum matches but its fields are ones no share can have.
    case recoveryShareMalformed(share: Int)
    /// A recovery share belongs to another split than the shares before it (another identifier or scheme).
    case recoveryShareFromOtherSplit
    /// The same member share (counted from 1) was given twice.
    case recoveryShareRepeated(member: Int)
    /// Fewer recovery shares than the split needs; `needed` is 0 when the shares can't tell.
    case recoverySharesTooFew(found: Int, needed: Int)
    /// The shares are of one split but don't give back what was split: at least one was altered.
    case recoverySharesDontFit
    /// The shares give back a secret that is no recovery code (SLIP-39 shares of something else).
    case recoverySharesNotACode
    /// The shares give a recovery code that does not open this vault (another vault's, or replaced since).
    case recoverySharesWrongCode
    /// No recovery shares could be read: no terminal and no `MELDBOEK_RECOVERY_SHARES_FILE`.
    case recoverySharesUnavailable
    /// Key slots carried from another device (a sync folder's key file) are out of bounds, or the
    /// owner's keys in them don't open under the key they unwrap: damaged, or pieced together.
    case keySlotsDamaged
}

/// Why the system refused to read or write a file: the `errno` values a user can act on, each a sentence
/// the command line translates, so no system text (English only) reaches the user.
public enum FileProblem: Equatable, Sendable {
    case notFound
    case permissionDenied
    case isFolder
    /// A pipe, device or socket where a file was expected.
    case notARegularFile
    /// A part of the path before the last is not a folder.
    case notAFolder
    case nameTooLong
    case tooManyLinks
    case tooManyOpenFiles
    case inputOutput
    /// Any other `errno`, by number.
    case system(code: Int32)

    /// The problem `errno` names.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EISDIR: self = .isFolder
        case ENXIO, ENODEV: self = .notARegularFile
        case ENOTDIR: self = .notAFolder
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .tooManyLinks
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case EIO: self = .inputOutput
        default: self = .system(code: code)
        }
    }
}

/// One of the entries a part of an id matches: what the user needs to tell them apart.
public struct EntryMatch: Equatable, Sendable {
    /// The id's distinctive last part, as lists show it.
    public var short: String
    public var title: String

    public init(short: String, title: String) {
        self.short = short
        self.title = title
    }
}
