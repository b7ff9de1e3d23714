// Words in what is about to be shared that may be names nobody listed: for the melder to look at before sharing.
import Foundation
import MeldboekCore
import MeldboekEvidence

/// Finds capitalised words that redaction left in place and that may be names.
///
/// The rule is simple enough to explain: a word of two or more letters that starts with a capital, does not
/// start a sentence (the start of a field, or after `.`, `!`, `?`, `:` or a line break), is not a pseudonym,
/// and is not one of a few words written with a capital anyway (weekdays, months, "I", "Ik", forms of address,
/// common abbreviations such as "HR"). A name that only ever starts a sentence is missed; the melder reads the
/// preview for those.
public enum PossibleNames {
    /// Words written with a capital for another reason than being a name, folded.
    static let common: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
        "i", "ik", "mr", "mrs", "ms", "dr", "dhr", "mevr", "mw", "meneer", "mevrouw", "sir", "madam",
        "hr", "ict", "it", "ok", "ceo", "mt", "or", "pz",
    ]

    /// The distinct words in `fields` that may be names, as first written, in order of first appearance.
    ///
    /// Reads the free text (title, narrative, location, impact, actions, tags, the words of an approximate
    /// date), not the people and witnesses lists: those are names the melder chose to send or to hide.
    /// - Parameter pseudonymLabel: the word pseudonyms start with ("Person"); a pseudonym is not reported.
    public static func unreplaced(in fields: [EntryFields], pseudonymLabel: String) -> [String] {
        var seen = Set<String>()
        var words: [String] = []
        let label = Folding.fold(pseudonymLabel)
        for field in fields {
            var texts = [field.title, field.narrative] + [field.location, field.impact, field.actions].compactMap { $0 }
                + field.tags
            if case .approximate(let text, _)? = field.occurredAt { texts.append(text) }
            for text in texts {
                for word in candidates(in: text, label: label) where seen.insert(Folding.fold(word)).inserted {
                    words.append(word)
                }
            }
        }
        return words
    }

    /// The capitalised words of `text` outside sentence starts, pseudonyms and the common words.
    static func candidates(in text: String, label: String) -> [String] {
        var found: [String] = []
        var sentenceStart = true
        var afterLabel = false
        var index = text.startIndex
        while index < text.endIndex {
            guard Commitments.isWordCharacter(text[index]) else {
                if ".!?:\n".contains(text[index]) { sentenceStart = true }
                index = text.index(after: index)
                continue
            }
            let end = text[index...].firstIndex { !Commitments.isWordCharacter($0) } ?? text.endIndex
            let word = String(text[index..<end])
            let folded = Folding.fold(word)
            let isPseudonymLetter = afterLabel && word.allSatisfy { $0.isUppercase }
            afterLabel = folded == label
            if !sentenceStart, !afterLabel, !isPseudonymLetter, word.count >= 2, word.first!.isUppercase,
               !common.contains(folded) {
                found.append(word)
            }
            sentenceStart = false
            index = end
        }
        return found
    }
}
