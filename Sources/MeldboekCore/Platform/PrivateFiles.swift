// Files and folders only their owner can read: 0600 and 0700.
import Foundation
import SystemPackage

/// Creates files and folders with owner-only modes.
public enum PrivateFiles {
    /// Makes `folder` (and missing parents) with mode 0700 for the last one.
    public static func makeFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if chmod(folder.path, 0o700) != 0 {
                throw errnoError(path: folder.path)
            }
        } catch let error as MeldboekError {
            throw error
        } catch {
            throw errnoError(path: folder.path)
        }
    }

    /// Creates an empty file with mode 0600; fails when it exists.
    public static func createEmptyFile(atPath path: String) throws {
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw errnoError(path: path) }
        close(fd)
    }

    /// Writes `data` to a new file `url` with mode 0600, complete or not at all; never replaces a file.
    ///
    /// - Throws: ``MeldboekError/fileExists(path:)`` when anything, even a symbolic link, has that name.
    public static func write(_ data: Data, to url: URL) throws {
        let writer = try AtomicFileWriter(destination: url)
        do {
            try writer.write(data)
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// Replaces Meldboek's own state file `url` (in a 0700 folder of its own, never a path
    /// the user named) with `data`: a 0600 file written beside it, flushed, and renamed over it.
    static func replaceState(_ data: Data, at url: URL) throws {
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.meldboek-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw errnoError(path: folder) }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        defer { unlink(temporary) }
        let written = data.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let flushed = fsync(fd) == 0
        close(fd)
        guard written == data.count, flushed, rename(temporary, url.path) == 0 else { throw errnoError(path: url.path) }
    }

    /// The error for the current `errno`.
    public static func errnoError(path: String, code: Int32 = errno) -> MeldboekError {
        switch code {
        case EROFS, EACCES, EPERM: .readOnly(path: path)
        case ENOSPC, EDQUOT: .diskFull
        default: .io(path: path, reason: FileProblem(errno: code))
        }
    }
}

/// Writes a new file beside its destination and gives it its name only when complete:
/// the one policy for every file Meldboek writes where the user said.
///
/// - Never replaces anything: an existing file, folder or symbolic link (even one that points
///   nowhere) under the destination's name makes it fail with ``MeldboekError/fileExists(path:)``,
///   checked when it starts and again, atomically, when the file is put in place.
/// - Atomic: a failed or interrupted write never leaves a half file under the real name.
/// - Private: the file is 0600 from its first byte.
public final class AtomicFileWriter {
    let destination: URL
    let temporaryPath: String
    /// Whether ``commit()`` may put the file in place of one already there (a `--force` the user gave).
    let replacing: Bool
    private var fd: Int32

    /// Starts a 0600 file next to `destination`, which must not exist unless `replacing`.
    ///
    /// - Parameter replacing: Put the complete file in place of what has the name, atomically
    ///   (`rename`): readers see the old file or the new one, never a mix. Only for a `--force` the
    ///   user gave.
    /// - Parameter temporaryPrefix: How the temporary name starts, for files whose name should not say Meldboek.
    public init(destination: URL, replacing: Bool = false, temporaryPrefix: String = ".meldboek-") throws {
        self.destination = destination
        self.replacing = replacing
        if !replacing { try NamedFile.checkAbsent(destination.path) }
        let folder = destination.deletingLastPathComponent().path
        var template = Array("\(folder)/\(temporaryPrefix)XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw PrivateFiles.errnoError(path: folder) }
        fchmod(fd, 0o600)
        self.fd = fd
        self.temporaryPath = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
    }

    /// Appends bytes.
    public func write(_ bytes: some ContiguousBytes) throws {
        try bytes.withUnsafeBytes { buffer in
            do {
                try FileDescriptor(rawValue: fd).writeAll(buffer)
            } catch let error as Errno {
                throw PrivateFiles.errnoError(path: destination.path, code: error.rawValue)
            }
        }
    }

    /// Flushes to disk and gives the file its name, unless something has taken the name meanwhile.
    ///
    /// `link` fails when the name exists, so no check-then-rename race can replace a file. File
    /// systems without hard links (FAT on a USB stick) get the name reserved with `O_EXCL` and the
    /// complete file renamed over that reservation, which only this process created.
    public func commit() throws {
        guard fsync(fd) == 0 else { throw PrivateFiles.errnoError(path: destination.path) }
        close(fd)
        fd = -1
        defer { unlink(temporaryPath) }
        if replacing {
            guard rename(temporaryPath, destination.path) == 0 else {
                throw PrivateFiles.errnoError(path: destination.path)
            }
            return
        }
        if link(temporaryPath, destination.path) == 0 { return }
        let code = errno
        switch code {
        case EEXIST:
            throw MeldboekError.fileExists(path: destination.path)
        case EPERM, EOPNOTSUPP, ENOSYS, EMLINK:
            let reservation = open(destination.path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard reservation >= 0 else {
                if errno == EEXIST { throw MeldboekError.fileExists(path: destination.path) }
                throw PrivateFiles.errnoError(path: destination.path)
            }
            close(reservation)
            guard rename(temporaryPath, destination.path) == 0 else {
                let error = PrivateFiles.errnoError(path: destination.path)
                unlink(destination.path)
                throw error
            }
        default:
            throw PrivateFiles.errnoError(path: destination.path, code: code)
        }
    }

    /// Removes the temporary file.
    public func abandon() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(temporaryPath)
    }

    deinit {
        if fd >= 0 { abandon() }
    }
}
