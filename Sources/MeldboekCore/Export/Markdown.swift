// The one Markdown writer for text people typed: the Markdown export and the Markdown report both escape with it.
// It lives in MeldboekCore, below MeldboekReport, because the export (EntryText, in Core) cannot import the report.

/// Escapes text for CommonMark so it shows as typed: no heading, emphasis, link, list, HTML or entity can come from
/// it, and no control character reaches a terminal that later shows the file.
public enum Markdown {
    /// Escapes `text` for use inside one line: CommonMark's active punctuation gets a backslash, line breaks become
    /// spaces, and control characters become visible symbols.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "&", "~": out += "\\\(character)"
            case "\n", "\r\n", "\r", "\t": out += " "
            default: out += visible(character)
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

    /// A control character as the Unicode symbol that pictures it (ESC as ␛), so a file with one is safe to `cat`.
    static func visible(_ character: Character) -> String {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
            return String(character)
        }
        switch scalar.value {
        case 0x00...0x1F: return String(Character(Unicode.Scalar(0x2400 + scalar.value)!))
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return String(character)
        }
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
