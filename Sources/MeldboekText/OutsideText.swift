// Text that came from someone else, made visible: no control character or bidi override reaches a terminal raw.
import Foundation
import MeldboekCore

/// Shows every character that could drive a terminal or reorder a line as `<U+XXXX>`.
///
/// Escaped are C0 controls (U+0000–U+001F, including ESC and NUL), DEL (U+007F),
/// C1 controls (U+0080–U+009F, including CSI U+009B), the bidi marks, embeddings,
/// overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069)
/// and the line and paragraph separators U+2028 and U+2029. Everything else
/// stays as written. The same function serves the terminal, HTML and Markdown, so
/// a title looks the same everywhere.
public enum OutsideText {
    /// One line: line breaks and tabs are escaped too.
    public static func line(_ text: String) -> String { escape(text, keepingLines: false) }

    /// Text of several lines: line feeds and tabs stay, every other control is escaped.
    public static func lines(_ text: String) -> String { escape(text, keepingLines: true) }

    /// True for a scalar ``line(_:)`` shows escaped.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func escape(_ text: String, keepingLines: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar), !(keepingLines && (scalar == "\n" || scalar == "\t")) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension EntryFields {
    /// Every text field through ``OutsideText``: one-line fields with ``OutsideText/line(_:)``,
    /// the narrative, impact and actions with ``OutsideText/lines(_:)``.
    public var visiblyEscaped: EntryFields {
        var out = self
        out.title = OutsideText.line(title)
        out.narrative = OutsideText.lines(narrative)
        out.location = location.map(OutsideText.line)
        out.people = people.map {
            Person(name: OutsideText.line($0.name), role: $0.role, roleWords: $0.roleWords.map(OutsideText.line))
        }
        out.witnesses = witnesses.map(OutsideText.line)
        out.impact = impact.map(OutsideText.lines)
        out.actions = actions.map(OutsideText.lines)
        out.tags = tags.map(OutsideText.line)
        if case .approximate(let text, let estimate) = occurredAt {
            out.occurredAt = .approximate(text: OutsideText.line(text), estimate: estimate)
        }
        return out
    }
}
