// The kinds of question the interview asks: a line, a few lines, a date, a choice, names, files, yes or no.
import Foundation
import MeldboekCore
import MeldboekText

/// How the melder answered the question "when": what to put in the change.
enum DateAnswer: Equatable {
    /// Enter: nothing said, nothing changed.
    case skipped
    /// Text the date parser reads, for ``EntryChange/when``.
    case parsed(String)
    /// The melder's own words, for ``EntryChange/whenApproximately``.
    case ownWords(String)
    /// "Not sure", or "-" when amending: no date.
    case unknown
}

/// Asks questions on a conversation in one language; every `nil` from the conversation ends the interview.
struct InterviewQuestions {
    /// Answers that mean "I don't know when", in both languages, folded.
    static let notSureAnswers: Set<String> = [
        "?", "not sure", "unsure", "don't know", "dont know", "i don't know", "i dont know", "no idea", "unknown",
        "weet ik niet", "weet niet", "ik weet het niet", "geen idee", "onbekend",
    ]

    let conversation: Conversation
    let localizer: Localizer
    let dates: DateParser
    let text: EntryText
    /// Whether Ctrl-C at a question first asks to throw the answers away (`amend`), rather
    /// than stopping the question for the interview to decide (`add`).
    var asksBeforeThrowingAway = false

    init(_ conversation: Conversation, language: Language, dates: DateParser, timeZone: TimeZone) {
        self.conversation = conversation
        self.localizer = Localizer(language)
        self.dates = dates
        self.text = EntryText(language: language, timeZone: timeZone)
    }

    // MARK: Talking

    /// Shows `line` followed by a line ending.
    func tell(_ line: String) {
        conversation.say(line + "\n")
    }

    /// Shows `prompt` and reads the answer, trimmed of spaces at the ends.
    ///
    /// With ``asksBeforeThrowingAway``, Ctrl-C asks whether to stop, and going on shows
    /// `prompt` again.
    ///
    /// - Throws: ``MeldboekError/interrupted`` or ``MeldboekError/inputEnded`` when no answer comes.
    func answer(_ prompt: String = "> ") throws -> String {
        while true {
            do {
                return try read(prompt)
            } catch MeldboekError.interrupted where asksBeforeThrowingAway {
                try askToThrowAway()
            }
        }
    }

