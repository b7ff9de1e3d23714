// Redacting what leaves the journal: names become stable pseudonyms, places disappear.
import Foundation
import MeldboekCore
import MeldboekEvidence

/// A field the melder can leave out of a bundle.
public enum Redaction: String, CaseIterable, Sendable, Comparable {
    case people
    case witnesses
    case location

    public static func < (lhs: Redaction, rhs: Redaction) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Replaces names by pseudonyms consistently across a whole bundle.
///
/// Each distinct name (case and accents ignored) gets the next pseudonym
/// ("Person A", "Person B", …, "Person AA") in order of first appearance, and
/// every occurrence of that name as a whole word in the free-text fields
/// (title, narrative, impact, actions, location, tags), case and accents
/// ignored, is replaced too, so a name doesn't leak through the story around
/// it. A share also learns the names listed on any other entry of the journal
/// that its text mentions (``sharing(_:from:words:redactions:label:)``). Parts of a longer name
/// ("Jan" of "Jan Jansen") are replaced by the same pseudonym, except name
/// particles ("de", "van", "der", …) and parts shorter than three letters.
public struct Redactor: Sendable {
    public let redactions: Set<Redaction>
    public let label: String
    private(set) var pseudonyms: [String: String] = [:]
    private var order: [String] = []

    /// A redactor for these fields, naming people `label` followed by a letter ("Person A").
    public init(redactions: Set<Redaction>, label: String) {
        self.redactions = redactions
        self.label = label
    }

    /// Learns every name in the entries first, so pseudonyms follow the order of appearance.
    public mutating func learn(_ entries: [Entry]) {
        learn(fields: entries.flatMap { $0.revisions.map(\.fields) })
    }

    /// Learns every name in these revisions' fields, in order.
    public mutating func learn(fields revisions: [EntryFields]) {
        for fields in revisions {
            if redactions.contains(.people) { fields.people.forEach { learn($0.name) } }
            if redactions.contains(.witnesses) { fields.witnesses.forEach { learn($0) } }
        }
    }

    /// A redactor for sharing `entries` from a journal that holds `journal`: the entries' own listed names first,
    /// then every name listed anywhere in the journal, and each of `words`, that the entries' text mentions.
    ///
    /// A name listed only on another entry is still a name the melder has told the journal about, so it is
    /// hidden wherever a shared entry mentions it. A name the shared entries never mention takes no pseudonym:
    /// its letter would tell the adviser how many names the journal holds.
    public static func sharing(
        _ entries: [Entry], from journal: [Entry], words: [String] = [], redactions: Set<Redaction>, label: String
    ) -> Redactor {
        sharing(
            entries.map { ($0.revisions.map(\.fields), $0.attachments.map(\.name)) },
            from: journal.flatMap { $0.revisions.map(\.fields) }, words: words, redactions: redactions, label: label)
    }

    /// ``sharing(_:from:words:redactions:label:)`` for entries given as the fields of their versions and the
    /// names of their attachments, and a journal given as the fields of every version it holds: what a
    /// report (the melder's or an adviser's case) and a proof redact with, so each hides the same names.
    public static func sharing(
        _ entries: [(versions: [EntryFields], attachments: [String])], from journal: [EntryFields],
        words: [String] = [], redactions: Set<Redaction>, label: String
    ) -> Redactor {
        var redactor = Redactor(redactions: redactions, label: label)
        redactor.learn(fields: entries.flatMap(\.versions))
        let texts = entries.flatMap { entry in entry.versions.flatMap { redactor.freeText(of: $0) } + entry.attachments }
        redactor.learn(mentioned: redactor.listedNames(in: journal) + words, in: texts)
        return redactor
    }

    /// Learns those of `names` that `texts` mention, whole or in part, in order of first mention.
    ///
    /// A name mentioned whole is learned as the text first writes it ("Marco" for a word given as "marco"), so
    /// in a verifiable bundle the plain pseudonym stands for the form the adviser's text has; a name mentioned
    /// only in part is learned as listed.
    public mutating func learn(mentioned names: [String], in texts: [String]) {
        var candidates = Redactor(redactions: redactions, label: label)
        names.forEach { candidates.learn($0) }
        var named: [String: String] = [:]
        for name in candidates.order { named[candidates.pseudonym(name)] = name }
        for text in texts {
            for (range, pseudonym) in candidates.names(in: text) {
                guard let name = named[pseudonym] else { continue }
                let written = String(text[range])
                learn(Self.key(written) == Self.key(name) ? written : name)
            }
        }
    }

    /// The names these fields list under the lists being redacted, in order.
    public func listedNames(in revisions: [EntryFields]) -> [String] {
        revisions.flatMap { fields in
            (redactions.contains(.people) ? fields.people.map(\.name) : [])
                + (redactions.contains(.witnesses) ? fields.witnesses : [])
        }
    }

