// Writing a vault to one age file, and reading one back into a folder, strictly and in a stream.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium

/// Whom a backup is sealed to.
public enum BackupSeal: Sendable {
    /// A passphrase (the recovery code): one scrypt stanza, so `age -d` alone opens the file.
    case passphrase(ScryptRecipient)
    /// X25519 recipients (`age1...`) only: age allows no scrypt stanza beside others, so such a
    /// backup opens with one of their identities, not with the code.
    case recipients([AgeRecipient])
}

/// What a backup written or read holds.
public struct BackupSummary: Sendable, Equatable {
    /// The size of the database inside, in bytes.
    public var databaseSize: UInt64
    /// The size of the archive inside, padded, in bytes.
    public var archiveSize: UInt64
}

/// Backups of a vault: one age file whose plaintext is a padded ustar archive of the vault folder.
public enum Backup {
    /// Writes a backup of `vault` to `destination`: a snapshot, tarred, padded and encrypted.
    ///
    /// The database is copied with SQLite's online backup into a private folder under
    /// `temporaryFolder` (removed afterwards), so other commands may write meanwhile. The file is
    /// written beside `destination` under a temporary name, flushed, and only then given its name.
    /// - Parameters:
    ///   - replacing: Put the new file in place of an existing one (atomically); otherwise an
    ///     existing file makes it fail.
    /// - Throws: ``MeldboekError/fileExists(path:)``, disk and storage errors.
    @discardableResult
    public static func write(
        _ vault: Vault, to destination: URL, seal: BackupSeal, replacing: Bool = false,
        temporaryFolder: URL = FileManager.default.temporaryDirectory, now: Date = Date()
    ) throws -> BackupSummary {
        try refuseInside(vault.folder, destination)
        // Beside a backup, even the temporary name says nothing about Meldboek.
        let output = try AtomicFileWriter(destination: destination, replacing: replacing, temporaryPrefix: ".backup-")
        do {
            let work = try PrivateFolder(inside: temporaryFolder)
            defer { work.remove() }
            let snapshot = work.url.appendingPathComponent(Vault.databaseFileName)
            try vault.snapshot(to: snapshot.path)
            let summary = try encrypt(snapshot, into: output, with: seal, now: now)
            try output.commit()
            return summary
        } catch {
            output.abandon()
            throw error
        }
    }

    /// Makes the folders above a vault to be restored that don't exist yet (0700), as `init` does: on a new
    /// computer `~/.local/share` often isn't there. The vault's own folder is left to be made, so that an
    /// existing one is still refused.
    public static func makeParents(of folder: URL) throws {
        let parent = folder.standardizedFileURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw PrivateFiles.errnoError(path: parent.path)
        }
    }

    /// Refuses a destination in the vault folder or below it, however it is named (links followed, `..` taken out).
    /// - Throws: ``BackupError/insideVault(path:)``.
    public static func refuseInside(_ folder: URL, _ destination: URL) throws {
        func resolved(_ url: URL) -> String { url.standardizedFileURL.resolvingSymlinksInPath().path }
        let vault = resolved(folder)
        // The file itself may not exist yet: its folder is what counts (and a link named like it, followed).
        let parent = resolved(destination.deletingLastPathComponent())
        let target = resolved(destination)
        for path in [parent, target] where path == vault || path.hasPrefix(vault + "/") {
            throw BackupError.insideVault(path: destination.path)
        }
    }

    private static func encrypt(
        _ snapshot: URL, into output: AtomicFileWriter, with seal: BackupSeal, now: Date
    ) throws -> BackupSummary {
        let databaseSize = try fileSize(snapshot.path)
        let sink: ([UInt8]) throws -> Void = { try output.write($0) }
        let age: AgeWriter =
            switch seal {
            case .passphrase(let recipient): try AgeWriter(passphrase: recipient, sink: sink)
            case .recipients(let recipients): try AgeWriter(recipients: recipients, sink: sink)
            }
        let tar = TarWriter { try age.write($0) }
        try tar.beginFile(name: BackupFormat.databaseMember, size: databaseSize, modified: now, mode: 0o600)
        let source = try FileSource(path: snapshot.path)
        var copied: UInt64 = 0
        while case let piece = try source.read(upTo: 64 * 1024), !piece.isEmpty {
            try tar.write(piece)
            copied += UInt64(piece.count)
        }
        // The snapshot is ours and closed; a size that changed under us means something else wrote it.
        guard copied == databaseSize else { throw MeldboekError.io(path: snapshot.path, reason: .inputOutput) }
        try tar.endFile()
        let paddingSize = BackupFormat.paddingSize(databaseSize: databaseSize)
        try tar.beginFile(name: BackupFormat.paddingMember, size: paddingSize, modified: now, mode: 0o600)
        let zeros = [UInt8](repeating: 0, count: 64 * 1024)
        var left = paddingSize
        while left > 0 {
            let take = Int(min(left, UInt64(zeros.count)))
            try tar.write(Array(zeros[0..<take]))
            left -= UInt64(take)
        }
        try tar.endFile()
        try tar.finish()
        try age.finish()
        return BackupSummary(
            databaseSize: databaseSize, archiveSize: BackupFormat.paddedSize(databaseSize: databaseSize))
    }

    /// Decrypts `file` and checks the header before anything is written: throws ``BackupError/wrongKey``
    /// early, so a caller can ask for the code again.
    ///
    /// - Throws: ``BackupError``, or ``MeldboekError/io(path:reason:)`` when the file can't be read.
    public static func open(_ file: URL, keys: [any AgeIdentityProtocol]) throws -> BackupReader {
        let source = try FileSource(path: file.path)
        do {
            return BackupReader(age: try AgeReader(source: source, identities: keys))
        } catch let error as AgeError {
            throw BackupReader.translate(error)
        }
    }

    private static func fileSize(_ path: String) throws -> UInt64 {
        var info = stat()
        guard stat(path, &info) == 0 else { throw PrivateFiles.errnoError(path: path) }
        return UInt64(info.st_size)
    }
}

