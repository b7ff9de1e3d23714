// Runs the built `meldboek` binary on a pseudo-terminal, to type answers and read the screen as a user would.
import CMeldboekPlatform
import Foundation
import SystemPackage

/// A failure talking to the program on the pseudo-terminal, with the screen so far.
public struct PseudoTerminalFailure: Error, CustomStringConvertible {
    public var description: String
}

/// The binary running in a new session whose controlling terminal is a pseudo-terminal we hold the other end of.
///
/// `/dev/tty` works in the child, and typing Ctrl-C sends it SIGINT, as on a real terminal:
///
/// ```swift
/// let session = try PseudoTerminal(runner: runner, arguments: ["add"])
/// try session.expect("What happened?")
/// session.type("He shouted at me.")
/// let status = try session.wait()
/// ```
public final class PseudoTerminal {
    /// TIOCSPTLCK and TIOCGPTN from <asm-generic/ioctls.h>, which Swift does not import.
    private static let unlockRequest: UInt = 0x4004_5431
    private static let numberRequest: UInt = 0x8004_5430
    /// POSIX_SPAWN_SETSID from glibc's <spawn.h>, hidden from Swift behind _GNU_SOURCE.
    private static let spawnNewSession: Int32 = 0x80
    private var master: Int32
    private let pid: pid_t
    /// The program's process id, to send it a signal as another program would.
    public var processID: pid_t { pid }
    private var exitStatus: Int32?
    /// The bytes the program wrote and the terminal echoed, carriage returns left out.
    private var output: [UInt8] = []
    /// How many characters of ``screen`` earlier expectations consumed.
    private var consumed = 0

    /// Everything the program wrote and the terminal echoed, carriage returns left out.
    public var screen: String { String(decoding: output, as: UTF8.self) }

    /// Starts `runner`'s binary with `arguments` on a new pseudo-terminal, with the runner's environment and `extra`.
    public init(runner: CommandRunner, arguments: [String], environment extra: [String: String?] = [:]) throws {
        // posix_openpt, unlockpt and ptsname as glibc does them on Linux: Swift's Glibc module
        // leaves them out (they need _XOPEN_SOURCE), and devpts makes grantpt a no-op.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.unlockRequest, &unlock) == 0,
              ioctl(master, Self.numberRequest, &number) == 0
        else {
            let reason = String(cString: strerror(errno))
            if master >= 0 { Glibc.close(master) }
            throw PseudoTerminalFailure(description: "no pseudo-terminal: \(reason)")
        }
        let name = "/dev/pts/\(number)"
        // A size, as a terminal window has: full-screen programs such as vim draw to it.
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid and without O_NOCTTY, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Tests run in parallel: the child must not hold other tests' pipes open.
        _ = meldboek_spawn_close_from(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default SIGINT in the child even if the test process ignores it; a new session for the terminal.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // Nothing blocked either: the test runner's threads may block signals, and a mask is inherited.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnNewSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = runner.environment
        for (key, value) in extra { environment[key] = value }
        let argv = ([runner.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, runner.binary.path, &actions, &attributes, argv, envp)
        guard status == 0 else {
            Glibc.close(master)
            throw PseudoTerminalFailure(description: "posix_spawn failed: \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if master >= 0 { Glibc.close(master) }
    }

    /// Waits until the screen shows `text` after what earlier expectations matched; returns the output up to it.
    ///
    /// - Throws: ``PseudoTerminalFailure`` with the screen when `timeout` seconds pass first, or the program ends.
    @discardableResult
    public func expect(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = self.screen
            let start = screen.index(screen.startIndex, offsetBy: consumed)
            if let range = screen[start...].range(of: text) {
                consumed = screen.distance(from: screen.startIndex, to: range.upperBound)
                return String(screen[start..<range.upperBound])
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0, readAvailable(waitingMilliseconds: Int32(min(left, 0.2) * 1000)) else {
                if left > 0 { continue }
                throw PseudoTerminalFailure(description: "timed out waiting for \"\(text)\"; screen:\n\(screen)")
            }
        }
    }

    /// Whether the terminal echoes what is typed: off while a passphrase is asked, and it must come back on.
    public var echoesInput: Bool {
        var attributes = termios()
        guard tcgetattr(master, &attributes) == 0 else { return false }
        return attributes.c_lflag & tcflag_t(ECHO) != 0
    }

    /// Types `line` and Enter.
    public func type(_ line: String) {
        send(Array(line.utf8) + [0x0D])
    }

    /// Types `keys` as they are, without Enter: an editor's commands, Escape ("\u{1B}") among them.
    public func press(_ keys: String) {
        send(Array(keys.utf8))
    }

    /// Closes the terminal, as closing its window does: the kernel sends SIGHUP to the program.
    /// Nothing more can be read from the screen afterwards; ``wait(timeout:)`` still reports how it ended.
    public func hangUp() {
        guard master >= 0 else { return }
        Glibc.close(master)
        master = -1
    }

    /// Presses Ctrl-C: the terminal sends SIGINT to the program.
    public func sendInterrupt() {
        send([0x03])
    }

    /// Presses Ctrl-D at the start of a line: the program reads end of input.
    public func sendEndOfInput() {
        send([0x04])
    }

    /// Waits for the program to end, reading what it still writes; its exit status (128 + signal if killed).
    public func wait(timeout: TimeInterval = 20) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else {
                throw PseudoTerminalFailure(description: "the program did not end; screen:\n\(screen)")
            }
            _ = readAvailable(waitingMilliseconds: 50)
        }
        while readAvailable(waitingMilliseconds: 50) {}
        let signal = status & 0x7F
        let result = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        exitStatus = result
        return result
    }

    private func send(_ bytes: [UInt8]) {
        guard master >= 0 else { return }
        // A program that closed its terminal takes no more keys; what it did with them is what the test checks.
        _ = try? FileDescriptor(rawValue: master).writeAll(bytes)
    }

    /// Reads what is there within `waitingMilliseconds`; false when nothing came (or the program closed the terminal).
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        guard master >= 0 else {
            usleep(useconds_t(waitingMilliseconds) * 1000)
            return false
        }
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitingMilliseconds) == 1 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        // EIO: every copy of the other end is closed, the program is gone.
        guard count > 0 else { return false }
        output += buffer[..<count].filter { $0 != 0x0D }
        return true
    }
}
