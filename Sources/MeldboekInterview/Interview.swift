// The guided interview behind `add` without flags: free recall first, then the details, as witnesses are heard.
import Foundation
import MeldboekCore
import MeldboekText

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
    /// Ctrl-C at a question asks whether to stop: going on asks the question again; stopping
    /// throws the answers away, or, when `offeringDraft`, may keep them as a draft.
    ///
    /// - Parameters:
    ///   - draft: An interview kept earlier, to go on with at the question where it stopped.
    ///   - offeringDraft: Whether stopping may keep the answers as a draft; the date is that of
    ///     the draft it would replace, if there is one.
    /// - Throws: ``InterviewStopped`` with the answers when the melder chose to keep them;
    ///   ``MeldboekError/interrupted`` (Ctrl-C, then stopping) or ``MeldboekError/inputEnded``
    ///   (end of input) at any question; ``MeldboekError/cancelled`` when the melder says no at
    ///   the summary or gives neither what happened nor a title.
    public func newEntry(
        on conversation: Conversation, resuming draft: InterviewDraft? = nil, offeringDraft: DraftOffer = .none
    ) throws -> InterviewResult {
        let ask = questions(conversation)
        let t = ask.localizer
        var draft = draft ?? InterviewDraft()
        if let keptAt = draft.keptAt {
            ask.tell(t(.resumingDraft(keptAt, timeZone: timeZone)))
        } else {
            ask.tell(t(.interviewIntro))
        }

        /// Asks one question unless the draft has its answer; Ctrl-C asks whether to stop.
        func question(_ stage: InterviewDraft.Stage, _ body: () throws -> Void) throws {
            guard draft.stage <= stage else { return }
            while true {
                do {
                    try body()
                    draft.stage = max(draft.stage, stage.next)
                    return
                } catch MeldboekError.interrupted {
                    try stopOrGoOn(draft, offeringDraft, ask)
                }
            }
        }

        try question(.narrative) {
            ask.tell("\n" + t(.askNarrative))
            try ask.lines(into: &draft.narrative)
            // Nothing said of what happened: a title has to say what the entry is about.
            if !draft.narrative.isEmpty { draft.stage = .when }
        }
        try question(.title) {
            ask.tell(t(.askTitleInstead))
            let title = try ask.answer()
            guard !title.isEmpty else { throw MeldboekError.cancelled }
            draft.title = title
        }
        try question(.when) {
            ask.tell("\n" + t(.askWhen))
            switch try ask.when() {
            case .parsed(let text): draft.occurredAt = try dates.parse(text)
            case .ownWords(let text): draft.occurredAt = dates.ownWords(text)
            case .skipped, .unknown: draft.occurredAt = nil
            }
        }
        try question(.location) {
            ask.tell("\n" + t(.askWhere))
            draft.location = try ask.answer().nonEmpty
        }
        try question(.people) {
            ask.tell("\n" + t(.askPeople))
            while true {
                let name = try ask.answer()
                if name.isEmpty { break }
                draft.people.append(try ask.person(name))
                ask.tell(t(.askPeople))
            }
        }
        try question(.witnesses) {
            ask.tell("\n" + t(.askWitnesses))
            while true {
                let name = try ask.answer()
                if name.isEmpty { break }
                draft.witnesses.append(name)
            }
        }
        try question(.categories) {
            ask.tell("\n" + t(.askCategories))
            ask.listCategories()
            draft.categories = try ask.categories() ?? []
        }
        try question(.impact) {
            ask.tell("\n" + t(.askImpact))
            try ask.lines(into: &draft.impact)
        }
        try question(.actions) {
            ask.tell("\n" + t(.askActions))
            try ask.lines(into: &draft.actions)
        }
        /// Files named before the draft was kept, checked again: they may have moved since. One that can't be
        /// attached is said and left out, so the summary shows only what will be saved.
        func checkKeptFiles() {
            let earlier = draft.attachments
            draft.attachments = []
            for path in earlier {
                let file = URL(fileURLWithPath: path)
                let names = Set(draft.attachments.map { URL(fileURLWithPath: $0).lastPathComponent })
                if let problem = ask.problem(with: file, names: names) {
                    ask.tell(problem)
                } else {
                    ask.tell("  \(path)")
                    draft.attachments.append(path)
                }
            }
        }
        let resumedPastFiles = draft.keptAt != nil && draft.stage > .files && !draft.attachments.isEmpty
        try question(.files) {
            ask.tell("\n" + t(.askFiles))
            checkKeptFiles()
            try ask.files(into: &draft.attachments)
        }
        if resumedPastFiles {
            ask.tell("\n" + t(.labelAttachments) + ":")
            checkKeptFiles()
        }

        let (change, fields) = try draft.entry(dates: dates)
        let attachments = draft.attachments.map { URL(fileURLWithPath: $0) }
        while true {
            do {
                try ask.confirm(fields, attachments: attachments.map(\.lastPathComponent), question: .confirmSave)
                break
            } catch MeldboekError.interrupted {
                try stopOrGoOn(draft, offeringDraft, ask)
            }
        }
        return InterviewResult(change: change, fields: fields, attachments: attachments)
    }

    /// After Ctrl-C: returns to go on with the question; throws to stop.
    ///
    /// Nothing answered yet stops at once: there is nothing to lose. Otherwise the melder
    /// chooses; Ctrl-C again stops and throws the answers away, as the question says.
    private func stopOrGoOn(_ draft: InterviewDraft, _ offer: DraftOffer, _ ask: InterviewQuestions) throws {
        guard !draft.isEmpty else { throw MeldboekError.interrupted }
        switch try ask.stopChoice(offer) {
        case .goOn: return
        case .keepDraft: throw InterviewStopped(draft: draft)
        case .throwAway: throw MeldboekError.interrupted
        }
    }

    func questions(_ conversation: Conversation) -> InterviewQuestions {
        InterviewQuestions(conversation, language: language, dates: dates, timeZone: timeZone)
    }
}

/// Whether stopping an interview may keep its answers as a draft.
public enum DraftOffer: Equatable, Sendable {
    /// Stopping throws the answers away.
    case none
    /// Stopping may keep them; `replacing` is when the draft they would replace was kept.
    case keep(replacing: Date?)
}

/// The melder stopped the interview and chose to keep the answers as a draft.
public struct InterviewStopped: Error, Sendable {
    /// The answers so far, with the question to go on with.
    public let draft: InterviewDraft
}

extension InterviewDraft {
    /// The change and the fields the answers make, as they would be saved.
    func entry(dates: DateParser) throws -> (EntryChange, EntryFields) {
        var change = EntryChange()
        change.title = title
        change.narrative = narrative.isEmpty ? nil : narrative.joined(separator: "\n")
        change.location = location
        change.addPersons = people
        change.addWitnesses = witnesses
        change.addCategories = categories.map(\.rawValue)
        change.impact = impact.joined(separator: "\n").nonEmpty
        change.actions = actions.joined(separator: "\n").nonEmpty
        var fields = EntryFields()
        try change.apply(to: &fields, dates: dates)
        // The date was read when it was answered; words such as "gisteren" are not read again.
        fields.occurredAt = occurredAt
        return (change, fields.normalized())
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
