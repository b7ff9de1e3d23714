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
///
/// The role is what statistics, filters and the report count by. The melder's own word for it
/// ("teamleider", "conciërge") is kept beside it in ``Person/roleWords``.
public enum Role: String, Codable, CaseIterable, Sendable {
    case manager
    case colleague
    case client
    case report
    case other

    /// The roles' own names in both languages: a word that only names the role adds nothing to keep.
    static let names: [String: Role] = [
        "manager": .manager, "leidinggevende": .manager,
        "colleague": .colleague, "collega": .colleague,
        "client": .client, "klant": .client,
        "report": .report, "ondergeschikte": .report,
        "other": .other, "anders": .other,
    ]

    /// Words for someone at work that say which role they have towards the melder, folded, with hyphens as
    /// spaces. Only words whose meaning is plain are here: a word that can mean two roles is in
    /// ``ambiguousWords``; anything else is kept as the melder's words with the role ``other``.
    static let words: [String: Role] = {
        var words: [String: Role] = [:]
        for word in [
            "teamleider", "teamleidster", "teamlead", "team lead", "team leader", "teamleader", "teammanager",
            "team manager", "afdelingshoofd", "afdelingsmanager", "afdelingsleider", "hoofd van de afdeling",
            "directeur", "directrice", "adjunct directeur", "algemeen directeur", "bestuurder", "bestuursvoorzitter",
            "ceo", "director", "managing director", "head of department", "department head", "line manager",
            "lijnmanager", "unitmanager", "locatiemanager", "vestigingsmanager", "filiaalmanager", "bedrijfsleider",
            "voorman", "ploegleider", "ploegbaas", "supervisor", "baas", "boss", "chef", "werkgever", "employer",
            "eigenaar", "owner", "directeur eigenaar", "dga", "mijn leidinggevende", "mijn manager", "mijn baas",
            "my manager", "my boss", "leidinggevende van mijn leidinggevende", "manager van mijn manager",
            "baas van mijn baas", "my manager's manager", "my boss's boss", "skip level manager",
        ] { words[word] = .manager }
        for word in [
            "teamgenoot", "directe collega", "ex collega", "oud collega", "former colleague", "ex colleague",
            "coworker", "co worker", "uitzendkracht", "flexwerker", "invalkracht", "zzp'er", "zzper", "freelancer",
            "mijn collega", "my colleague",
        ] { words[word] = .colleague }
        for word in [
            "cliënt", "customer", "patiënt", "patient", "bewoner", "bezoeker", "visitor", "gast", "guest",
            "passagier", "passenger", "reiziger", "traveller", "traveler",
        ] { words[Folding.fold(word)] = .client }
        for word in ["subordinate", "direct report", "mijn ondergeschikte"] { words[word] = .report }
        return words
    }()

    /// Words that can mean two roles, with the roles they can mean. A trainee can be someone the melder
    /// works beside or someone the melder supervises; an opdrachtgever is the client of a freelancer and,
    /// in practice, often the one who gives the orders. These are asked about, never guessed.
    static let ambiguousWords: [String: [Role]] = [
        "stagiair": [.colleague, .report], "stagiaire": [.colleague, .report], "stagiar": [.colleague, .report],
        "trainee": [.colleague, .report], "intern": [.colleague, .report],
        "leerling": [.client, .report], "student": [.client, .report],
        "teamlid": [.colleague, .report], "team member": [.colleague, .report],
        "medewerker": [.colleague, .report],
        "opdrachtgever": [.manager, .client],
    ]

    /// Reads a role from its key, its Dutch or English name, or a plain word for it ("baas").
    ///
    /// - Throws: ``MeldboekError/unknownRole(_:)`` for anything else, a word that can mean two roles too.
    public static func parse(_ text: String) throws -> Role {
        let key = lookupKey(text)
        if let role = Role(rawValue: key) ?? names[key] ?? words[key] { return role }
        throw MeldboekError.unknownRole(text)
    }

