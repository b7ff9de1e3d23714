// FuzzCard: contact cards (`meldboek-card:1:age1...:RW...`), as pasted by a user or read from a bundle.
import Foundation
import MeldboekShare

/// Reads the input as a card and as an age recipient; a card that parses must print back
/// to one that parses the same.
public enum CardHarness {
    /// The card, if the input is one.
    public static func run(_ bytes: [UInt8]) -> Card? {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? AgeRecipient(string: text)
        guard let card = try? Card(text) else { return nil }
        precondition((try? Card(card.text)) == card, "a parsed card does not round-trip")
        return card
    }
}