    private func read(_ prompt: String) throws -> String {
        conversation.say(prompt)
        guard let line = conversation.readLine() else {
            throw conversation.wasInterrupted ? MeldboekError.interrupted : MeldboekError.inputEnded
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Lines up to the first empty one, inner line breaks kept; empty when the first line is empty.
    func lines() throws -> [String] {
        var lines: [String] = []
        try self.lines(into: &lines)
        return lines
    }

    /// Adds lines to `lines` up to the first empty one; each line is kept as soon as it is typed,
    /// so lines before a Ctrl-C are not lost. Lines already there (the question asked again) are shown first.
    func lines(into lines: inout [String]) throws {
        if !lines.isEmpty { tell(localizer(.soFar) + "\n" + text.indented(lines.joined(separator: "\n"))) }
        while true {
            let line = try answer()
            if line.isEmpty { return }
            lines.append(line)
        }
    }

    // MARK: Stopping

    /// What the melder chose after Ctrl-C.
    enum StopChoice { case goOn, keepDraft, throwAway }

    /// After Ctrl-C in `add`'s interview: go on, keep the answers as a draft (when offered), or throw them away.
    ///
    /// - Throws: ``MeldboekError/interrupted`` for Ctrl-C again, as the question says.
    func stopChoice(_ offer: DraftOffer) throws -> StopChoice {
        var choices: [(StopChoice, Localized)] = [(.goOn, .goOnWithQuestion)]
        if case .keep(let replacing) = offer {
            choices.append((.keepDraft, .keepAsDraft(replacing: replacing, timeZone: text.timeZone)))
        }
        choices.append((.throwAway, .throwAnswersAway))
        tell("")
        tell(localizer(.stopInterview))
        for (number, choice) in choices.enumerated() { tell("  \(number + 1)  \(localizer(choice.1))") }
        while true {
            let typed = try read(localizer(.chooseNumberOrInterrupt(choices.count)))
            if let number = Int(typed), choices.indices.contains(number - 1) { return choices[number - 1].0 }
        }
    }

    /// A [y/N] question: true for yes, false for no or Enter; anything else asks again.
    private func answersYes(_ question: Localized) throws -> Bool {
        while true {
            switch Folding.fold(try read(localizer(question))) {
            case "", "n", "no", "nee": return false
            case "y", "yes", "j", "ja": return true
            default: tell(localizer(.answerYesNo))
            }
        }
    }

    /// Whether to keep a date that lies in the future; Enter or no asks for the date again.
    private func keepsFutureDate() throws -> Bool {
        try answersYes(.keepFutureDate)
    }

    /// After Ctrl-C in `amend`'s interview: returns to go on; throws ``MeldboekError/interrupted`` to stop.
    private func askToThrowAway() throws {
        tell("")
        if try answersYes(.throwChangesAway) { throw MeldboekError.interrupted }
    }

    // MARK: Questions

    /// Asks when it happened, says how the answer was read, and returns it.
    ///
    /// A weekday that does not fit the day, or a day that reads two ways, is said and asked again:
    /// keeping it as the melder's own words would hide the mistake.
    ///
    /// - Parameter clearable: A lone "-" clears the date, as when amending.
    func when(prompt: String = "> ", clearable: Bool = false) throws -> DateAnswer {
        while true {
            let typed = try answer(prompt)
            if typed.isEmpty { return .skipped }
            if Self.notSureAnswers.contains(Folding.fold(typed)) || (clearable && typed == "-") {
                tell(localizer(.whenLeftOpen))
                return .unknown
            }
            do {
                let occurred = try dates.parse(typed)
                tell(localizer(Localized.readAs(occurred, timeZone: text.timeZone)))
                // As add --when asks: a date ahead is most often a typo in the year.
                if dates.isInTheFuture(occurred), try !keepsFutureDate() {
                    tell(localizer(.whenAgain))
                    continue
                }
                return .parsed(typed)
            } catch let error as DateParseError {
                if let refusal = Localized.dateRefusal(error, timeZone: text.timeZone) {
                    tell(localizer(refusal))
                    if let hint = Localized.dateRefusalHint(error) { tell(localizer(.tryAgain(hint))) }
                    continue
                }
            }
            // As they will be stored: with the period added when the words depend on today.
            var kept = typed
            if case .approximate(let text, _) = dates.ownWords(typed) { kept = text }
            tell(localizer(.whenOwnWords(kept)))
            return .ownWords(typed)
        }
    }

    /// Asks the role of `name`: a number from the list, or the role in the melder's own words ("teamleider"),
    /// which is kept and said back as it was read. A word that can mean two roles ("stagiair") is asked
    /// about, never guessed. Enter means ``Role/other``, or, for someone already listed (`current`), the
    /// role they have.
    func person(_ name: String, current: Person? = nil) throws -> Person {
        tell(localizer(.askRole(name)))
        for (number, role) in Role.allCases.enumerated() {
            tell("  \(number + 1)  \(localizer.role(role))")
        }
        let prompt = current.map { localizer(.rolePromptKeeping(text.people([$0]))) } ?? localizer(.rolePrompt)
        while true {
            let typed = try answer(prompt)
            if typed.isEmpty { return current.map { Person(name: name, role: $0.role, roleWords: $0.roleWords) }
                ?? Person(name: name, role: .other) }
            if let number = Int(typed) {
                if Role.allCases.indices.contains(number - 1) { return Person(name: name, role: Role.allCases[number - 1]) }
                tell(localizer(.badChoice(typed, Role.allCases.count)))
                continue
            }
            let person: Person
            do {
                let (role, words) = try Role.read(typed)
                person = Person(name: name, role: role, roleWords: words)
            } catch MeldboekError.ambiguousRole(let words, _, let choices) {
                person = Person(name: name, role: try choice(for: words, person: name, among: choices), roleWords: words)
            }
            if person.roleWords != nil { tell(localizer(.roleReadAs(text.people([person])))) }
            return person
        }
    }

    /// Asks which of `choices` the melder meant by `word` for `person`'s role, until a number in the list is
    /// typed; Enter, "not sure", is ``Role/other`` (the word is kept either way).
    func choice(for word: String, person: String, among choices: [Role]) throws -> Role {
        tell(localizer(.whichRole(OutsideText.line(word), person: OutsideText.line(person))))
        for (number, role) in choices.enumerated() {
            tell("  \(number + 1)  \(localizer.role(role))")
        }
        while true {
            let typed = try answer(localizer(.chooseNumberOrNotSure(choices.count)))
            if typed.isEmpty { return .other }
            if let number = Int(typed), choices.indices.contains(number - 1) { return choices[number - 1] }
        }
    }

    /// Lists every kind of behaviour with a one-line explanation.
    func listCategories() {
        for (number, category) in Category.allCases.enumerated() {
            tell("  \(number + 1)  \(localizer.category(category)): \(localizer(explanation(of: category)))")
        }
    }

    /// Reads a choice of kinds of behaviour, asking again until it reads. A word that names two
    /// kinds ("intimidatie") is asked about, never guessed.
    ///
    /// - Returns: Nil for Enter; an empty list for "-" when `clearable`.
    func categories(clearable: Bool = false) throws -> [Category]? {
        var meant: [String: Category] = [:]
        var typed = try answer(localizer(.categoryPrompt))
        while true {
            if typed.isEmpty { return nil }
            if clearable && typed == "-" { return [] }
            switch Self.readCategories(typed, meant: meant) {
            case .success(let categories):
                return categories
            case .failure(.ambiguousCategory(let word, let choices)):
                meant[Folding.fold(word)] = try choice(for: word, among: choices)
            case .failure(.unknownCategory(let bad)):
                tell(localizer(.badChoice(bad, Category.allCases.count)))
                typed = try answer(localizer(.categoryPrompt))
            case .failure:
                return nil
            }
        }
    }

    /// Asks which of `choices` the melder meant by `word`, until a number in the list is typed; Enter,
    /// "not sure", is ``Category/other``: not knowing must never block.
    func choice(for word: String, among choices: [Category]) throws -> Category {
        tell(localizer(.whichCategory(OutsideText.line(word))))
        for (number, category) in choices.enumerated() {
            tell("  \(number + 1)  \(localizer.category(category))")
        }
        while true {
            let typed = try answer(localizer(.chooseNumberOrNotSure(choices.count)))
            if typed.isEmpty { return .other }
            if let number = Int(typed), choices.indices.contains(number - 1) { return choices[number - 1] }
        }
    }

    /// Reads "1 3", "1,3", "pesten, discriminatie" or "not sure" as kinds of behaviour, in the order given.
    ///
    /// - Parameter meant: Words that name two kinds, with the kind the melder said they meant.
    static func readCategories(_ typed: String, meant: [String: Category] = [:]) -> Result<[Category], MeldboekError> {
        func read(_ text: String) -> Result<Category, MeldboekError>? {
            if let category = meant[Folding.fold(text)] { return .success(category) }
            do {
                return .success(try Category.parse(text))
            } catch let error as MeldboekError {
                if case .ambiguousCategory = error { return .failure(error) }
                return nil
            } catch {
                return nil
            }
        }
        var chosen: [Category] = []
        for piece in typed.split(separator: ",") {
            let piece = piece.trimmingCharacters(in: .whitespaces)
            if piece.isEmpty { continue }
            if piece == "?" {
                chosen.append(.other)
            } else if let reading = read(piece) {
                switch reading {
                case .success(let category): chosen.append(category)
                case .failure(let error): return .failure(error)
                }
            } else {
                for word in piece.split(separator: " ") {
                    if let number = Int(word), Category.allCases.indices.contains(number - 1) {
                        chosen.append(Category.allCases[number - 1])
                    } else if let reading = read(String(word)) {
                        switch reading {
                        case .success(let category): chosen.append(category)
                        case .failure(let error): return .failure(error)
                        }
                    } else {
                        return .failure(.unknownCategory(String(word)))
                    }
                }
            }
        }
        var seen = Set<Category>()
        return .success(chosen.filter { seen.insert($0).inserted })
    }

    /// Asks for files until Enter, one path per line; a file that can't be attached is said and skipped.
    ///
    /// - Parameter existing: The names already attached to the entry; attachments are known by name.
    func files(existing: [String]) throws -> [URL] {
        var paths: [String] = []
        try files(into: &paths, existing: existing)
        return paths.map { URL(fileURLWithPath: $0) }
    }

    /// Adds the paths of files to `paths` until Enter, each as soon as it is checked.
    func files(into paths: inout [String], existing: [String] = []) throws {
        var names = Set(existing + paths.map { URL(fileURLWithPath: $0).lastPathComponent })
        while true {
            let typed = try answer()
            if typed.isEmpty { return }
            let file = URL(fileURLWithPath: Self.path(typed))
            if let problem = problem(with: file, names: names) {
                tell(problem)
                continue
            }
            names.insert(file.lastPathComponent)
            paths.append(file.path)
        }
    }

    /// A path as typed, with `~` expanded and the quotes a terminal adds around a dropped file removed.
    static func path(_ typed: String) -> String {
        var path = typed
        for quote in ["'", "\""] where path.count > 1 && path.hasPrefix(quote) && path.hasSuffix(quote) {
            path = String(path.dropFirst().dropLast())
        }
        return (path as NSString).expandingTildeInPath
    }

    /// Why `file` can't be attached (missing, not an ordinary file, unreadable, its name taken), or nil.
    func problem(with file: URL, names: Set<String>) -> String? {
        do {
            try NamedFile.checkReadable(file.path)
        } catch MeldboekError.io(_, let reason) {
            switch reason {
            case .notFound, .notAFolder: return localizer(.fileMissing(file.path))
            case .isFolder: return localizer(.fileIsFolder(file.path))
            case .notARegularFile: return localizer(.fileNotOrdinary(file.path))
            default: return localizer(.fileUnreadable(file.path))
            }
        } catch {
            return localizer(.fileUnreadable(file.path))
        }
        if names.contains(file.lastPathComponent) { return localizer(.fileNameTaken(file.lastPathComponent)) }
        return nil
    }

    /// Shows the fields as they will be saved, and asks whether to save; Enter means yes.
    ///
    /// - Throws: ``MeldboekError/cancelled`` for no.
    func confirm(_ fields: EntryFields, attachments: [String], question: Localized) throws {
        tell("")
        tell(localizer(.summaryHeader))
        tell("")
        tell("\(localizer(.labelTitle)): \(fields.title)")
        for (label, value) in text.fieldLines(fields) { tell("\(label): \(value)") }
        conversation.say(text.indentedParagraphs(fields, separator: "\n"))
        if !attachments.isEmpty {
            tell("\n\(localizer(.labelAttachments)):")
            for name in attachments { tell("  \(name)") }
        }
        tell("")
        while true {
            switch Folding.fold(try answer(localizer(question))) {
            case "", "y", "yes", "j", "ja": return
            case "n", "no", "nee": throw MeldboekError.cancelled
            default: tell(localizer(.answerYesNo))
            }
        }
    }

    /// A current value for "Now: …", or "(empty)".
    func current(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return localizer(.currentEmpty) }
        return value
    }

    /// A current text of several lines, each indented under "Now:".
    func currentText(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return localizer(.currentEmpty) }
        return "\n" + text.indented(value)
    }