    /// Reads the melder's word for someone's role: the role it names, and the word to keep beside it.
    ///
    /// A role's own name ("leidinggevende", "colleague") is the role and keeps no word; a plain word for a
    /// role ("teamleider") is that role and is kept as typed; any other word ("conciërge", "HR-adviseur")
    /// is kept as typed with the role ``other``.
    ///
    /// - Throws: ``MeldboekError/ambiguousRole(_:person:choices:)`` (with `person` empty) for a word that
    ///   can mean two roles; ``MeldboekError/unknownRole(_:)`` for no word at all.
    public static func read(_ text: String) throws -> (role: Role, words: String?) {
        let typed = text.trimmingCharacters(in: .whitespaces)
        let key = lookupKey(typed)
        guard !key.isEmpty else { throw MeldboekError.unknownRole(text) }
        if let role = Role(rawValue: key) ?? names[key] { return (role, nil) }
        if let choices = ambiguousWords[key] { throw MeldboekError.ambiguousRole(typed, person: "", choices: choices) }
        return (words[key] ?? .other, typed)
    }

    /// `text` folded, with hyphens and underscores read as spaces: "HR-adviseur" and "hr adviseur" are one word.
    static func lookupKey(_ text: String) -> String {
        Folding.fold(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    }
}

/// Someone involved in an incident: a name or alias, their role, and the melder's own word for it.
public struct Person: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var role: Role
    /// The role as the melder put it ("teamleider", "conciërge"); nil when they named only the role.
    /// Written only when present, so a person without it is stored exactly as before it existed.
    public var roleWords: String?

    public init(name: String, role: Role, roleWords: String? = nil) {
        self.name = name
        self.role = role
        self.roleWords = roleWords
    }

    /// Reads `NAME`, `NAME:ROLE` or `NAME:ROLE:KIND`.
    ///
    /// `ROLE` is the role in the melder's own words (``Role/read(_:)``); `KIND` is one of the five roles,
    /// by key or name, and says which role is meant where `ROLE` alone does not ("Sanne:stagiair:collega"),
    /// or overrides the reading. With two colons or more the part after the last one must name a role: a
    /// typo there ("Sanne:stagiair:colega") is refused, not folded into the name. A name with a colon is
    /// written as ``text`` writes it, with its `KIND` ("Dr: Jan::klant"). Without a role, the role is
    /// ``Role/other``.
    ///
    /// - Throws: ``MeldboekError/personWithoutName(_:)`` when no name comes before the role;
    ///   ``MeldboekError/ambiguousRole(_:person:choices:)`` for a word that can mean two roles and
    ///   no `KIND`; ``MeldboekError/unknownRole(_:)`` for an empty role, or a `KIND` that names none.
    public static func parse(_ text: String) throws -> Person {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.lastIndex(of: ":") else {
            guard !trimmed.isEmpty else { throw MeldboekError.personWithoutName(text) }
            return Person(name: trimmed, role: .other)
        }
        let before = String(trimmed[..<colon])
        let after = String(trimmed[trimmed.index(after: colon)...])
        if let inner = before.lastIndex(of: ":") {
            let role = try Role.parse(after.trimmingCharacters(in: .whitespaces))
            let name = before[..<inner].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw MeldboekError.personWithoutName(text) }
            let words = before[before.index(after: inner)...].trimmingCharacters(in: .whitespaces)
            guard !words.isEmpty else { return Person(name: name, role: role) }
            // A role's own name as the word, with the same role given: nothing to keep.
            let named = Role(rawValue: Role.lookupKey(words)) ?? Role.names[Role.lookupKey(words)]
            return Person(name: name, role: role, roleWords: named == role ? nil : words)
        }
        let name = before.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw MeldboekError.personWithoutName(text) }
        do {
            let (role, words) = try Role.read(after)
            return Person(name: name, role: role, roleWords: words)
        } catch MeldboekError.ambiguousRole(let words, _, let choices) {
            throw MeldboekError.ambiguousRole(words, person: name, choices: choices)
        }
    }

    /// The text ``parse(_:)`` reads back as this person, whatever the name holds: the role always follows
    /// the last colon, and the words (empty when there are none, for a name with a colon) the one before it.
    public var text: String {
        if roleWords == nil && !name.contains(":") { return "\(name):\(role.rawValue)" }
        return "\(name):\(roleWords ?? ""):\(role.rawValue)"
    }
}
