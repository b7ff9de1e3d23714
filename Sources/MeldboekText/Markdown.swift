// The one Markdown writer for text people typed: the Markdown export and the Markdown report both escape with it.
// It lives in MeldboekText, below MeldboekReport, because the export (EntryText) cannot import the report.
import MeldboekCore

/// Escapes text for CommonMark so it shows as typed: no heading, emphasis, link, list, HTML or entity can come from
/// it, and no control character reaches a terminal that later shows the file.
public enum Markdown {
    /// Escapes `text` for use inside one line: line breaks and tabs become spaces, other control characters and
    /// bidi controls show as `<U+XXXX>` (``OutsideText``, as on the terminal and in HTML), and CommonMark's active
    /// punctuation gets a backslash.
    public static func escape(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
        var out = ""
        for character in OutsideText.line(flat) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "&", "~": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text of several lines as a block quote, each line escaped, and a line that would start a list, a heading
    /// underline or a rule (`- `, `+ `, `1. `, `===`, `---`) escaped at its start too.
    public static func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + escapeLineStart(escape(String($0))) }.joined(separator: "\n") + "\n"
    }

    /// Escapes the first character of a line that would make it a list item, a heading underline or a rule.
    static func escapeLineStart(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let rest = line.dropFirst(indent.count)
        guard let first = rest.first else { return line }
        if "-+=".contains(first) { return indent + "\\" + rest }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = rest.dropFirst(digits.count).first, after == "." || after == ")" {
            return indent + digits + "\\" + rest.dropFirst(digits.count)
        }
        return line
    }
}
