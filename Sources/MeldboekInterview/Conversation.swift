// The two things an interview needs from whoever answers it: show text, read a line.

/// One side of a question-and-answer session: the terminal, or a script in tests.
public protocol Conversation: AnyObject {
    /// Shows `text` as it is; the interview adds its own line endings.
    func say(_ text: String)

    /// Reads one line without its line ending; nil on end of input or an interrupt.
    func readLine() -> String?

    /// Whether the last nil from ``readLine()`` was an interrupt (Ctrl-C) rather than end of input.
    var wasInterrupted: Bool { get }
}
