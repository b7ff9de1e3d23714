// The guided interview behind `add` without flags: free recall first, then the details, as witnesses are heard.
import Foundation

/// What an interview produced once the melder said to save it.
public struct InterviewResult: Sendable {
    /// The change the answers describe, applied the way `add` and `amend` apply their flags.
    public var change: EntryChange
    /// The fields as they will be saved (for `amend`, as the change makes them from the current ones).
    public var fields: EntryFields
    /// Files to attach; each was there and readable when it was named.
    public var attachments: [URL]
}

/// Asks the melder about an incident question by question, in their language.
///
/// What happened comes first, in their own words and without interruption; then
/// when, where, who was involved and in what role, witnesses, the kind of
/// behaviour, how it affected them, what they did afterwards and files to attach.
/// Enter skips any question. Nothing is decided until the melder has seen a
/// summary and said yes:
///
/// ```swift
/// let interview = Interview(language: .nl, dates: DateParser(calendar: calendar))
/// let result = try interview.newEntry(on: terminal)
/// try journal.add(result.fields, attachments: result.attachments)
/// ```
public struct Interview: Sendable {
    public let language: Language
    public let dates: DateParser
    public let timeZone: TimeZone

    /// An interview in `language`, reading dates with `dates` and showing them in `timeZone`.
    public init(language: Language, dates: DateParser, timeZone: TimeZone = .current) {
        self.language = language
        self.dates = dates
        self.timeZone = timeZone
    }

    /// Asks about a new incident and returns the entry to add, once the melder confirms it.
    ///
    /// - Throws: ``MeldboekError/interrupted`` (Ctrl-C) or ``MeldboekError/inputEnded`` (end of
    ///   input) at any question, and ``MeldboekError/cancelled`` when the melder says no at the
    ///   summary or gives neither what happened nor a title.
    public func newEntry(on conversation: Conversation) throws -> InterviewResult {
        let ask = questions(conversation)
        let t = ask.localizer
        var change = EntryChange()
        ask.tell(t(.interviewIntro))

        ask.tell("\n" + t(.askNarrative))
        let narrative = try ask.lines()
        if narrative.isEmpty {
            ask.tell(t(.askTitleInstead))
            let title = try ask.answer()
            guard !title.isEmpty else { throw MeldboekError.cancelled }
            change.title = title
        } else {
            change.narrative = narrative.joined(separator: "\n")
        }

        ask.tell("\n" + t(.askWhen))
        switch try ask.when() {
        case .parsed(let text): change.when = text
        case .ownWords(let text): change.whenApproximately = text
        case .skipped, .unknown: break
        }

        ask.tell("\n" + t(.askWhere))
        change.location = try ask.answer().nonEmpty

        ask.tell("\n" + t(.askPeople))
        while true {
            let name = try ask.answer()
            if name.isEmpty { break }
            change.addPeople.append(Self.personText(name, try ask.role(of: name)))
            ask.tell(t(.askPeople))
        }

        ask.tell("\n" + t(.askWitnesses))
        while true {
            let name = try ask.answer()
            if name.isEmpty { break }
            change.addWitnesses.append(name)
        }

        ask.tell("\n" + t(.askCategories))
        ask.listCategories()
        change.addCategories = try ask.categories()?.map(\.rawValue) ?? []

        ask.tell("\n" + t(.askImpact))
        change.impact = try ask.lines().joined(separator: "\n").nonEmpty

        ask.tell("\n" + t(.askActions))
        change.actions = try ask.lines().joined(separator: "\n").nonEmpty

        ask.tell("\n" + t(.askFiles))
        let attachments = try ask.files(existing: [])

        var fields = EntryFields()
        try change.apply(to: &fields, dates: dates)
        fields = fields.normalized()
        try ask.confirm(fields, attachments: attachments.map(\.lastPathComponent), question: .confirmSave)
        return InterviewResult(change: change, fields: fields, attachments: attachments)
    }

    func questions(_ conversation: Conversation) -> InterviewQuestions {
        InterviewQuestions(conversation, language: language, dates: dates, timeZone: timeZone)
    }

    /// A person as ``Person/parse(_:)`` reads it back whatever the name holds: the role always follows the last colon.
    static func personText(_ name: String, _ role: Role) -> String {
        "\(name):\(role.rawValue)"
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
