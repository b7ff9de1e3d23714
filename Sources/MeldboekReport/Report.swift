// A report: chosen entries in time order with their history, counts and where they came from.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekText

/// Where an entry, a version or an attachment in an adviser's case came from.
public struct ReportSource: Sendable, Equatable {
    public var bundleId: String
    /// When the adviser imported the bundle.
    public var receivedAt: Date

    public init(bundleId: String, receivedAt: Date) {
        self.bundleId = bundleId
        self.receivedAt = receivedAt
    }
}

/// One entry as a report shows it: every version and every attachment.
public struct ReportEntry: Sendable, Equatable {
    public struct Version: Sendable, Equatable {
        public var number: Int
        /// When the melder's program stored this version.
        public var recordedAt: Date
        public var fields: EntryFields
        /// The bundle that brought it, in an adviser's report.
        public var source: ReportSource?
        /// Its earliest outside witness, in a report of a journal that keeps a commitment log.
        public var committed: CommittedTime?
    }

    public struct Attachment: Sendable, Equatable {
        public var name: String
        public var size: UInt64
        /// Lower-case hex SHA-256 of the content.
        public var sha256: String
        public var source: ReportSource?
    }

    public var id: String
    /// Never empty; oldest first.
    public var versions: [Version]
    public var attachments: [Attachment]
    /// Whether the journal keeps a commitment log (format 3), so each version's witness time is shown.
    public var keepsLog = false

    /// The latest version's fields.
    public var current: EntryFields { versions[versions.count - 1].fields }
    /// When the first version was stored.
    public var recordedAt: Date { versions[0].recordedAt }

    /// The date the report orders by: when it happened if known, else when it was written.
    public func sortDate(in calendar: Calendar) -> Date {
        current.occurredAt?.sortDate(in: calendar) ?? recordedAt
    }

    /// An entry of the melder's own journal.
    public init(_ entry: Entry) {
        self.init(entry, committed: nil)
    }

    /// An entry of the melder's own journal, with each revision's earliest witness, by number,
    /// when the journal keeps a commitment log (nil when it keeps none).
    public init(_ entry: Entry, committed: [Int: CommittedTime]?) {
        id = entry.id.description
        versions = entry.revisions.map {
            Version(
                number: $0.number, recordedAt: $0.recordedAt, fields: $0.fields, source: nil,
                committed: committed?[$0.number])
        }
        keepsLog = committed != nil
        attachments = entry.attachments.map {
            Attachment(name: $0.name, size: $0.size, sha256: $0.sha256, source: nil)
        }
    }

    /// An entry of an adviser's case; each version and attachment names the bundle it came in.
    public init(_ entry: CaseFile.SharedEntry, bundles: [CaseFile.ImportedBundle]) {
        let received = Dictionary(bundles.map { ($0.bundleId, $0.importedAt) }, uniquingKeysWith: min)
        func source(_ bundleId: String) -> ReportSource? {
            received[bundleId].map { ReportSource(bundleId: bundleId, receivedAt: $0) }
        }
        id = entry.id
        versions = entry.versions.map {
            Version(number: $0.number, recordedAt: $0.recordedAt, fields: $0.fields, source: source($0.bundleId))
        }
        attachments = entry.attachments.map {
            Attachment(name: $0.name, size: $0.content.size, sha256: $0.content.sha256, source: source($0.bundleId))
        }
    }

    /// The incident the statistics count: the latest version.
    var incident: JournalStatistics.Incident {
        let fields = current
        return JournalStatistics.Incident(
            id: id, title: fields.title, occurredAt: fields.occurredAt, categories: fields.categories,
            people: fields.people, location: fields.location)
    }
}

/// Everything a report shows, ready to render as HTML or Markdown.
///
/// Build one with ``init(entries:redactions:caseFile:language:calendar:generatedAt:)``;
/// ``ReportHTML`` and ``ReportMarkdown`` turn it into a document.
public struct Report: Sendable {
    /// The adviser's case a report was made from.
    public struct CaseSummary: Sendable, Equatable {
        public var name: String
        public var fingerprints: [String]
        public var bundles: [CaseFile.ImportedBundle]
    }

    /// Oldest first, by when it happened, else when it was written; redacted.
    public var entries: [ReportEntry]
    public var statistics: JournalStatistics
    public var redactions: [Redaction]
    /// Set for an adviser's report.
    public var caseSummary: CaseSummary?
    public var generatedAt: Date
    public var text: EntryText
    public var calendar: Calendar