    /// The text of `fields` that ``apply(_:)`` scrubs: where a name can stand outside the lists.
    public func freeText(of fields: EntryFields) -> [String] {
        var texts = [fields.title, fields.narrative] + [fields.impact, fields.actions].compactMap { $0 } + fields.tags
        if !redactions.contains(.location), let location = fields.location { texts.append(location) }
        if case .approximate(let text, _)? = fields.occurredAt { texts.append(text) }
        return texts
    }

    static let particles: Set<String> = ["de", "den", "der", "van", "von", "het", "ten", "ter", "te", "la", "le", "da", "di", "du", "op"]

    /// Parts of longer names: folded part → (the part as written, pseudonym).
    private var parts: [String: (word: String, pseudonym: String)] = [:]

    /// A name as compared: folded, and a hyphen between its words read as a space ("Jan-Willem" is "Jan Willem").
    static func key(_ name: String) -> String {
        Folding.fold(name.replacingOccurrences(of: "-", with: " "))
    }

    private mutating func learn(_ name: String) {
        let key = Self.key(name)
        guard !key.isEmpty, pseudonyms[key] == nil else { return }
        let pseudonym = "\(label) \(Self.letters(order.count))"
        pseudonyms[key] = pseudonym
        order.append(name)
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return }
        func part(_ word: String) {
            // A part shared by two people (two Jans) stays with the first; the full names still differ.
            if parts[Self.key(word)] == nil { parts[Self.key(word)] = (word, pseudonym) }
        }
        for word in words where word.count >= 3 && !Self.particles.contains(Folding.fold(word)) { part(word) }
        // The surname with its particles ("van der Berg" of "Piet van der Berg"), so "Van der Berg" at the start
        // of a sentence is hidden whole rather than leaving "Van der" before the pseudonym.
        if let first = words.dropFirst().firstIndex(where: { Self.particles.contains(Folding.fold($0)) }),
           words[first...].contains(where: { !Self.particles.contains(Folding.fold($0)) }) {
            part(words[first...].joined(separator: " "))
        }
    }

    /// "A" … "Z", "AA", "AB", …
    static func letters(_ index: Int) -> String {
        var index = index
        var text = ""
        repeat {
            text = String(UnicodeScalar(UInt8(65 + index % 26))) + text
            index = index / 26 - 1
        } while index >= 0
        return text
    }

    public func pseudonym(_ name: String) -> String { pseudonyms[Self.key(name)] ?? name }

    /// Replaces every learned name in `text`: whole names first, longest first, then their parts.
    public func scrub(_ text: String) -> String {
        var result = ""
        var position = text.startIndex
        for (range, pseudonym) in names(in: text) {
            result += text[position..<range.lowerBound] + pseudonym
            position = range.upperBound
        }
        return result + text[position...]
    }

