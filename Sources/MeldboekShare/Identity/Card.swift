// Public cards: one line with someone's age recipient and minisign key.
import Foundation
import MeldboekCore

/// Someone's public keys as one line of text, safe to paste into a mail or chat:
/// `meldboek-card:1:<age recipient>:<minisign public key>`.
public struct Card: Equatable, Sendable {
    static let prefix = "meldboek-card:1:"

    /// Where bundles for this person are encrypted to.
    public let ageRecipient: AgeRecipient
    /// What this person's bundles and receipts are signed with.
    public let minisignPublicKey: MinisignPublicKey

    public init(ageRecipient: AgeRecipient, minisignPublicKey: MinisignPublicKey) {
        self.ageRecipient = ageRecipient
        self.minisignPublicKey = minisignPublicKey
    }

    /// Reads a card, ignoring surrounding white space.
    /// - Throws: ``ShareError/malformedCard`` when a key doesn't parse, ``ShareError/cardKeyUnusable``
    ///   when the age key is all zeros or another low-order point.
    public init(_ text: String) throws {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix(Self.prefix) else { throw ShareError.malformedCard }
        let parts = line.dropFirst(Self.prefix.count).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let recipient = try? AgeRecipient(string: String(parts[0])),
              let key = try? MinisignPublicKey(base64: String(parts[1]))
        else { throw ShareError.malformedCard }
        guard recipient.isUsable else { throw ShareError.cardKeyUnusable }
        self.init(ageRecipient: recipient, minisignPublicKey: key)
    }

    /// Reads a card as people paste it from a mail or chat: broken over lines or with spaces in it,
    /// with comment lines (`#`) and a fingerprint line ("Fingerprint: …" or "Vingerafdruk: …") around it.
    /// A fingerprint line that doesn't belong to the card is refused: a typo, or someone else's card.
    ///
    /// - Throws: What ``init(_:)`` throws, and ``ShareError/cardFingerprintMismatch`` for a fingerprint
    ///   that is not this card's.
    public init(pasted text: String) throws {
        var card = ""
        var fingerprint: String?
        for line in text.split(whereSeparator: \.isNewline) {
            let line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let colon = line.firstIndex(of: ":"),
               ["fingerprint", "vingerafdruk"].contains(line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()) {
                fingerprint = String(line[line.index(after: colon)...].filter { !$0.isWhitespace })
                continue
            }
            card += line.filter { !$0.isWhitespace }
        }
        try self.init(card)
        if let fingerprint, fingerprint.uppercased() != self.fingerprint.filter({ !$0.isWhitespace }).uppercased() {
            throw ShareError.cardFingerprintMismatch
        }
    }

    /// The one-line card.
    public var text: String { Self.prefix + ageRecipient.string + ":" + minisignPublicKey.base64 }

    /// The fingerprint to compare out of band.
    public var fingerprint: String {
        Fingerprint.of(ageRecipient: ageRecipient.publicKey, signingKey: minisignPublicKey.keyID + minisignPublicKey.key)
    }
}

/// A card as JSON: for `identity --json` and `adviser card --json`.
public struct CardDocument: Encodable, Sendable {
    public var card: String
    public var ageRecipient: String
    public var minisignPublicKey: String
    public var fingerprint: String

    public init(_ card: Card) {
        self.card = card.text
        ageRecipient = card.ageRecipient.string
        minisignPublicKey = card.minisignPublicKey.base64
        fingerprint = card.fingerprint
    }
}

extension VaultIdentity {
    /// This vault owner's public card.
    public var card: Card {
        get throws {
            Card(ageRecipient: try AgeRecipient(publicKey: agreementKey.publicKey),
                 minisignPublicKey: try MinisignPublicKey(keyID: keyID, key: signingKey.publicKey))
        }
    }

    /// The age identity that opens bundles sent to this vault.
    public var ageIdentity: AgeIdentity { AgeIdentity(privateKey: agreementKey) }

    /// Signs in minisign's format with this vault's key.
    public var signer: MinisignSigner { MinisignSigner(signingKey: signingKey, keyID: keyID) }
}

extension Localized {
    /// A card pasted with someone else's fingerprint, or a mistyped one.
    public static var cardFingerprintMismatch: Localized {
        Localized(en: "The fingerprint pasted with the card is not this card's; nothing was added.",
                  nl: "De vingerafdruk bij de kaart hoort niet bij deze kaart; er is niets toegevoegd.")
    }

    /// What to do about it.
    public static var cardFingerprintMismatchHint: Localized {
        Localized(en: "Ask the sender for their card and fingerprint again, by another way than the first time.",
                  nl: "Vraag de afzender opnieuw om de kaart en de vingerafdruk, via een andere weg dan de eerste keer.")
    }
}
