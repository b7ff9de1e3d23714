// Text for people in their language: messages, labels, category and role names.
import Foundation

/// Produces the user's language's text for a message, filling `{1}`, `{2}`, … with arguments.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public func callAsFunction(_ message: Message, _ arguments: Any...) -> String {
        Self.fill(language == .nl ? message.nl : message.en, with: arguments.map { "\($0)" })
    }

    /// Replaces each `{n}` in `template` with the n-th argument, in one pass over the template,
    /// so an argument's own text (a case called `Dossier {2}`) is never read as a placeholder.
    /// A `{n}` with no argument stays as it is.
    static func fill(_ template: String, with arguments: [String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"),
               rest[afterOpen..<close].allSatisfy({ ("0"..."9").contains($0) }),
               let number = Int(rest[afterOpen..<close]), number >= 1, number <= arguments.count {
                result += arguments[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The category's name, e.g. "pesten" / "bullying".
    public func category(_ category: Category) -> String {
        switch (category, language) {
        case (.sexualHarassment, .nl): "seksuele intimidatie"
        case (.sexualHarassment, .en): "sexual harassment"
        case (.aggression, .nl): "agressie en geweld"
        case (.aggression, .en): "aggression and violence"
        case (.discrimination, .nl): "discriminatie"
        case (.discrimination, .en): "discrimination"
        case (.bullying, .nl): "pesten"
        case (.bullying, .en): "bullying"
        case (.integrity, .nl): "integriteitsschending"
        case (.integrity, .en): "integrity violation"
        case (.other, .nl): "anders / weet ik niet"
        case (.other, .en): "other / not sure"
        }
    }

    /// The category's name, or "no kind given" for nil: how counts per kind label entries without one.
    public func kind(_ category: Category?) -> String {
        category.map(self.category) ?? self(.reportNoKind)
    }

    /// The role's name, e.g. "leidinggevende" / "manager".
    public func role(_ role: Role) -> String {
        switch (role, language) {
        case (.manager, .nl): "leidinggevende"
        case (.manager, .en): "manager"
        case (.colleague, .nl): "collega"
        case (.colleague, .en): "colleague"
        case (.client, .nl): "klant"
        case (.client, .en): "client"
        case (.report, .nl): "ondergeschikte"
        case (.report, .en): "report"
        case (.other, .nl): "anders"
        case (.other, .en): "other"
        }
    }
}
