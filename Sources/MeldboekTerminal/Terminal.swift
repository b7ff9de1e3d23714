// The controlling terminal: asking for a secret without echo, and asking to confirm.
import Foundation
import MeldboekCore
import MeldboekSodium
import SystemPackage

/// Talks to the user on `/dev/tty`, so prompts work even when output is piped.
public enum Terminal {
    /// The longest passphrase the terminal prompt takes; a longer one is refused, never cut.
    public static let maximumSecretLength = 4096

    /// Whether there is someone to ask when input could mean two things: standard input is a terminal
    /// and the controlling terminal opens. Piped or redirected input is a script, and a script is refused
    /// with the readings rather than asked, however it was started.
    public static var hasSomeoneToAsk: Bool {
        isatty(STDIN_FILENO) == 1 && isAvailable
    }

    /// Whether a terminal is there to ask on.
    public static var isAvailable: Bool {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// Asks `question` with echo off and returns the answer in sodium memory; nil without a terminal.
    ///
    /// - Throws: ``MeldboekError/interrupted`` for Ctrl-C, after echo is back on.
    public static func readSecret(_ question: String) throws -> SecureBytes? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // Ctrl-C must not end the process while echo is off: the terminal would stay silent.
        let interrupts = InterruptCatcher()
        defer { interrupts.restore() }
        // Echo goes off before the question shows: a passphrase typed or pasted the moment the question
        // appears must neither be shown nor thrown away. (Only what was typed before it is flushed.)
        var saved = termios()
        let hasAttributes = tcgetattr(fd, &saved) == 0
        if hasAttributes {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ICANON)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        writeString(question, to: fd)
        defer {
            if hasAttributes { tcsetattr(fd, TCSAFLUSH, &saved) }
            writeString("\n", to: fd)
        }
        // Read byte by byte into sodium memory, so the secret never sits in a Swift array.
        let buffer = try SecureBytes(count: maximumSecretLength)
        var length = 0
        var tooLong = false
        let complete: Bool = buffer.withUnsafeMutableBytes { bytes in
            var byte: UInt8 = 0
            while interrupts.waitForInput(on: fd) {
                // Not FileDescriptor's read, which retries EINTR itself: on EINTR this goes back to
                // waitForInput, which is where a Ctrl-C is noticed.
                let n = read(fd, &byte, 1)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                if byte == 0x0A || byte == 0x0D { return true }
                // Past the limit, keep reading to the end of the line but refuse rather than cut.
                if length == bytes.count { tooLong = true; continue }
                bytes[length] = byte
                length += 1
            }
            return false
        }
        guard !interrupts.isInterrupted else { throw MeldboekError.interrupted }
        guard !tooLong else { throw MeldboekError.passphraseTooLong(limit: maximumSecretLength) }
        guard complete || length > 0 else { return nil }
        return try buffer.withUnsafeBytes { try SecureBytes(copying: $0.prefix(length)) }
    }

    /// Writes `text` to the terminal (not to standard output, which may be a file or a log); nothing without one.
    public static func say(_ text: String) {
        let fd = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        writeString(text.hasSuffix("\n") ? text : text + "\n", to: fd)
    }

    /// Asks a yes/no question; true only for an explicit yes ("y", "yes", "j", "ja").
    public static func confirm(_ question: String) -> Bool {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        writeString(question, to: fd)
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1, byte != 0x0A {
            answer.append(byte)
        }
        let text = Folding.fold(String(decoding: answer, as: UTF8.self))
        return ["y", "yes", "j", "ja"].contains(text)
    }

    /// Asks `question` with numbered `options` and returns the index of the one chosen; nil without a
    /// terminal or when the input ends. A number outside the list is asked again, up to three times.
    ///
    /// - Parameter prompt: The line to type after, e.g. "Choose 1 or 2: ".
    /// - Throws: ``MeldboekError/interrupted`` for Ctrl-C.
    public static func choose(_ question: String, options: [String], prompt: String) throws -> Int? {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let interrupts = InterruptCatcher()
        defer { interrupts.restore() }
        writeString(question + "\n", to: fd)
        for (number, option) in options.enumerated() { writeString("  \(number + 1)  \(option)\n", to: fd) }
        for _ in 0..<3 {
            writeString(prompt, to: fd)
            var answer: [UInt8] = []
            var byte: UInt8 = 0
            var ended = true
            while interrupts.waitForInput(on: fd) {
                // Hand-written for the same reason as in readSecret: EINTR must reach waitForInput.
                let n = read(fd, &byte, 1)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                if byte == 0x0A { ended = false; break }
                answer.append(byte)
            }
            guard !interrupts.isInterrupted else {
                writeString("\n", to: fd)
                throw MeldboekError.interrupted
            }
            if ended { return nil }
            let typed = String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if let number = Int(typed), options.indices.contains(number - 1) { return number - 1 }
        }
        return nil
    }

    /// Writes all of `text`: a terminal may take a long question in parts, and writeAll goes on after a partial
    /// write or an interrupted one. A terminal that has gone away is not worth an error here: the answer read next
    /// fails instead.
    private static func writeString(_ text: String, to fd: Int32) {
        _ = try? FileDescriptor(rawValue: fd).writeAll(text.utf8)
    }
}
