// Files the user names on the command line: what may be read, and that output never takes an existing name.
import Foundation
import SystemPackage

/// Checks on a file the user named, made before the vault is opened so nothing is asked for in vain.
public enum NamedFile {
    /// Checks that `path` is an ordinary file this process may read; a symbolic link to one is fine.
    ///
    /// Folders, devices and sockets are refused, and so are pipes unless `allowPipe`: reading a pipe
    /// nobody writes to never ends, and a device like `/dev/zero` never runs out.
    /// - Throws: ``MeldboekError/io(path:reason:)`` saying what is wrong.
    public static func checkReadable(_ path: String, allowPipe: Bool = false) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw MeldboekError.io(path: path, reason: FileProblem(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO where allowPipe: break
        case S_IFDIR: throw MeldboekError.io(path: path, reason: .isFolder)
        default: throw MeldboekError.io(path: path, reason: .notARegularFile)
        }
        guard access(path, R_OK) == 0 else { throw MeldboekError.io(path: path, reason: FileProblem(errno: errno)) }
    }

    /// Opens the file at `path` for reading, after ``checkReadable(_:allowPipe:)``, and checks again what was opened.
    ///
    /// The open does not wait (`O_NONBLOCK`), so a pipe put in the file's place after the check cannot make it hang;
    /// the descriptor is then checked with `fstat` and made blocking again for reading.
    /// - Returns: A descriptor the caller closes.
    /// - Throws: ``MeldboekError/io(path:reason:)`` with the system's reason.
    public static func openForReading(_ path: String, allowPipe: Bool = false) throws -> Int32 {
        try checkReadable(path, allowPipe: allowPipe)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw MeldboekError.io(path: path, reason: FileProblem(errno: errno)) }
        var info = stat()
        let kind = fstat(fd, &info) == 0 ? info.st_mode & S_IFMT : 0
        guard kind == S_IFREG || (allowPipe && kind == S_IFIFO) else {
            close(fd)
            throw MeldboekError.io(path: path, reason: kind == S_IFDIR ? .isFolder : .notARegularFile)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Reads all of the file at `path`, opened with ``openForReading(_:allowPipe:)``.
    /// - Throws: ``MeldboekError/io(path:reason:)`` with the system's reason.
    public static func contents(of path: String, allowPipe: Bool = false) throws -> Data {
        let fd = try openForReading(path, allowPipe: allowPipe)
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n: Int
            do {
                n = try buffer.withUnsafeMutableBytes { try FileDescriptor(rawValue: fd).read(into: $0) }
            } catch let error as Errno {
                throw MeldboekError.io(path: path, reason: FileProblem(errno: error.rawValue))
            }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }

    /// Checks that nothing exists at `path`, not even a symbolic link (which may point nowhere), and that the
    /// folder it would go in is there.
    ///
    /// An early answer only: ``AtomicFileWriter`` enforces the rule when it puts the file in place.
    /// - Throws: ``MeldboekError/fileExists(path:)``, or ``MeldboekError/io(path:reason:)`` for the folder.
    public static func checkAbsent(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 { throw MeldboekError.fileExists(path: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard stat(folder, &info) == 0 else { throw MeldboekError.io(path: folder, reason: FileProblem(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw MeldboekError.io(path: folder, reason: .notAFolder) }
    }
}
