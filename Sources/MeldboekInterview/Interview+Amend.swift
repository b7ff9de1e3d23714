// The interview behind `amend` without flags: every field in turn, showing what it holds now.
import Foundation
import MeldboekCore
import MeldboekText

extension Interview {
    /// Walks the fields of `entry`, showing each one's current value, and returns the change to make.
    ///
    /// Enter keeps a field. Typed text replaces a single field and "-" clears it; lines typed
    /// under what happened are added as a new paragraph; names are added, "-name" removes
    /// one; a new choice of kinds of behaviour replaces the old; files are attached after.
    /// When nothing would change, it returns without asking to save.
    ///
    /// Ctrl-C asks whether to stop and throw the changes away; no means the question is asked again.
    ///
    /// - Throws: ``MeldboekError/interrupted`` (stopped after Ctrl-C), ``MeldboekError/inputEnded``
    ///   or ``MeldboekError/cancelled``, as ``newEntry(on:resuming:offeringDraft:)`` does.
    public func amendment(of entry: Entry, on conversation: Conversation) throws -> InterviewResult {
        var ask = questions(conversation)
        ask.asksBeforeThrowingAway = true
        let t = ask.localizer
        let now = entry.current
        var change = EntryChange()
        ask.tell(t(.amendIntro(entry.id.short)))

        ask.tell("\n" + t(.currentValue(ask.currentText(now.narrative))))
        ask.tell(t(.askNarrativeAddition))
        change.narrativeAddition = try ask.lines().joined(separator: "\n").nonEmpty

        ask.tell("")
        ask.tell(t(.currentValue(now.title)))
        change.title = try replacement(ask.answer(t(.askKeepLine(t(.labelTitle)))))

        ask.tell("\n" + t(.currentValue(ask.text.when(now))))
        ask.tell(t(.askWhen))
        switch try ask.when(prompt: t(.askKeepLine(t(.labelWhen))), clearable: true) {
        case .skipped: break
        case .parsed(let text): change.when = text
        case .ownWords(let text): change.whenApproximately = text
        case .unknown: change.whenApproximately = ""
        }

        ask.tell("\n" + t(.currentValue(ask.current(now.location))))
        change.location = try replacement(ask.answer(t(.askKeepLine(t(.labelWhere)))))

        let people = try amendPeople(now.people, ask)
        change.removePeople = now.people.map(\.name).filter { name in
            !people.contains { Folding.fold($0.name) == Folding.fold(name) }
        }
        change.addPersons = people.filter { !now.people.contains($0) }

        let witnesses = try amendNames(now.witnesses, label: t(.labelWitnesses), ask)
        change.removeWitnesses = now.witnesses.filter { name in !witnesses.contains { Self.same($0, name) } }
        change.addWitnesses = witnesses.filter { name in !now.witnesses.contains { Self.same($0, name) } }

        ask.tell("\n" + t(.currentValue(ask.current(now.categories.map(ask.localizer.category).joined(separator: ", ")))))
        ask.tell(t(.askCategories))
        ask.listCategories()
        ask.tell(t(.askAmendCategories))
        if let categories = try ask.categories(clearable: true) {
            change.removeCategories = now.categories.map(\.rawValue)
            change.addCategories = categories.map(\.rawValue)
        }

        ask.tell("\n" + t(.currentValue(ask.currentText(now.impact))))
        ask.tell(t(.askReplaceText(t(.labelImpact))))
        change.impact = try replacement(ask.lines().joined(separator: "\n"))

        ask.tell("\n" + t(.currentValue(ask.currentText(now.actions))))
        ask.tell(t(.askReplaceText(t(.labelActions))))
        change.actions = try replacement(ask.lines().joined(separator: "\n"))

        ask.tell("\n" + t(.currentValue(ask.current(entry.attachments.map(\.name).joined(separator: ", ")))))
        ask.tell(t(.askFiles))
        let attachments = try ask.files(existing: entry.attachments.map(\.name))

        var fields = now
        try change.apply(to: &fields, dates: dates)
        fields = fields.normalized()
        if fields != now || !attachments.isEmpty {
            try ask.confirm(fields, attachments: attachments.map(\.lastPathComponent), question: .confirmAmend)
        }
        return InterviewResult(change: change, fields: fields, attachments: attachments)
    }

    /// Nil for Enter (keep), "" for "-" (clear), else the text.
    private func replacement(_ typed: String) -> String? {
        switch typed {
        case "": nil
        case "-": ""
        default: typed
        }
    }

    /// The people involved after names are added (with a role) and removed with "-name".
    private func amendPeople(_ current: [Person], _ ask: InterviewQuestions) throws -> [Person] {
        let t = ask.localizer
        var people = current
        while true {
            ask.tell("\n" + t(.currentValue(ask.current(ask.text.people(people)))))
            ask.tell(t(.askAmendList(t(.labelPeople))))
            let typed = try ask.answer()
            if typed.isEmpty { return people }
            if typed.hasPrefix("-") {
                let name = typed.dropFirst().trimmingCharacters(in: .whitespaces)
                if people.contains(where: { Self.same($0.name, name) }) {
                    people.removeAll { Self.same($0.name, name) }
                } else {
                    ask.tell(t(.notOnList(name)))
                }
                continue
            }
            // Someone already listed keeps their role on Enter.
            let person = try ask.person(typed, current: people.first { Self.same($0.name, typed) })
            people.removeAll { Self.same($0.name, typed) }
            people.append(person)
        }
    }

    /// The names after some are added and some removed with "-name".
    private func amendNames(_ current: [String], label: String, _ ask: InterviewQuestions) throws -> [String] {
        let t = ask.localizer
        var names = current
        ask.tell("\n" + t(.currentValue(ask.current(names.joined(separator: ", ")))))
        ask.tell(t(.askAmendList(label)))
        while true {
            let typed = try ask.answer()
            if typed.isEmpty { return names }
            if typed.hasPrefix("-") {
                let name = typed.dropFirst().trimmingCharacters(in: .whitespaces)
                if names.contains(where: { Self.same($0, name) }) {
                    names.removeAll { Self.same($0, name) }
                } else {
                    ask.tell(t(.notOnList(name)))
                }
            } else if !names.contains(where: { Self.same($0, typed) }) {
                names.append(typed)
            }
        }
    }

    /// Whether two names are the same one, ignoring case and accents, as the journal compares them.
    private static func same(_ a: String, _ b: String) -> Bool {
        Folding.fold(a) == Folding.fold(b)
    }
}
