// Entries as text for people: the `show` and `list` output and the Markdown export.
import Foundation
import MeldboekCore

/// Renders entries in the user's language and time zone.
public struct EntryText: Sendable {
    public let localizer: Localizer
    public let timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone = .current) {
        self.localizer = Localizer(language)
        self.timeZone = timeZone
    }

    /// "2025-03-04 14:00" in the user's time zone.
    public func moment(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    public func when(_ fields: EntryFields) -> String {
        fields.occurredAt?.formatted(language: localizer.language, timeZone: timeZone) ?? localizer(.labelDateUnknown)
    }

    /// One line for `list`: short id, when, title, kinds of behaviour.
    public func line(_ entry: Entry) -> String {
        line(EntryOutline(entry))
    }

    /// One line for `list`, from an outline.
    public func line(_ outline: EntryOutline) -> String {
        let when = outline.occurredAt?.formatted(language: localizer.language, timeZone: timeZone)
            ?? localizer(.labelDateUnknown)
        var line = "\(outline.id.short)  \(when)  \(outline.title)"
        if !outline.categories.isEmpty {
            line += "  [" + outline.categories.map(localizer.category).joined(separator: ", ") + "]"
        }
        return line
    }

    /// People with their roles, the melder's own word first where there is one:
    /// "Karin (teamleider, manager), Sara (colleague), Piet (conciërge, other)".
    public func people(_ people: [Person]) -> String {
        people.map { "\($0.name) (\(role(of: $0)))" }.joined(separator: ", ")
    }

    /// A person's role, after the melder's own word for it if there is one: "teamleider, manager".
    public func role(of person: Person) -> String {
        roles([person.role], words: person.roleWords.map { [$0] } ?? [])
    }

    /// The melder's words for roles, then the role names, joined: "teamleider, manager, colleague".
    public func roles(_ roles: [Role], words: [String] = []) -> String {
        (words + roles.map(localizer.role)).joined(separator: ", ")
    }

    /// The labelled fields of one revision, one per line, empty ones left out.
    public func fieldLines(_ fields: EntryFields) -> [(label: String, value: String)] {
        var lines: [(String, String)] = [(localizer(.labelWhen), when(fields))]
        if let location = fields.location { lines.append((localizer(.labelWhere), location)) }
        if !fields.people.isEmpty {
            lines.append((localizer(.labelPeople), people(fields.people)))
        }
        if !fields.witnesses.isEmpty { lines.append((localizer(.labelWitnesses), fields.witnesses.joined(separator: ", "))) }
        if !fields.categories.isEmpty {
            lines.append((localizer(.labelCategories), fields.categories.map(localizer.category).joined(separator: ", ")))
        }
        if !fields.tags.isEmpty { lines.append((localizer(.labelTags), fields.tags.joined(separator: ", "))) }
        return lines
    }

    public func paragraphs(_ fields: EntryFields) -> [(label: String, text: String)] {
        var result: [(String, String)] = []
        if !fields.narrative.isEmpty { result.append((localizer(.labelNarrative), fields.narrative)) }
        if let impact = fields.impact { result.append((localizer(.labelImpact), impact)) }
        if let actions = fields.actions { result.append((localizer(.labelActions), actions)) }
        return result
    }

    /// The narrative, impact and actions, each under its label and indented two spaces.
    public func indentedParagraphs(_ fields: EntryFields, separator: String = "") -> String {
        paragraphs(fields).map { label, text in separator + "\(label):\n" + indented(text) + "\n" }.joined()
    }

    /// Every line of `text` indented two spaces, empty lines too.
    public func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }

    /// The whole entry for `show`; with `history`, every version in turn.
    /// - Parameter committed: Each revision's earliest witness, by number, when the vault
    ///   keeps a commitment log (format 3); nil shows no such line.
    public func full(_ entry: Entry, history: Bool, committed: [Int: CommittedTime]? = nil) -> String {
        var out = "\(localizer(.labelEntry)) \(entry.id)\n"
        if let forked = entry.fork.first {
            out += localizer(.forkNotice(versions: entry.fork.count, number: forked.number)) + "\n"
        }
        let revisions = history ? entry.revisions : [entry.revisions[entry.revisions.count - 1]]
        for revision in revisions {
            if history {
                out += "\n== " + localizer(.labelVersion(revision.number, moment(revision.recordedAt))) + " ==\n"
                if let committed { out += committedLine(committed[revision.number], recordedAt: revision.recordedAt) }
            }
            out += "\(localizer(.labelTitle)): \(revision.fields.title)\n"
            for (label, value) in fieldLines(revision.fields) { out += "\(label): \(value)\n" }
            if !history {
                out += "\(localizer(.labelRecorded)): \(moment(entry.recordedAt))\n"
                if let committed { out += committedLine(committed[1], recordedAt: entry.recordedAt) }
                if entry.revisions.count > 1 {
                    out += "\(localizer(.labelAmended)): \(moment(entry.amendedAt)) (\(localizer(.labelVersions)): \(entry.revisions.count))\n"
                    let latest = entry.revisions[entry.revisions.count - 1]
                    if let committed { out += committedLine(committed[latest.number], recordedAt: latest.recordedAt) }
                }
            }
            out += indentedParagraphs(revision.fields, separator: "\n")
        }
        if !entry.attachments.isEmpty {
            out += "\n\(localizer(.labelAttachments)):\n"
            for attachment in entry.attachments {
                out += "  \(attachment.name)  \(attachment.size) bytes  sha256:\(attachment.sha256)"
                if history {
                    out += "  " + localizer(.attachedWith(version: entry.version(adding: attachment), at: moment(attachment.attachedAt)))
                }
                out += "\n"
            }
        }
        return out
    }

    /// "Committed no later than: 2025-03-04 14:00 (timestamp authority)", with a warning when
    /// the revision waited more than a day for it, or "not witnessed yet".
    public func committedLine(_ committed: CommittedTime?, recordedAt: Date) -> String {
        "\(localizer(.logLabelCommitted)): \(committedValue(committed, recordedAt: recordedAt))\n"
    }

    /// The value of ``committedLine(_:recordedAt:)``, for tables and reports.
    public func committedValue(_ committed: CommittedTime?, recordedAt: Date) -> String {
        guard let committed else { return localizer(.logNotWitnessed) }
        var value = "\(moment(committed.noLaterThan)) (\(witnessName(committed.witness)))"
        if committed.isLate(recordedAt: recordedAt) { value += " " + localizer(.logLateFlag) }
        return value
    }

    /// Who vouched: "adviser's cosignature", "timestamp authority", "Bitcoin block".
    public func witnessName(_ witness: CommittedTime.Witness) -> String {
        switch witness {
        case .cosignature: localizer(.logWitnessCosignature)
        case .timestamp: localizer(.logWitnessTimestamp)
        case .bitcoin: localizer(.logWitnessBitcoin)
        }
    }

    /// A Markdown document of entries with every version, for `export --format markdown`.
    ///
    /// Everything in it is escaped with ``Markdown``, as in the Markdown report: what the melder typed shows as typed.
    public func markdown(_ entries: [Entry], exportedAt: Date) -> String {
        let md = Markdown.escape
        var out = "# \(md(localizer(.exportTitle)))\n\n_\(md(localizer(.exportedAt(moment(exportedAt)))))_\n"
        for entry in entries {
            out += "\n## \(md(entry.current.title))\n\n"
            out += "- \(md(localizer(.labelEntry))): `\(entry.id)`\n"
            out += "- \(md(localizer(.labelRecorded))): \(moment(entry.recordedAt))\n"
            for (label, value) in fieldLines(entry.current) { out += "- \(md(label)): \(md(value))\n" }
            for (label, text) in paragraphs(entry.current) { out += "\n### \(md(label))\n\n" + Markdown.quote(text) }
            if !entry.attachments.isEmpty {
                out += "\n### \(md(localizer(.labelAttachments)))\n\n"
                for attachment in entry.attachments {
                    out += "- \(md(attachment.name)) (\(attachment.size) bytes, SHA-256 `\(attachment.sha256)`)\n"
                }
            }
            if entry.revisions.count > 1 {
                out += "\n### \(md(localizer(.labelVersions)))\n"
                for revision in entry.revisions {
                    out += "\n#### \(md(localizer(.labelVersion(revision.number, moment(revision.recordedAt)))))\n\n"
                    out += "- \(md(localizer(.labelTitle))): \(md(revision.fields.title))\n"
                    for (label, value) in fieldLines(revision.fields) { out += "- \(md(label)): \(md(value))\n" }
                    for (label, text) in paragraphs(revision.fields) { out += "\n\(md(label)):\n\n" + Markdown.quote(text) }
                }
            }
        }
        return out
    }
}

extension Localized {
    /// In `show --history`: the version an attachment came with, and when it was attached.
    static func attachedWith(version: Int, at moment: String) -> Localized {
        Localized(en: "added with version \(version), \(moment)", nl: "toegevoegd bij versie \(version), \(moment)")
    }
}
