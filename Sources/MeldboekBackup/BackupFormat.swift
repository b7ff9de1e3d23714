// What a backup holds: the member names of its tar, and the size it is padded to.

/// The layout of a backup's plaintext: a ustar archive of the vault folder, padded to a size bucket.
///
/// ```
/// meldboek/meldboek.db   the vault's database, a consistent snapshot
/// meldboek/padding       zeros, so the archive is exactly a bucket's size
/// ```
///
/// `age -d backup | tar -x` gives a folder `meldboek` that Meldboek opens as a vault
/// (`--vault meldboek`); the padding file in it is left alone.
public enum BackupFormat {
    /// The folder the archive holds.
    public static let folderName = "meldboek"
    /// The database member.
    public static let databaseMember = folderName + "/meldboek.db"
    /// The padding member, all zeros.
    public static let paddingMember = folderName + "/padding"
    /// Small journals all pad to this size, so a backup of a new journal looks like one of a year's notes.
    public static let minimumSize: UInt64 = 1 << 20
    /// The largest archive read back: ustar's own limit for one member's size.
    public static let maximumMemberSize: UInt64 = 0o77_777_777_777

    static let blockSize: UInt64 = 512

    /// The archive's size for a database of `databaseSize` bytes: the Padmé bucket of the unpadded
    /// archive, at least ``minimumSize``.
    ///
    /// Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication
    /// with PURBs", PETS 2019) rounds a length L up to a multiple of 2^(⌊log₂ L⌋ − ⌊log₂ ⌊log₂ L⌋⌋ − 1):
    /// at most 12 % more bytes, and a size that tells only O(log log L) bits about L.
    public static func paddedSize(databaseSize: UInt64) -> UInt64 {
        max(minimumSize, padme(unpaddedSize(databaseSize: databaseSize)))
    }

    /// The archive without padding content: two member headers, the database in whole blocks, the end blocks.
    static func unpaddedSize(databaseSize: UInt64) -> UInt64 {
        blockSize + roundUp(databaseSize) + blockSize + 2 * blockSize
    }

    /// The padding member's size for a database of `databaseSize` bytes.
    static func paddingSize(databaseSize: UInt64) -> UInt64 {
        paddedSize(databaseSize: databaseSize) - unpaddedSize(databaseSize: databaseSize)
    }

    static func roundUp(_ size: UInt64) -> UInt64 {
        (size + blockSize - 1) / blockSize * blockSize
    }

    /// Padmé: `length` rounded up so that only its top ⌊log₂ ⌊log₂ L⌋⌋ + 1 bits after the first may be set.
    static func padme(_ length: UInt64) -> UInt64 {
        guard length > 1 else { return length }
        let exponent = UInt64(63 - length.leadingZeroBitCount)
        let exponentBits = UInt64(64 - exponent.leadingZeroBitCount)
        let lastBits = exponent - exponentBits
        let mask: UInt64 = (1 << lastBits) - 1
        return (length + mask) & ~mask
    }
}
