// The one error type of backups: a wrong key, a file that is not a whole, untouched backup, or a place a
// backup must not be written to.

/// What went wrong with a backup. No case carries the code, a passphrase or plaintext.
public enum BackupError: Error, Equatable, Sendable {
    /// The backup would be written into the vault's own folder, where it could take the place of the
    /// database or its write-ahead log (which the next open would then destroy), and where it would be
    /// lost with the vault it is meant to outlive.
    case insideVault(path: String)
    /// The recovery code (or identity) given does not open the backup. A change to the 32 bytes
    /// that hold the sealed key looks the same: age can't tell the two apart either.
    case wrongKey
    /// The file is not an age file at all.
    case notABackup
    /// The backup is damaged or was changed; the detail says where, in words from the format.
    case damaged(BackupDamage)
}

/// Where a backup is damaged.
public enum BackupDamage: Equatable, Sendable {
    /// The file ends early: it was cut off.
    case truncated
    /// The age header, or a part of the encrypted content, does not authenticate: bytes were changed.
    case altered
    /// The content is not the archive a backup holds (unexpected members, links, sizes, padding).
    case unexpectedContent
    /// The database inside does not pass SQLite's integrity check.
    case database
}
