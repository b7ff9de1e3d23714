// The interview's conversation on /dev/tty: lines as the terminal edits them, Ctrl-C caught to save nothing.
import Foundation

/// Set by the SIGINT handler; only read and cleared by the terminal while it is open.
nonisolated(unsafe) private var interruptReceived: sig_atomic_t = 0
/// The thread that reads the terminal, set before the handler is installed.
nonisolated(unsafe) private var readingThread = pthread_self()

/// Notes Ctrl-C. The kernel may run it on any thread (Dispatch has several), and only the
/// reading thread's `read` returns `EINTR`, so elsewhere it passes the signal on to that thread.
private func noteInterrupt(_: Int32) {
    interruptReceived = 1
    if pthread_equal(pthread_self(), readingThread) == 0 { pthread_kill(readingThread, SIGINT) }
}

/// A ``Conversation`` on the controlling terminal, in canonical mode with echo on.
///
/// While it is open, Ctrl-C no longer ends the process: a handler installed
/// without `SA_RESTART` only notes it, so the blocked `read` returns `EINTR`
/// and ``readLine()`` returns nil. Read on the thread that opened it. ``close()`` (or deinit) puts back the
/// terminal settings and the earlier SIGINT disposition.
public final class InterviewTerminal: Conversation {
    private let fd: Int32
    private var savedAttributes: termios?
    private var savedAction = sigaction()
    private var isOpen = true
    public private(set) var wasInterrupted = false

    /// Opens `/dev/tty`; nil when there is no controlling terminal.
    public init?() {
        fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var attributes = termios()
        if tcgetattr(fd, &attributes) == 0 {
            savedAttributes = attributes
            attributes.c_lflag |= tcflag_t(ICANON | ECHO | ISIG)
            // TCSANOW, not TCSAFLUSH: lines typed ahead are answers too.
            tcsetattr(fd, TCSANOW, &attributes)
        }
        interruptReceived = 0
        readingThread = pthread_self()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = noteInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, &savedAction)
    }

    deinit { close() }

    /// Restores the terminal and the SIGINT disposition, and closes the terminal.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if var attributes = savedAttributes { tcsetattr(fd, TCSANOW, &attributes) }
        sigaction(SIGINT, &savedAction, nil)
        Glibc.close(fd)
    }

    public func say(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    public func readLine() -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            if interruptReceived != 0 { return stop(interrupted: true) }
            let n = read(fd, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return stop(interrupted: false) }
            if byte == 0x0A { break }
            line.append(byte)
        }
        if line.last == 0x0D { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// Ends the line the user was on, so what follows starts on a fresh one.
    private func stop(interrupted: Bool) -> String? {
        wasInterrupted = interrupted
        say("\n")
        return nil
    }
}
