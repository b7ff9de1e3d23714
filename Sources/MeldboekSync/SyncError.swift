// The one error type of sync: a vault or folder that can't be joined or exchanged with.

/// What stops a sync. No case carries a passphrase, a code or plaintext; paths and names are the user's own.
public enum SyncError: Error, Equatable, Sendable {
    /// The vault is joined to no sync folder (`meldboek sync init` or `sync join` first).
    case notJoined
    /// The vault is already joined to a folder (`path`); it is joined to one at a time.
    case alreadyJoined(path: String)
    /// The sync folder isn't there (a USB stick not plugged in, a share not mounted).
    case folderMissing(path: String)
    /// The folder holds another journal's devices (their files don't open with this vault's key).
    case otherJournal(path: String)
    /// `sync init` of a vault that already holds records into a folder with this journal's devices: a copy
    /// of a device's vault, or one that left. A new device starts empty (`sync join`).
    case alreadyInFolder(path: String)
    /// `sync join` found no device's key file in the folder.
    case nothingToJoin(path: String)
    /// The sync folder lies inside the vault's folder, or the vault inside the sync folder: the database
    /// would be copied while open.
    case overlapsVault(path: String)
    /// The vault is older than sync (format 1 or 2): `meldboek upgrade` first.
    case needsUpgrade(format: Int)
    /// This device's own files are gone from the folder, or older than the vault remembers (a folder
    /// restored from an old copy): nothing is exchanged, so nothing the other devices have is undone.
    case ownFilesMissing(path: String)
    /// This device's files in the folder were written by another copy of its vault (a copied vault folder,
    /// or the vault before it was put back from a backup): records past its end, or other records at the
    /// same positions. It must join as a new device instead.
    case vaultBehindFolder(path: String)
    /// `rekey` on a synced vault: a new vault key would cut this device off from the others, which keep
    /// the old one.
    case rekeyWhileSynced(path: String)
}
