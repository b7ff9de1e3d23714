// Text for people in their language: messages, labels, category and role names.
import Foundation

/// The user's language: the text of a ``Localized`` message in it, and the names of categories and roles.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
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