    private func explanation(of category: Category) -> Localized {
        switch category {
        case .sexualHarassment: .explainSexualHarassment
        case .aggression: .explainAggression
        case .discrimination: .explainDiscrimination
        case .bullying: .explainBullying
        case .integrity: .explainIntegrity
        case .other: .explainOther
        }
    }
}

extension Localized {
    /// The question after Ctrl-C in the interview of `add`.
    static let stopInterview = Localized(
        en: "Stop the interview?", nl: "Stoppen met de vragen?")

    static let goOnWithQuestion = Localized(
        en: "No, go on with this question", nl: "Nee, verder met deze vraag")

    /// Keeping the answers; `replacing` is when the draft that this one replaces was kept.
    static func keepAsDraft(replacing: Date?, timeZone: TimeZone) -> Localized {
        let keep = Localized(
            en: "Stop and keep the answers as a draft, encrypted in your journal (go on later with: meldboek add --resume)",
            nl: "Stoppen en de antwoorden bewaren als concept, versleuteld in je dagboek (later verder met: meldboek add --resume)")
        guard let replacing else { return keep }
        let earlier = reading(.instant(replacing), timeZone: timeZone)
        return Localized(en: "\(keep.en); this replaces your draft of \(earlier.en)",
                         nl: "\(keep.nl); dit vervangt je concept van \(earlier.nl)")
    }

