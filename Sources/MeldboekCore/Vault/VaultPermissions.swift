// The vault folder's and files' owner and modes, checked (and repaired where safe) on every open.
import Foundation

/// What ``Vault/open(at:)`` checks before SQLite touches a file: the folder and
/// `meldboek.db`, `meldboek.db-wal` and `meldboek.db-shm` belong to this user, the
/// files are no symbolic links, and nobody else can read or enter them.
///
/// Modes that are merely too open (a folder at 0755, a database at 0644, which a
/// copy or an unpack can leave) are repaired by taking away the group's and others'
/// bits, and reported. Someone else's folder or file, or a link where a file
/// should be, is refused: someone else could have put it there or change it.
/// Repairing the database before SQLite opens it also makes the `-wal` and `-shm`
/// files SQLite creates owner-only, because SQLite gives them the database's mode.
public enum VaultPermissions {
    /// One mode taken back to owner-only.
    public struct Repair: Sendable, Equatable {
        public var path: String
        public var oldMode: mode_t
        public var newMode: mode_t
    }

    /// The files a vault is made of (SQLite's database, its write-ahead log and shared memory).
    static let fileNames = [VaultDatabase.fileName, VaultDatabase.fileName + "-wal", VaultDatabase.fileName + "-shm"]

    /// Checks `folder` and the vault's files; repairs modes that are too open.
    ///
    /// On a read-only disk a mode can't be repaired; it is left as it is (nobody can change the vault there).
    /// - Returns: What was repaired.
    /// - Throws: ``MeldboekError/vaultNotOwned(path:owner:)`` or ``MeldboekError/vaultFileIsLink(path:)``.
    public static func enforce(folder: URL) throws -> [Repair] {
        var repairs: [Repair] = []
        var info = stat()
        guard stat(folder.path, &info) == 0 else { throw PrivateFiles.errnoError(path: folder.path) }
        guard info.st_uid == getuid() else { throw MeldboekError.vaultNotOwned(path: folder.path, owner: info.st_uid) }
        // The folder first: once nobody else can enter it, nobody can swap a file between the checks below.
        if let repair = try ownerOnly(folder.path, mode: info.st_mode & 0o7777) { repairs.append(repair) }
        for name in fileNames {
            let path = folder.appendingPathComponent(name).path
            guard lstat(path, &info) == 0 else {
                if errno == ENOENT { continue }
                throw PrivateFiles.errnoError(path: path)
            }
            guard info.st_mode & S_IFMT != S_IFLNK else { throw MeldboekError.vaultFileIsLink(path: path) }
            guard info.st_uid == getuid() else { throw MeldboekError.vaultNotOwned(path: path, owner: info.st_uid) }
            if let repair = try ownerOnly(path, mode: info.st_mode & 0o7777) { repairs.append(repair) }
        }
        return repairs
    }

    /// Takes the group's and others' bits (and set-id and sticky bits) off `path`; nil when there were none.
    private static func ownerOnly(_ path: String, mode: mode_t) throws -> Repair? {
        guard mode & 0o7077 != 0 else { return nil }
        let newMode = mode & 0o700
        guard chmod(path, newMode) == 0 else {
            if errno == EROFS { return nil }
            throw PrivateFiles.errnoError(path: path)
        }
        return Repair(path: path, oldMode: mode, newMode: newMode)
    }
}