    /// Where learned names stand in `text`, in order and not overlapping, each with its pseudonym.
    ///
    /// Whole names are found first, longest first, then parts of names; a place already taken by a longer
    /// name is not matched again. Case and accents are ignored as ``Folding`` ignores them ("jose" finds
    /// "José"), a run of spaces matches one, and a hyphen matches a space ("Jan Willem" finds "Jan-Willem").
    /// The Dutch possessive without an apostrophe ("Karins bureau") is found too, but only written with a
    /// capital and for a name that takes it (not ending in a vowel or s, x, z: "Anna's", "Kees'"), so an
    /// ordinary word ("arts" for a name "Art") is not hidden; with an apostrophe ("Karin's") the name is found
    /// as it is. Matches begin and end at word boundaries, so each covers whole tokens of the commitment's
    /// tokenization (runs of word characters and runs of everything else).
    public func names(in text: String) -> [(range: Range<String.Index>, pseudonym: String)] {
        guard !pseudonyms.isEmpty, !text.isEmpty else { return [] }
        let replacements = order.sorted { $0.count > $1.count }.map { ($0, pseudonym($0)) }
            + parts.values.sorted { $0.word.count > $1.word.count }.map { ($0.word, $0.pseudonym) }
        var taken: [(range: Range<String.Index>, pseudonym: String)] = []
        let folded = FoldedText(text)
        func take(_ range: Range<String.Index>, _ replacement: String) {
            if !taken.contains(where: { $0.range.overlaps(range) }) { taken.append((range, replacement)) }
        }
        for (name, replacement) in replacements {
            for range in folded.ranges(of: name) where Self.isWholeWords(range, in: text) { take(range, replacement) }
            guard Self.takesPossessiveS(name), pseudonyms[Self.key(name + "s")] == nil, parts[Self.key(name + "s")] == nil
            else { continue }
            for range in folded.ranges(of: name + "s")
            where Self.isWholeWords(range, in: text) && text[range.lowerBound].isUppercase {
                take(range, replacement)
            }
        }
        return taken.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether Dutch writes this name's possessive with a bare s ("Karins", "Jans"): not after a vowel
    /// ("Anna's") or a hissing sound ("Kees'", "Max'"), and not for a name of fewer than three letters.
    static func takesPossessiveS(_ name: String) -> Bool {
        let folded = Folding.fold(name)
        guard folded.count >= 3, let last = folded.last, last.isLetter else { return false }
        return !"aiouysxz".contains(last)
    }

    /// Whether `range` has no letter or digit right before or right after it.
    static func isWholeWords(_ range: Range<String.Index>, in text: String) -> Bool {
        if range.lowerBound > text.startIndex, Commitments.isWordCharacter(text[text.index(before: range.lowerBound)]) {
            return false
        }
        return range.upperBound == text.endIndex || !Commitments.isWordCharacter(text[range.upperBound])
    }

    /// The names to hide in these texts, each as written, with its pseudonym: the plan of a verifiable redaction.
    ///
    /// A disclosure hides exact token runs, and a pseudonym must stand for one run only, so each way a name is
    /// written gets a pseudonym of its own: the full name as first learned gets "Persoon A"; a part of it ("Jan")
    /// or another spelling ("jan jansen") gets "Persoon A-2", "Persoon A-3", … in order of appearance. Every
    /// phrase is trimmed to begin and end with a letter or digit, as the disclosure requires.
    public func phrases(in texts: [String]) -> [String: String] {
        var plan: [String: String] = [:]
        var variants: [String: Int] = [:]
        func add(_ phrase: String, base: String) {
            let phrase = Self.trimmedToWords(phrase)
            guard !phrase.isEmpty, plan[phrase] == nil else { return }
            let count = variants[base, default: 0] + 1
            variants[base] = count
            plan[phrase] = count == 1 ? base : "\(base)-\(count)"
        }
        for name in order { add(name, base: pseudonym(name)) }
        for text in texts {
            for (range, base) in names(in: text) { add(String(text[range]), base: base) }
        }
        return plan
    }

    /// `text` without what comes before its first word character or after its last.
    static func trimmedToWords(_ text: String) -> String {
        guard let first = text.firstIndex(where: Commitments.isWordCharacter),
              let last = text.lastIndex(where: Commitments.isWordCharacter) else { return "" }
        return String(text[first...last])
    }

    /// The fields with names replaced by pseudonyms and, when asked, the place left out.
    public func apply(_ fields: EntryFields) -> EntryFields {
        var out = fields
        if redactions.contains(.people) {
            out.people = fields.people.map { Person(name: pseudonym($0.name), role: $0.role, roleWords: $0.roleWords) }
        }
        // The melder's word for a role can name someone ("assistent van Karin").
        out.people = out.people.map { Person(name: $0.name, role: $0.role, roleWords: $0.roleWords.map(scrub)) }
        if redactions.contains(.witnesses) { out.witnesses = fields.witnesses.map(pseudonym) }
        out.location = redactions.contains(.location) ? nil : fields.location.map(scrub)
        out.title = scrub(fields.title)
        out.narrative = scrub(fields.narrative)
        out.impact = fields.impact.map(scrub)
        out.actions = fields.actions.map(scrub)
        out.tags = fields.tags.map(scrub)
        if case .approximate(let text, let estimate) = fields.occurredAt {
            out.occurredAt = .approximate(text: scrub(text), estimate: estimate)
        }
        return out
    }
}

/// A text folded character by character as ``Folding/fold(_:)`` folds it, each folded byte remembering the
/// characters it came from, so a match in the folded text maps back to whole characters of the original.
struct FoldedText {
    private var bytes: [UInt8] = []
    /// For each byte, the character (or run of white space, folded to one space) it came from.
    private var sources: [Range<String.Index>] = []

    init(_ text: String) {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            // A hyphen between words counts as the space it often stands for in a name ("Jan-Willem").
            if text[index].isWhitespace || text[index] == "-" {
                if bytes.last == 0x20 {
                    sources[sources.count - 1] = sources[sources.count - 1].lowerBound..<next
                } else {
                    bytes.append(0x20)
                    sources.append(index..<next)
                }
            } else {
                for byte in Folding.fold(String(text[index])).utf8 {
                    bytes.append(byte)
                    sources.append(index..<next)
                }
            }
            index = next
        }
    }

    /// Every place in the text whose folded form is `phrase` folded, covering whole characters.
    func ranges(of phrase: String) -> [Range<String.Index>] {
        let needle = Array(Redactor.key(phrase).utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var found: [Range<String.Index>] = []
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            let end = start + needle.count
            guard bytes[start..<end].elementsEqual(needle) else { continue }
            // A character folded to several bytes ("æ" to "ae") is matched whole or not at all.
            guard start == 0 || sources[start - 1] != sources[start],
                  end == bytes.count || sources[end] != sources[end - 1] else { continue }
            found.append(sources[start].lowerBound..<sources[end - 1].upperBound)
        }
        return found
    }
}