    /// Orders and redacts `entries` and counts them.
    ///
    /// - Parameters:
    ///   - redactions: Names become pseudonyms ("Person A") in every version, and places are left out, as in a bundle.
    ///   - known: The fields of every version in the journal (or case) the entries come from: a name listed
    ///     there is hidden wherever a reported entry mentions it, as a share hides it.
    ///   - words: Words to hide as names wherever the report's text has them (`--redact-word`).
    ///   - caseFile: The adviser's case the entries come from, if any.
    public init(
        entries: [ReportEntry], redactions: Set<Redaction>, known: [EntryFields] = [], words: [String] = [],
        caseFile: CaseFile? = nil, language: Language, calendar: Calendar, generatedAt: Date
    ) {
        let localizer = Localizer(language)
        let ordered = entries.sorted {
            ($0.sortDate(in: calendar), $0.recordedAt, $0.id) < ($1.sortDate(in: calendar), $1.recordedAt, $1.id)
        }
        let redactor = Redactor.sharing(
            ordered.map { ($0.versions.map(\.fields), $0.attachments.map(\.name)) }, from: known, words: words,
            redactions: redactions, label: localizer(.pseudonym))
        self.entries = ordered.map { entry in
            var entry = entry
            for index in entry.versions.indices {
                entry.versions[index].fields = redactor.apply(entry.versions[index].fields)
            }
            for index in entry.attachments.indices {
                entry.attachments[index].name = redactor.scrub(entry.attachments[index].name)
            }
            return entry
        }
        self.redactions = redactions.sorted()
        statistics = JournalStatistics(self.entries.map(\.incident), calendar: calendar, now: generatedAt)
        caseSummary = caseFile.map { CaseSummary(name: $0.name, fingerprints: $0.fingerprints, bundles: $0.bundles) }
        self.generatedAt = generatedAt
        text = EntryText(language: language, timeZone: calendar.timeZone)
        self.calendar = calendar
    }

    var localizer: Localizer { text.localizer }

    /// Whole days from when it happened to when it was first written down; nil unless the day is known,
    /// as for "gisteravond" it is.
    func recordingDelay(_ entry: ReportEntry) -> Int? {
        guard let start = entry.current.occurredAt?.knownDayStart(in: calendar) else { return nil }
        let end = calendar.startOfDay(for: entry.recordedAt)
        return calendar.dateComponents([.day], from: start, to: end).day
    }

    /// When the entry was first recorded, and how long after it happened: "2025-03-05 09:12 (1 day(s) after it happened)".
    func recorded(_ entry: ReportEntry) -> String {
        var recorded = text.moment(entry.recordedAt)
        if let delay = recordingDelay(entry), delay >= 0 {
            recorded += " (" + (delay == 0 ? localizer(.reportSameDay) : localizer(.reportDaysLater(delay))) + ")"
        }
        return recorded
    }

    /// "Committed no later than" for a version: the witness's time, flagged when it came more than a day later.
    func committed(_ version: ReportEntry.Version) -> String {
        text.committedValue(version.committed, recordedAt: version.recordedAt)
    }

    /// What the version at `index` changed: "first version", "changed: Title, What happened" or "no field changed".
    func changeSummary(_ entry: ReportEntry, at index: Int) -> String {
        guard index > 0 else { return localizer(.reportFirstVersion) }
        let labels = changes(from: entry.versions[index - 1].fields, to: entry.versions[index].fields).map(\.label)
        return labels.isEmpty ? localizer(.reportNoChange) : localizer(.reportChanged(labels.joined(separator: ", ")))
    }

    /// "From bundle …, received …" for an adviser's report.
    func origin(_ source: ReportSource) -> String {
        localizer(.reportFromBundle(source.bundleId, text.moment(source.receivedAt)))
    }

    /// The fields a version changed compared with the one before it: each field's label and its earlier value.
    func changes(from old: EntryFields, to new: EntryFields) -> [(label: String, earlier: String)] {
        let l = localizer
        var values: [(String, String)] = []
        func add(_ label: Localized, _ changed: Bool, _ value: String?) {
            guard changed else { return }
            values.append((l(label), value.flatMap { $0.isEmpty ? nil : $0 } ?? "-"))
        }
        add(.labelTitle, old.title != new.title, old.title)
        add(.labelWhen, old.occurredAt != new.occurredAt, text.when(old))
        add(.labelWhere, old.location != new.location, old.location)
        add(.labelPeople, old.people != new.people, text.people(old.people))
        add(.labelWitnesses, old.witnesses != new.witnesses, old.witnesses.joined(separator: ", "))
        add(.labelCategories, old.categories != new.categories, old.categories.map(l.category).joined(separator: ", "))
        add(.labelNarrative, old.narrative != new.narrative, old.narrative)
        add(.labelImpact, old.impact != new.impact, old.impact)
        add(.labelActions, old.actions != new.actions, old.actions)
        add(.labelTags, old.tags != new.tags, old.tags.joined(separator: ", "))
        return values
    }

    /// "Period: 2025-01-06 to 2025-03-20", from the first entry to the last; nil without entries.
    /// A month stays a month ("september 2025"), never its first day.
    var period: String? {
        guard let first = entries.first, let last = entries.last else { return nil }
        func start(_ entry: ReportEntry) -> String { entry.current.occurredAt.map(self.when) ?? day(entry.recordedAt) }
        return localizer(.reportPeriod(start(first), start(last)))
    }

    /// The day of `date` as `2025-03-04`, the ISO way Meldboek writes dates in both languages.
    func day(_ date: Date) -> String {
        StatisticsText(text, calendar: calendar).day(date)
    }

    /// Someone's first or last time as precisely as it was given: a day, or a month as a month.
    func when(_ occurred: OccurredAt) -> String {
        StatisticsText(text, calendar: calendar).when(occurred)
    }
}

extension Localized {
    /// How long after the incident an entry was written down, in whole days.
    static func reportDaysLater(_ days: Int) -> Localized {
        Localized(count: days, one: Localized(en: "1 day after it happened", nl: "1 dag nadat het gebeurde"),
                  other: Localized(en: "\(days) days after it happened", nl: "\(days) dagen nadat het gebeurde"))
    }
}
