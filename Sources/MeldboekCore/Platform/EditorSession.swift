// Writing in the user's editor without the text ever touching a disk.
import Foundation

/// Lets the user write in `$VISUAL` or `$EDITOR` through a temporary file in memory.
///
/// The file lives in a private 0700 folder on a tmpfs (`$XDG_RUNTIME_DIR`, else
/// `/dev/shm`); it is overwritten with zeros and removed afterwards, also when
/// the editor fails. Without a tmpfs the session refuses rather than fall back
/// to disk.
public struct EditorSession {
    public var environment: [String: String]
    /// Where to look when `XDG_RUNTIME_DIR` is unset or not a tmpfs.
    public var fallbackFolders: [String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                fallbackFolders: [String] = ["/dev/shm"]) {
        self.environment = environment
        self.fallbackFolders = fallbackFolders
    }

    /// The memory-backed folder to work in, or nil when there is none.
    public func temporaryRoot() -> String? {
        var candidates: [String] = []
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { candidates.append(runtime) }
        candidates += fallbackFolders
        return candidates.first { Self.isTmpfs($0) && access($0, W_OK | X_OK) == 0 }
    }

    /// Opens the editor on `initialText` and returns what the user saved.
    ///
    /// - Throws: ``MeldboekError/noPrivateTemporaryFolder`` without a tmpfs,
    ///   ``MeldboekError/editorFailed(status:)`` when the editor fails.
    public func edit(_ initialText: String) throws -> String {
        guard let root = temporaryRoot() else { throw MeldboekError.noPrivateTemporaryFolder }
        var template = Array("\(root)/meldboek-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw PrivateFiles.errnoError(path: root)
        }
        let folder = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        chmod(folder, 0o700)
        let path = folder + "/entry.txt"
        defer { Self.removeShredded(folder: folder) }
        try PrivateFiles.createEmptyFile(atPath: path)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw PrivateFiles.errnoError(path: path) }
        handle.write(Data(initialText.utf8))
        try? handle.close()

        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry arguments ("code --wait"); the path goes in as "$1".
        process.arguments = ["-c", "\(editor) \"$1\"", "meldboek-editor", path]
        // The editor needs no passphrase: keep MELDBOEK_* (passphrases among them) from it.
        process.environment = environment.filter { !$0.key.hasPrefix("MELDBOEK_") }
        do {
            try process.run()
        } catch {
            throw MeldboekError.editorFailed(status: -1)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MeldboekError.editorFailed(status: process.terminationStatus) }
        guard var data = FileManager.default.contents(atPath: path) else { throw PrivateFiles.errnoError(path: path) }
        defer { data.resetBytes(in: 0..<data.count) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether `path` lies on a tmpfs: the longest mount point in
    /// `/proc/self/mounts` that contains it has type `tmpfs`.
    static func isTmpfs(_ path: String) -> Bool {
        guard let resolved = realpath(path, nil) else { return false }
        let target = String(cString: resolved)
        free(resolved)
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
        var best: (mountPoint: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            // Mount points escape spaces and other bytes as octal (\040).
            let mountPoint = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let contains = mountPoint == "/" || target == mountPoint || target.hasPrefix(mountPoint + "/")
            if contains, mountPoint.count >= (best?.mountPoint.count ?? -1) {
                best = (mountPoint, String(fields[2]))
            }
        }
        return best?.type == "tmpfs"
    }

    /// Overwrites a file with zeros, flushes, and removes it.
    static func shred(_ path: String) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        if fd >= 0 {
            var info = stat()
            if fstat(fd, &info) == 0, info.st_size > 0 {
                let zeros = [UInt8](repeating: 0, count: Int(info.st_size))
                _ = zeros.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                fsync(fd)
            }
            close(fd)
        }
        unlink(path)
    }

    /// Shreds every file in the folder (editors leave swap and backup files
    /// beside the one they edit) and removes it.
    static func removeShredded(folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            shred(folder + "/" + name)
        }
        rmdir(folder)
    }
}
