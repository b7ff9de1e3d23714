// Outside text made visible: control characters and bidi overrides never pass through raw.
import Foundation
import MeldboekCore
import MeldboekText
import Testing

@Suite struct OutsideTextTests {
    @Test func controlAndBidiCharactersAreShownAsCodePoints() {
        #expect(OutsideText.line("a\u{1B}[31mb") == "a<U+001B>[31mb")
        #expect(OutsideText.line("\u{0}\u{7}\u{7F}\u{85}\u{9B}") == "<U+0000><U+0007><U+007F><U+0085><U+009B>")
        #expect(OutsideText.line("\u{202E}exe.txt\u{2066}\u{2069}\u{200F}\u{61C}")
                == "<U+202E>exe.txt<U+2066><U+2069><U+200F><U+061C>")
        #expect(OutsideText.line("een\ntwee\tdrie\r") == "een<U+000A>twee<U+0009>drie<U+000D>")
        #expect(OutsideText.lines("een\ntwee\tdrie\r\n") == "een\ntwee\tdrie<U+000D>\n")
        #expect(OutsideText.line("\u{2028}") == "<U+2028>")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["", "Vergadering", "José Álvarez", "e\u{301}", "日本語", "👩🏽‍⚖️", "<b>&amp;</b>", "ﷺ"] {
            #expect(OutsideText.line(text) == text)
            #expect(OutsideText.lines(text) == text)
        }
    }

    @Test func everyTextFieldIsEscaped() {
        let fields = EntryFields(
            title: "t\u{1B}", occurredAt: .approximate(text: "a\u{9B}", estimate: nil), narrative: "n\n\u{1B}",
            location: "l\u{202E}", people: [Person(name: "p\u{7}", role: .manager)], witnesses: ["w\u{0}"],
            impact: "i\u{1B}", actions: "a\u{1B}", tags: ["t\u{2066}"])
        let escaped = fields.visiblyEscaped
        let all = [escaped.title, escaped.narrative, escaped.location!, escaped.people[0].name, escaped.witnesses[0],
                   escaped.impact!, escaped.actions!, escaped.tags[0]]
        if case .approximate(let text, _) = escaped.occurredAt { #expect(text == "a<U+009B>") }
        for text in all {
            #expect(!text.unicodeScalars.contains { OutsideText.needsEscape($0) && $0 != "\n" }, "\(text)")
        }
        #expect(escaped.narrative == "n\n<U+001B>")
    }
}
