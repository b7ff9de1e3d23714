// Writing in the user's editor without the text ever touching a disk.
import CMeldboekPlatform
import Foundation
import MeldboekCore
import SystemPackage

/// Lets the user write in `$VISUAL` or `$EDITOR` through a temporary file in memory.
///
/// The file lives in a private 0700 folder on a tmpfs (`$XDG_RUNTIME_DIR`, else
/// `/dev/shm`); it is overwritten with zeros and removed on every way out: the editor
/// saving, failing or being killed, and Meldboek itself getting SIGTERM or SIGHUP (the
/// terminal window closed). A folder left by a run killed outright (SIGKILL, power loss)
/// is removed by ``removeStaleFolders()`` at the next start. Without a tmpfs the session
/// refuses rather than fall back to disk.
///
/// The editor runs as git, `crontab -e` and pass run it: in Meldboek's own process group,
/// so in the terminal's foreground, where a full-screen editor can read the keyboard.
/// Meldboek ignores Ctrl-C while it waits, as the editor owns the terminal.
public struct EditorSession {
    public var environment: [String: String]
    /// Where to look when `XDG_RUNTIME_DIR` is unset or not a tmpfs.
    public var fallbackFolders: [String]

    /// The start of every session folder's name; the creating process's id follows.
    static let folderPrefix = "meldboek-"
    /// The file in a session folder its process holds an exclusive `flock` on while it runs.
    static let lockName = "session.lock"

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                fallbackFolders: [String] = ["/dev/shm"]) {
        self.environment = environment
        self.fallbackFolders = fallbackFolders
    }

    /// The memory-backed folder to work in, or nil when there is none.
    public func temporaryRoot() -> String? {
        candidateRoots().first { Self.isTmpfs($0) && access($0, W_OK | X_OK) == 0 }
    }

    private func candidateRoots() -> [String] {
        var candidates: [String] = []
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { candidates.append(runtime) }
        return candidates + fallbackFolders
    }

    /// The editor command the user chose, and the variable it came from (nil for the default `vi`).
    public var editorCommand: (command: String, variable: String?) {
        for variable in ["VISUAL", "EDITOR"] {
            if let command = environment[variable], !command.trimmingCharacters(in: .whitespaces).isEmpty {
                return (command, variable)
            }
        }
        return ("vi", nil)
    }

    /// Opens the editor on `initialText` and returns what the user saved, without the one line break
    /// editors put at the end of a file (``withoutFinalLineBreak(_:)``).
    ///
    /// - Throws: ``MeldboekError/noPrivateTemporaryFolder`` without a tmpfs,
    ///   ``EditorError/notFound(command:variable:)`` when the editor isn't installed,
    ///   ``MeldboekError/editorFailed(status:)`` when the editor fails or is killed.
    ///   On SIGTERM or SIGHUP the file is shredded and the process ends by that signal.
    public func edit(_ initialText: String) throws -> String {
        let (command, variable) = editorCommand
        let program = try resolveProgram(of: command, variable: variable)
        guard let root = temporaryRoot() else { throw MeldboekError.noPrivateTemporaryFolder }
        var template = Array("\(root)/\(Self.folderPrefix)\(getpid())-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw PrivateFiles.errnoError(path: root)
        }
        let folder = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        chmod(folder, 0o700)
        // Held until the folder is gone; the kernel lets go of it however this process ends, so any other
        // process, in whatever pid namespace, can tell a live session from a dead one (removeStaleFolders).
        let lock = open(folder + "/" + Self.lockName, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            let error = PrivateFiles.errnoError(path: folder)
            if lock >= 0 { close(lock) }
            Self.removeShredded(folder: folder)
            throw error
        }
        defer { close(lock) }
        let path = folder + "/entry.txt"

        let ending = EndingSignals()
        let outcome: Result<String, Error>
        do {
            try PrivateFiles.createEmptyFile(atPath: path)
            guard let handle = FileHandle(forWritingAtPath: path) else { throw PrivateFiles.errnoError(path: path) }
            // Throwing, not trapping: a full tmpfs must still reach the shred below. Closed before the editor
            // starts: an editor that saves by renaming would otherwise leave the old text in an open, unlinked file.
            do {
                try handle.write(contentsOf: Data(initialText.utf8))
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            let status = try run(command: command + Self.privacyArguments(for: program), path: path, ending: ending)
            if let signal = ending.received {
                outcome = .failure(MeldboekError.editorFailed(status: 128 + signal))
            } else if status == 127 {
                // sh's "command not found": the check above can't see into a command with quotes or variables.
                outcome = .failure(EditorError.notFound(command: command, variable: variable))
            } else if status != 0 {
                outcome = .failure(MeldboekError.editorFailed(status: status))
            } else if var data = FileManager.default.contents(atPath: path) {
                outcome = .success(Self.withoutFinalLineBreak(String(decoding: data, as: UTF8.self)))
                data.resetBytes(in: 0..<data.count)
            } else {
                outcome = .failure(PrivateFiles.errnoError(path: path))
            }
        } catch {
            outcome = .failure(error)
        }
        Self.removeShredded(folder: folder)
        ending.restore()
        // Closing the window or `kill` ended the edit: the file is gone, now end as that signal asks.
        if let signal = ending.received {
            Glibc.signal(signal, SIG_DFL)
            Glibc.raise(signal)
        }
        return try outcome.get()
    }

    /// `text` without one line break at its end, if it has one.
    ///
    /// vim, nano and a shell's `echo` end the last line with a line break; text typed with `--text`
    /// or in the interview has none. Dropped once wherever text comes from an editor or standard
    /// input, so an edit that changed nothing equals the stored text, and `show` prints no empty line.
    /// Only one: blank lines the user typed at the end stay theirs.
    public static func withoutFinalLineBreak(_ text: String) -> String {
        // "\r\n" is one Character in Swift: a file saved with Windows line ends loses both.
        guard let last = text.last, last == "\n" || last == "\r\n" else { return text }
        return String(text.dropLast())
    }

    /// Starts `/bin/sh -c "COMMAND \"$1\""` in this process group and waits for it; its exit status
    /// (128 + signal when killed). SIGTERM or SIGHUP to Meldboek is passed on to the editor.
    private func run(command: String, path: String, ending: EndingSignals) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The vault's database and anything else Meldboek holds stay out of the editor.
        _ = meldboek_spawn_close_from(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Meldboek ignores Ctrl-C while it waits; the editor must get the terminal's signals as usual.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // The editor command may carry arguments ("code --wait"); the path goes in as "$1".
        // `exec`: the editor replaces the shell, so a signal passed on reaches the editor itself, not only sh.
        let arguments = ["/bin/sh", "-c", "exec \(command) \"$1\"", "meldboek-editor", path]
        // The editor needs no passphrase: keep MELDBOEK_* (passphrases among them) from it.
        let environment = self.environment.filter { !$0.key.hasPrefix("MELDBOEK_") }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let terminal = TerminalSettings()
        defer { terminal.restore() }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw MeldboekError.editorFailed(status: -1) }

        // Polled rather than blocking: a signal may land on another thread and never interrupt a blocking wait.
        // (A wait for a process, not a descriptor: FileDescriptor has nothing for it, so EINTR is handled here.)
        var forwarded: Date?
        var status: Int32 = 0
        while true {
            let result = waitpid(child, &status, WNOHANG)
            if result == child { break }
            if result < 0 && errno != EINTR { return -1 }
            if let signal = ending.received {
                if let forwarded {
                    // An editor that ignores the signal is not allowed to keep the text alive.
                    if Date().timeIntervalSince(forwarded) > 3 { kill(child, SIGKILL) }
                } else {
                    forwarded = Date()
                    kill(child, signal)
                }
            }
            usleep(20_000)
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// The editor program's path, looked up like the shell would; throws when it isn't there.
    /// A command the shell must interpret (quotes, variables) is left to the shell.
    private func resolveProgram(of command: String, variable: String?) throws -> String? {
        guard let first = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init),
              !first.contains(where: { "\"'$`\\=;|&<>(){}*?[]~".contains($0) })
        else { return nil }
        if first.contains("/") {
            guard access(first, X_OK) == 0 else { throw EditorError.notFound(command: command, variable: variable) }
            return first
        }
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(first)"
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        throw EditorError.notFound(command: command, variable: variable)
    }

    /// Options that keep vim and neovim from writing what was typed elsewhere: no swap file
    /// beside the text and no viminfo/shada file (registers, history) in the home folder.
    ///
    /// Known by the name the program resolves to (Debian's `vi` is a link to `vim.basic`), or,
    /// for a program that is itself called `vi` (Fedora's vim-minimal), by vim's own banner in
    /// the binary; another `vi` (nvi, busybox) would not take these options.
    static func privacyArguments(for program: String?) -> String {
        guard let program, let resolved = realpath(program, nil) else { return "" }
        let path = String(cString: resolved)
        free(resolved)
        let name = URL(fileURLWithPath: path).lastPathComponent
        if name.hasPrefix("vim") || name.hasPrefix("nvim") { return " -n -i NONE" }
        if ["vi", "view", "ex"].contains(name), isVim(path) { return " -n -i NONE" }
        return ""
    }

    /// Whether the program at `path` carries vim's or neovim's banner.
    private static func isVim(_ path: String) -> Bool {
        guard let binary = FileManager.default.contents(atPath: path) else { return false }
        return binary.range(of: Data("VIM - Vi IMproved".utf8)) != nil || binary.range(of: Data("NVIM v".utf8)) != nil
    }

    /// Removes session folders whose process is gone (killed outright mid-edit), shredding
    /// what they hold. Only folders of this user, in the places a session could have used.
    public func removeStaleFolders() {
        for root in candidateRoots() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { continue }
            for name in names where name.hasPrefix(Self.folderPrefix) {
                let folder = root + "/" + name
                var info = stat()
                guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(),
                      Self.isStale(folder: folder, name: name, modified: info.st_mtim.tv_sec)
                else { continue }
                Self.removeShredded(folder: folder)
            }
        }
    }

    /// Whether the session folder `folder` (named `name`) belongs to no running process.
    ///
    /// Its lock file decides when it has one: nobody holds the lock, so its process has ended,
    /// whatever pid namespace it ran in (a container sharing /dev/shm has other process ids).
    /// Without one (a folder made by an earlier version, or one whose process was killed before
    /// taking the lock) the name decides: its process id (`meldboek-PID-XXXXXX`) is gone and the
    /// folder is over a minute old (a session in another namespace takes its lock within that),
    /// or, for the older `meldboek-XXXXXX`, a day has passed.
    static func isStale(folder: String, name: String, modified: Int) -> Bool {
        let lock = open(folder + "/" + lockName, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if lock >= 0 {
            defer { close(lock) }
            return flock(lock, LOCK_EX | LOCK_NB) == 0
        }
        let age = Int(time(nil)) - modified
        let parts = name.dropFirst(folderPrefix.count).split(separator: "-")
        if parts.count == 2, let pid = pid_t(parts[0]) {
            return pid != getpid() && age > 60 && kill(pid, 0) != 0 && errno == ESRCH
        }
        return parts.count == 1 && age > 24 * 3600
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
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd >= 0 {
            var info = stat()
            if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
                // Every byte, even when the kernel takes the zeros in parts.
                _ = try? FileDescriptor(rawValue: fd).writeAll([UInt8](repeating: 0, count: Int(info.st_size)))
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

/// What stops an editor session before the editor runs.
public enum EditorError: Error, Equatable {
    /// The editor command's program isn't installed; `variable` is VISUAL, EDITOR, or nil for the default vi.
    case notFound(command: String, variable: String?)
}

extension EditorError {
    /// The program an editor command starts: its first word ("code" of "code --wait"), or the whole command
    /// when the shell must read it (quotes, variables), where the first word need not be the program.
    public static func program(of command: String) -> String {
        let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first, !command.contains(where: { "\"'$`\\=;|&<>(){}*?[]~".contains($0) })
        else { return command }
        return String(first)
    }
}

extension Localized {
    /// The editor named by `variable` (or the default) can't be started: `program` is what is missing.
    public static func editorNotFound(program: String, variable: String?) -> Localized {
        if let variable {
            return Localized(en: "The editor \"\(program)\" set in $\(variable) is not installed; nothing was saved.",
                             nl: "De editor \"\(program)\" uit $\(variable) is niet geïnstalleerd; er is niets opgeslagen.")
        }
        return Localized(en: "No editor is set and \"vi\" is not installed; nothing was saved.",
                         nl: "Er is geen editor ingesteld en \"vi\" is niet geïnstalleerd; er is niets opgeslagen.")
    }

    /// How to choose an editor that is there, in the variable that counts: VISUAL wins over EDITOR while it is set.
    public static func editorNotFoundHint(variable: String?) -> Localized {
        if variable == "VISUAL" {
            return Localized(
                en: "Set VISUAL to an installed editor, for example: export VISUAL=nano (while VISUAL is set, EDITOR is not used).",
                nl: "Zet VISUAL op een geïnstalleerde editor, bijvoorbeeld: export VISUAL=nano (zolang VISUAL is gezet, telt EDITOR niet).")
        }
        return Localized(en: "Set EDITOR to an installed editor, for example: export EDITOR=nano.",
                         nl: "Zet EDITOR op een geïnstalleerde editor, bijvoorbeeld: export EDITOR=nano.")
    }
}

/// SIGTERM and SIGHUP noted (not obeyed) while the editor runs, and Ctrl-C ignored, as git does.
///
/// The handlers only record the signal; the session then passes it on to the editor,
/// shreds the file and ends the process by that signal. ``restore()`` puts back the
/// dispositions that were there before.
private final class EndingSignals {
    private var saved: [Int32: sigaction] = [:]

    init() {
        endingSignal = 0
        for signal in [SIGTERM, SIGHUP] {
            // Under nohup SIGHUP is ignored: leave it so, rather than end the process when the terminal closes.
            var current = sigaction()
            sigaction(signal, nil, &current)
            if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = noteEndingSignal
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            saved[signal] = previous
        }
        for signal in [SIGINT, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_IGN
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            saved[signal] = previous
        }
    }

    /// The signal that asked the process to end, if one came.
    var received: Int32? { endingSignal == 0 ? nil : endingSignal }

    func restore() {
        for (signal, var action) in saved { sigaction(signal, &action, nil) }
        saved = [:]
    }
}

nonisolated(unsafe) private var endingSignal: sig_atomic_t = 0

private func noteEndingSignal(_ signal: Int32) {
    endingSignal = signal
}

/// The terminal's settings before the editor ran, put back afterwards: an editor that is
/// killed leaves the terminal in raw mode with echo off.
private struct TerminalSettings {
    private let fd: Int32
    private var saved = termios()
    private var hasSettings = false

    init() {
        fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        if fd >= 0 { hasSettings = tcgetattr(fd, &saved) == 0 }
    }

    func restore() {
        guard fd >= 0 else { return }
        if hasSettings {
            // Blocked SIGTTOU: if Meldboek was moved to the background meanwhile, this must not stop it.
            var block = sigset_t(), previous = sigset_t()
            sigemptyset(&block)
            sigaddset(&block, SIGTTOU)
            pthread_sigmask(SIG_BLOCK, &block, &previous)
            var settings = saved
            tcsetattr(fd, TCSANOW, &settings)
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        close(fd)
    }
}
