// The flags that set an entry's fields, shared by `add` and `amend`.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekTerminal
import MeldboekText

/// Every field of an entry as a flag.
struct EntryFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp(t(.helpTitle), valueName: t(.placeholderTitle)))
    var title: String?

    @Option(help: ArgumentHelp(t(.helpWhen), valueName: t(.placeholderDate)))
    var when: String?

    @Option(name: .customLong("when-approx"), help: ArgumentHelp(t(.helpWhenApprox), valueName: t(.placeholderText)))
    var whenApproximately: String?

    @Option(name: .customLong("where"), help: ArgumentHelp(t(.helpWhere), valueName: t(.placeholderPlace)))
    var location: String?

    @Option(name: .customLong("person"), help: ArgumentHelp(t(.helpPerson), valueName: t(.placeholderNameAndRole)))
    var people: [String] = []

    @Option(name: .customLong("witness"), help: ArgumentHelp(t(.helpWitness), valueName: t(.placeholderName)))
    var witnesses: [String] = []

    @Option(name: .customLong("category"), help: ArgumentHelp(t(.helpCategory), valueName: t(.placeholderCategory)))
    var categories: [String] = []

    @Option(name: .customLong("tag"), help: ArgumentHelp(t(.helpTag), valueName: t(.placeholderTag)))
    var tags: [String] = []

    @Option(help: ArgumentHelp(t(.helpImpact), valueName: t(.placeholderText)))
    var impact: String?

    @Option(name: .customLong("action"), help: ArgumentHelp(t(.helpAction), valueName: t(.placeholderText)))
    var actions: String?

    @Option(help: ArgumentHelp(t(.helpText), valueName: t(.placeholderText)))
    var text: String?

    @Flag(help: ArgumentHelp(t(.helpStdin)))
    var stdin = false

    @Flag(help: ArgumentHelp(t(.helpEditor)))
    var editor = false

    func validate() throws {
        if [text != nil, stdin, editor].filter({ $0 }).count > 1 {
            throw ValidationError(t(.errOneNarrativeSource))
        }
        if when != nil && whenApproximately != nil {
            throw ValidationError(t(.errWhenTwice))
        }
    }

    /// Whether no flag was given: then `add` and `amend` may interview the user instead.
    var isEmpty: Bool {
        [title, when, whenApproximately, location, impact, actions, text].allSatisfy { $0 == nil }
            && [people, witnesses, categories, tags].allSatisfy(\.isEmpty) && !stdin && !editor
    }

    /// The change these flags describe; the narrative comes from `--text`,
    /// standard input, or the editor opened on `currentNarrative`.
    func change(currentNarrative: String) throws -> EntryChange {
        var change = EntryChange()
        change.title = title
        change.when = when
        change.whenApproximately = whenApproximately
        change.location = location
        change.addPeople = try resolvingAmbiguousRoles(people)
        change.addWitnesses = witnesses
        change.addCategories = try resolvingAmbiguousCategories(categories)
        change.addTags = tags
        change.impact = impact
        change.actions = actions
        if let text {
            change.narrative = text
        } else if stdin {
            change.narrative = readStandardInput()
        } else if editor {
            change.narrative = try EditorSession().edit(currentNarrative)
        }
        return change
    }
}

extension EntryChange {
    /// When `--when` reads two ways (`3/4/2026`) and someone is there to ask (``Terminal/hasSomeoneToAsk``), asks
    /// which was meant and keeps that reading as ``EntryChange/chosenWhen``. In a script, without an answer (end of
    /// input, or no number on the list after three tries), or when the text has another problem, nothing changes and
    /// applying the change refuses it with the readings.
    ///
    /// - Throws: ``MeldboekError/interrupted`` for Ctrl-C.
    mutating func askWhichReading(dates: DateParser) throws {
        guard let when,
              case .failure(DateParseError.ambiguous(let text, let readings)) = Result(catching: { try dates.parse(when) }),
              Terminal.hasSomeoneToAsk
        else { return }
        let refusal = Localized.dateRefusal(.ambiguous(text, readings: readings), timeZone: .current).map(t.callAsFunction)
        let options = readings.map { OutsideText.line(t(Localized.reading($0, timeZone: .current))) }
        guard let chosen = try Terminal.choose(OutsideText.line(refusal ?? text), options: options,
                                               prompt: t(Localized.whichReading(of: readings.count)))
        else { return }
        // Kept as read: "3 April 2026, evening" in words would not read back.
        chosenWhen = readings[chosen]
    }
}

