// The kinds of unwanted behaviour Dutch labour law names, plus "other / not sure".
import Foundation

/// A kind of unwanted behaviour (ongewenste omgangsvormen, Arbowet).
///
/// "Not sure" is a valid answer and maps to ``other``; an entry may also have
/// no category at all.
public enum Category: String, Codable, CaseIterable, Sendable, Comparable {
    case sexualHarassment = "sexual-harassment"
    case aggression
    case discrimination
    case bullying
    case integrity
    case other

    /// Words that name two kinds of behaviour, each with the kinds it can mean. Dutch "intimidatie"
    /// is threatening in everyday speech and sexual harassment in the Arbowet; English "harassment"
    /// is sexual harassment or bullying. These are asked about, never guessed.
    static let ambiguousWords: [String: [Category]] = [
        "intimidatie": [.sexualHarassment, .aggression],
        "harassment": [.sexualHarassment, .bullying],
    ]

    /// Reads a category from its key, its Dutch or English name, or a "not sure" answer.
    ///
    /// - Throws: ``MeldboekError/ambiguousCategory(_:choices:)`` for a word that names two kinds,
    ///   ``MeldboekError/unknownCategory(_:)`` for anything else.
    public static func parse(_ text: String) throws -> Category {
        let key = Folding.fold(text).replacingOccurrences(of: " ", with: "-")
        if let category = Category(rawValue: key) { return category }
        if let choices = ambiguousWords[key] { throw MeldboekError.ambiguousCategory(text, choices: choices) }
        switch key {
        case "seksuele-intimidatie", "sexual", "sexual-intimidation", "ongewenste-intimiteiten": return .sexualHarassment
        case "agressie", "agressie-en-geweld", "geweld", "violence", "aggression-and-violence", "bedreiging",
             "bedreigen", "threat", "threats", "intimidation": return .aggression
        case "discriminatie": return .discrimination
        case "pesten": return .bullying
        case "integriteit", "integriteitsschending", "integrity-violation": return .integrity
        case "anders", "not-sure", "unsure", "weet-ik-niet", "weet-niet", "onbekend", "unknown": return .other
        default: throw MeldboekError.unknownCategory(text)
        }
    }

    public static func < (lhs: Category, rhs: Category) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The role a person involved had towards the melder; power relations matter.
public enum Role: String, Codable, CaseIterable, Sendable {
    case manager
    case colleague
    case client
    case report
    case other

    /// Reads a role from its key or its Dutch name.
    ///
    /// - Throws: ``MeldboekError/unknownRole(_:)`` for anything else.
    public static func parse(_ text: String) throws -> Role {
        let key = Folding.fold(text)
        if let role = Role(rawValue: key) { return role }
        switch key {
        case "leidinggevende", "baas", "boss", "supervisor", "chef": return .manager
        case "collega": return .colleague
        case "klant", "customer", "patient", "patiënt", "cliënt": return .client
        case "ondergeschikte", "medewerker", "subordinate": return .report
        case "anders": return .other
        default: throw MeldboekError.unknownRole(text)
        }
    }
}

/// Someone involved in an incident: a name or alias and their role.
public struct Person: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// Reads `NAME` or `NAME:ROLE`; the role defaults to ``Role/other``.
    public static func parse(_ text: String) throws -> Person {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.lastIndex(of: ":") else {
            return Person(name: trimmed, role: .other)
        }
        let name = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
        let role = try Role.parse(String(trimmed[trimmed.index(after: colon)...]))
        return Person(name: name, role: role)
    }
}

extension Localized {
    /// The question when a word names more than one kind of behaviour.
    public static func whichCategory(_ word: String) -> Localized {
        Localized(en: "By \"\(word)\", which kind of behaviour do you mean?",
                  nl: "Welke soort gedrag bedoel je met \"\(word)\"?")
    }

    /// The line to type a number after.
    public static func chooseNumber(_ count: Int) -> Localized {
        Localized(en: "Type a number from 1 to \(count): ", nl: "Typ een nummer van 1 tot en met \(count): ")
    }
}
