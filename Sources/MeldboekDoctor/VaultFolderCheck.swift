// Whether the vault's folder and files can be read, or swapped, by another account.
import Foundation
import MeldboekCore

/// The modes and owner of the vault folder and its database files.
struct VaultFolderCheck {
    let folder: URL

    /// The files SQLite keeps in the vault folder.
    static let files = ["meldboek.db", "meldboek.db-wal", "meldboek.db-shm"]

    func permissions() -> CheckupFinding {
        var status = stat()
        guard lstat(folder.path, &status) == 0 else {
            return CheckupFinding(.vaultPermissions, .ok, .doctorNoVault(folder.path))
        }
        var open: [String] = []
        var foreign: [String] = []
        let paths = [folder.path] + Self.files.map { folder.appendingPathComponent($0).path }
        for path in paths {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_uid != geteuid() { foreign.append(path) }
            if info.st_mode & 0o077 != 0 { open.append(path) }
        }
        if !foreign.isEmpty {
            return CheckupFinding(.vaultPermissions, .risk, .doctorVaultForeign(foreign),
                                  advice: .doctorVaultForeignAdvice)
        }
        if !open.isEmpty {
            return CheckupFinding(.vaultPermissions, .risk, .doctorVaultOpen(open),
                                  advice: .doctorVaultOpenAdvice(folder.path))
        }
        return CheckupFinding(.vaultPermissions, .ok, .doctorVaultPrivate(folder.path))
    }
}