    static let throwAnswersAway = Localized(
        en: "Stop and throw away what you typed", nl: "Stoppen en weggooien wat je hebt getypt")

    /// The line to type a number after, when Enter means not sure.
    static func chooseNumberOrNotSure(_ count: Int) -> Localized {
        Localized(en: "Type a number from 1 to \(count) (Enter: not sure): ",
                  nl: "Typ een nummer van 1 tot en met \(count) (Enter: weet ik niet): ")
    }

    /// The role prompt for someone already listed: Enter keeps the role they have.
    static func rolePromptKeeping(_ person: String) -> Localized {
        Localized(en: "Number, or the role in your own words (Enter keeps \(person)): ",
                  nl: "Nummer, of de rol in je eigen woorden (Enter houdt \(person)): ")
    }

    /// The line to type a number after, when Ctrl-C again also answers.
    static func chooseNumberOrInterrupt(_ count: Int) -> Localized {
        Localized(en: "Type a number from 1 to \(count) (Ctrl-C again stops and throws it away): ",
                  nl: "Typ een nummer van 1 tot en met \(count) (nogmaals Ctrl-C stopt en gooit het weg): ")
    }

    /// After Ctrl-C in the interview of `amend`; Enter means no.
    static let throwChangesAway = Localized(
        en: "Stop and throw away the changes you typed? [y/N] ",
        nl: "Stoppen en de wijzigingen die je hebt getypt weggooien? [j/N] ")