/// A backup whose header opened: reads the archive, checks it strictly, and unpacks the vault.
public final class BackupReader {
    private let age: AgeReader

    init(age: AgeReader) {
        self.age = age
    }

    /// Unpacks the vault into `folder`, which must not exist: made 0700, its database 0600.
    ///
    /// Every chunk is authenticated before it is written; the archive must hold exactly the
    /// database and the all-zero padding, regular files with the expected names, and end where
    /// the encrypted content ends. On any failure `folder` is removed again, so nothing half is left.
    /// - Throws: ``MeldboekError/fileExists(path:)`` when `folder` exists (even empty);
    ///   ``BackupError/damaged(_:)``; disk errors.
    @discardableResult
    public func unpack(into folder: URL) throws -> BackupSummary {
        try Backup.makeParents(of: folder)
        // mkdir fails on anything already there: a folder, a file, a symbolic link.
        guard mkdir(folder.path, 0o700) == 0 else {
            if errno == EEXIST { throw MeldboekError.fileExists(path: folder.path) }
            throw PrivateFiles.errnoError(path: folder.path)
        }
        do {
            _ = chmod(folder.path, 0o700)
            return try unpackChecked(into: folder)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    private func unpackChecked(into folder: URL) throws -> BackupSummary {
        let limits = TarReader.Limits(
            maxEntrySize: BackupFormat.maximumMemberSize, maxEntries: 2,
            maxTotalSize: 2 * BackupFormat.maximumMemberSize)
        let tar = TarReader(source: AgeSource(age), limits: limits)
        do {
            guard let database = try tar.next(), database.name == BackupFormat.databaseMember else {
                throw BackupError.damaged(.unexpectedContent)
            }
            let path = folder.appendingPathComponent(Vault.databaseFileName).path
            let output = try AtomicFileWriter(destination: URL(fileURLWithPath: path))
            do {
                while case let piece = try tar.read(upTo: 64 * 1024), !piece.isEmpty { try output.write(piece) }
                guard let padding = try tar.next(), padding.name == BackupFormat.paddingMember,
                      padding.size == BackupFormat.paddingSize(databaseSize: database.size)
                else { throw BackupError.damaged(.unexpectedContent) }
                while case let piece = try tar.read(upTo: 64 * 1024), !piece.isEmpty {
                    guard piece.allSatisfy({ $0 == 0 }) else { throw BackupError.damaged(.unexpectedContent) }
                }
                // The end of the archive, and the verified end of the age file behind it.
                guard try tar.next() == nil else { throw BackupError.damaged(.unexpectedContent) }
                try output.commit()
            } catch {
                output.abandon()
                throw error
            }
            return BackupSummary(
                databaseSize: database.size, archiveSize: BackupFormat.paddedSize(databaseSize: database.size))
        } catch let error as AgeError {
            throw Self.translate(error)
        } catch is TarError {
            throw BackupError.damaged(.unexpectedContent)
        }
    }

    static func translate(_ error: AgeError) -> BackupError {
        switch error {
        case .notAgeFile, .unsupportedVersion: .notABackup
        case .noMatchingIdentity: .wrongKey
        case .truncated: .damaged(.truncated)
        case .headerMACMismatch, .payloadCorrupt, .trailingData, .malformedHeader, .armor: .damaged(.altered)
        case .malformedRecipient, .malformedIdentity: .damaged(.altered)
        }
    }
}

/// The verified plaintext of an age file as a byte source for the tar reader.
private struct AgeSource: ByteSource {
    let reader: AgeReader

    init(_ reader: AgeReader) {
        self.reader = reader
    }

    mutating func read(upTo count: Int) throws -> [UInt8] {
        try reader.read(upTo: count)
    }
}

/// A folder only its owner can enter, made with a random name and removed with all it holds.
public struct PrivateFolder {
    /// Where it is.
    public let url: URL

    /// Makes one inside `parent` (the system's temporary folder unless told otherwise).
    ///
    /// - Throws: ``MeldboekError`` for the system's reason.
    public init(inside parent: URL = FileManager.default.temporaryDirectory) throws {
        var template = Array((parent.path + "/.backup-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw PrivateFiles.errnoError(path: parent.path)
        }
        url = URL(fileURLWithPath: String(cString: made))
    }

    /// Removes it and all it holds.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension Backup {
    /// The recovery code as the backup's passphrase: its words in lower case, joined by single spaces.
    ///
    /// So a code typed with capitals, two spaces or a line break still opens the backup; `age -d`
    /// needs it exactly in this form.
    /// - Throws: `SodiumError.outOfMemory`.
    public static func passphrase(fromCode code: SecureBytes) throws -> SecureBytes {
        var words: [UInt8] = []
        defer { wipe(&words) }
        code.withUnsafeBytes { bytes in
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    pendingSpace = !words.isEmpty
                    continue
                }
                if pendingSpace { words.append(0x20) }
                pendingSpace = false
                words.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return try SecureBytes(copying: words)
    }
}