/// Refuses, or on a terminal asks about, a date that lies ahead: what is recorded has happened, so a date in the
/// future is almost always a typo in the year ("2027" for "2026"), and statistics would later count it as one.
///
/// - Throws: ``CommandError/invalidInput(_:)`` in a script, ``MeldboekError/cancelled`` when the melder says no.
func checkNotInTheFuture(_ occurred: OccurredAt?, dates: DateParser, timeZone: TimeZone) throws {
    guard let occurred, dates.isInTheFuture(occurred) else { return }
    let reading = OutsideText.line(t(Localized.reading(occurred, timeZone: timeZone)))
    guard Terminal.hasSomeoneToAsk else { throw CommandError.invalidInput(t(.dateInTheFuture(reading))) }
    guard Terminal.confirm(t(.dateInTheFutureQuestion(reading))) else { throw MeldboekError.cancelled }
}

extension Localized {
    /// A date that lies ahead, refused in a script.
    static func dateInTheFuture(_ reading: String) -> Localized {
        Localized(
            en: "The date was read as \(reading), which is in the future; nothing was saved. Give the day it happened, or check the year.",
            nl: "De datum is gelezen als \(reading), en die ligt in de toekomst; er is niets opgeslagen. Geef de dag waarop het gebeurde, of controleer het jaar.")
    }

    /// A date that lies ahead, asked about on a terminal.
    static func dateInTheFutureQuestion(_ reading: String) -> Localized {
        Localized(
            en: "The date was read as \(reading), which is in the future. Save it with this date anyway? [y/N] ",
            nl: "De datum is gelezen als \(reading), en die ligt in de toekomst. Toch met deze datum opslaan? [j/N] ")
    }

    /// "Which did you mean? Type 1 or 2: ", after the readings of a date that reads two ways.
    static func whichReading(of count: Int) -> Localized {
        Localized(en: "Which did you mean? Type a number from 1 to \(count): ",
                  nl: "Welke bedoel je? Typ een nummer van 1 tot en met \(count): ")
    }
}

/// How `add` and `amend` read what was typed, said back on standard error so a misreading is seen at once
/// while standard output stays the one line scripts read the id from.
struct ReadBack {
    let text: EntryText

    /// "Read as:" and a line for each field that has a value, the date in words.
    ///
    /// - Parameter ownWords: Whether the date is the melder's own words (`--when-approx`), said with its estimate.
    func lines(_ fields: EntryFields, ownWords: Bool) -> [String] {
        var lines = [t(Localized.readBackHeading)]
        for (label, value) in text.fieldLines(fields) {
            let shown = label == t(.labelWhen) ? when(fields.occurredAt, ownWords: ownWords) : value
            lines.append("  \(label): \(OutsideText.line(shown))")
        }
        return lines
    }

    /// Writes ``lines(_:ownWords:)`` to standard error.
    func say(_ fields: EntryFields, ownWords: Bool) {
        FileHandle.standardError.write(Data(lines(fields, ownWords: ownWords).map { $0 + "\n" }.joined().utf8))
    }

    private func when(_ occurred: OccurredAt?, ownWords: Bool) -> String {
        switch occurred {
        case nil:
            return t(.labelDateUnknown)
        case .approximate(let words, let estimate)? where ownWords:
            return t(Localized.ownWords(words, estimate: estimate, timeZone: text.timeZone))
        case let occurred?:
            return t(Localized.reading(occurred, timeZone: text.timeZone))
        }
    }
}

extension Localized {
    /// The heading of the block that says how `add` and `amend` read each field.
    static let readBackHeading = Localized(en: "Read as:", nl: "Begrepen als:")
}