    /// Before lines typed earlier to a question that is asked again.
    static let soFar = Localized(en: "What you wrote so far:", nl: "Wat je tot nu toe schreef:")

    /// The start of an interview that goes on with a draft.
    static func resumingDraft(_ keptAt: Date, timeZone: TimeZone) -> Localized {
        let when = reading(.instant(keptAt), timeZone: timeZone)
        return Localized(
            en: "Going on with your draft of \(when.en). Questions you answered then are not asked again; you see all answers before anything is saved. Ctrl-C lets you stop again.",
            nl: "We gaan verder met je concept van \(when.nl). Vragen die je toen al beantwoordde, komen niet terug; je ziet alle antwoorden voordat er iets wordt opgeslagen. Met Ctrl-C kun je weer stoppen.")
    }

    /// Whether to keep a date that lies in the future.
    static let keepFutureDate = Localized(
        en: "That date is in the future. Keep it anyway? [y/N] ",
        nl: "Die datum ligt in de toekomst. Toch bewaren? [j/N] ")

    static let whenAgain = Localized(
        en: "Type the date again, or press Enter to skip.",
        nl: "Typ de datum opnieuw, of druk op Enter om over te slaan.")

    /// "Try again. …" after a date that was refused, with the hint that says how.
    static func tryAgain(_ hint: Localized) -> Localized {
        Localized(en: "Try again. \(hint.en)", nl: "Probeer het opnieuw. \(hint.nl)")
    }
}

extension Localized {
    /// How the interview read the role typed in the melder's own words: "Read as Karin (teamleider, manager)."
    static func roleReadAs(_ person: String) -> Localized {
        Localized(en: "Read as \(person).", nl: "Begrepen als \(person).")
    }
}
