// The interview's conversation on /dev/tty: lines as the terminal edits them, Ctrl-C caught to save nothing.
import Foundation
import MeldboekCore
import MeldboekInterview
import SystemPackage

/// A ``Conversation`` on the controlling terminal, in canonical mode with echo on.
///
/// While it is open, Ctrl-C no longer ends the process: an ``InterruptCatcher``
/// notes it and ``readLine()`` returns nil. Read on the thread that opened it.
/// ``close()`` (or deinit) puts back the terminal settings and the earlier SIGINT
/// disposition.
public final class InterviewTerminal: Conversation {
    private let fd: Int32
    private var savedAttributes: termios?
    private let interrupts: InterruptCatcher
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
        interrupts = InterruptCatcher()
    }

    deinit { close() }

    /// Restores the terminal and the SIGINT disposition, and closes the terminal.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if var attributes = savedAttributes { tcsetattr(fd, TCSANOW, &attributes) }
        interrupts.restore()
        Glibc.close(fd)
    }

    public func say(_ text: String) {
        // A terminal that refuses the text has gone; the read that follows notices.
        _ = try? FileDescriptor(rawValue: fd).writeAll(Array(text.utf8))
    }

    public func readLine() -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            guard interrupts.waitForInput(on: fd) else {
                // Said once: the interview may go on after asking, and the next read must wait again.
                interrupts.acknowledge()
                return stop(interrupted: true)
            }
            // Not FileDescriptor's read, which retries EINTR itself: on EINTR this goes back to
            // waitForInput, which is where a Ctrl-C is noticed.
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
