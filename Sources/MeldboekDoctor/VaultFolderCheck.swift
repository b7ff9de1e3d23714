// Whether the vault's folder and files can be read or replaced by another account.
import Foundation
import MeldboekCore

/// The modes and owner of the vault folder and its database files, judged as ``VaultPermissions`` judges them
/// on every open: the folder may be reached through a link, the files may not be links.
struct VaultFolderCheck {
    let folder: URL

    /// The files SQLite keeps in the vault folder.
    static let files = ["meldboek.db", "meldboek.db-wal", "meldboek.db-shm"]

    func permissions() -> CheckupFinding {
        var info = stat()
        guard stat(folder.path, &info) == 0 else {
            return CheckupFinding(.vaultPermissions, .ok, .doctorNoVault(folder.path))
        }
        let database = folder.appendingPathComponent(Self.files[0]).path
        // Only a folder with a vault in it is looked at: advice about modes is for the vault's own files.
        guard info.st_mode & S_IFMT == S_IFDIR, lstat(database, &info) == 0 else {
            return CheckupFinding(.vaultPermissions, .unknown, .doctorNotAVault(folder.path))
        }
        var open: [String] = []
        var foreign: [String] = []
        var links: [String] = []
        if stat(folder.path, &info) == 0 {
            if info.st_uid != geteuid() { foreign.append(folder.path) }
            if info.st_mode & 0o077 != 0 { open.append(folder.path) }
        }
        for name in Self.files {
            let path = folder.appendingPathComponent(name).path
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK { links.append(path); continue }
            if info.st_uid != geteuid() { foreign.append(path) }
            if info.st_mode & 0o077 != 0 { open.append(path) }
        }
        if !links.isEmpty {
            return CheckupFinding(.vaultPermissions, .risk, .doctorVaultLinks(links), advice: .doctorVaultLinksAdvice)
        }
        if !foreign.isEmpty {
            return CheckupFinding(.vaultPermissions, .risk, .doctorVaultForeign(foreign),
                                  advice: .doctorVaultForeignAdvice)
        }
        if !open.isEmpty {
            return CheckupFinding(.vaultPermissions, .risk, .doctorVaultOpen(open), advice: .doctorVaultOpenAdvice(open))
        }
        return CheckupFinding(.vaultPermissions, .ok, .doctorVaultPrivate(folder.path))
    }
}

extension CheckupFinding {
    /// The vault folder's finding once opening the vault closed `paths` to other accounts, as every command does.
    public static func vaultRepaired(_ paths: [String]) -> CheckupFinding {
        CheckupFinding(.vaultPermissions, .ok, .doctorVaultRepaired(paths))
    }
}
