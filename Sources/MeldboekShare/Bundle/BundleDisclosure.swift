// Making a revision's disclosure for a version 2 bundle: every field opened, redacted by tokens, or withheld.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium

/// Builds disclosures from a revision's secret seed, with the redactor choosing which names to hide.
///
/// The seed never leaves: a disclosure carries each shown field's salt (derived from the seed per field) and each
/// shown token's salt (derived from the journal's token key per token), so a withheld field stays closed.
struct DisclosureMaker {
    let redactor: Redactor
    /// `k("meldboek/v1/token-salt")` of the melder's journal.
    let tokenKey: SymmetricKey

    /// The disclosure of one revision and the fields exactly as it renders them.
    func disclose(entry: String, revision: Revision, seed: SecureBytes) throws -> (Disclosure, EntryFields) {
        let committed = BundleProof.committedFields(
            entry: entry, number: revision.number, recordedAt: revision.recordedAt, fields: revision.fields)
        let seedKey = try SymmetricKey(seed)
        var fields: [Disclosure.Field] = []
        var salts: [String: String] = [:]
        for (name, value) in committed {
            let salt = seedKey.keyedHash(Array(("field:" + name).utf8))
            switch value {
            case .scalar(let text):
                if withheld(name, revision: revision) {
                    let commitment = SHA256.hash(
                        Array(EvidenceDomain.field.utf8) + [0] + Array(name.utf8) + [0] + salt + Array(text.utf8))
                    fields.append(Disclosure.Field(name: name, commitment: Encoding.hex(commitment)))
                } else {
                    fields.append(Disclosure.Field(name: name, value: text))
                    salts[name] = Encoding.hex(salt)
                }
            case .text(let text):
                let tokens = Tokenizer.tokens(text)
                var input = Array(EvidenceDomain.text.utf8) + [0] + Array(name.utf8) + [0] + salt
                var digests: [[UInt8]] = []
                var tokenSalts: [[UInt8]] = []
                for token in tokens {
                    let tokenSalt = tokenKey.keyedHash(Array(token.precomposedStringWithCanonicalMapping.utf8))
                    let digest = SHA256.hash(Array(EvidenceDomain.token.utf8) + [0] + tokenSalt + Array(token.utf8))
                    digests.append(digest)
                    tokenSalts.append(tokenSalt)
                    input += digest
                }
                if withheld(name, revision: revision) {
                    fields.append(Disclosure.Field(name: name, commitment: Encoding.hex(SHA256.hash(input))))
                    continue
                }
                let hidden = hiddenTokens(name, tokens: tokens, text: text, revision: revision)
                fields.append(Disclosure.Field(name: name, tokens: tokens.indices.map { index in
                    if let pseudonym = hidden[index] {
                        Disclosure.Token(digest: Encoding.hex(digests[index]), pseudonym: pseudonym)
                    } else {
                        Disclosure.Token(text: tokens[index], salt: Encoding.hex(tokenSalts[index]))
                    }
                }))
                salts[name] = Encoding.hex(salt)
            }
        }
        let disclosure = Disclosure(kind: "revision", fields: fields, fieldSalts: salts)
        return (disclosure, shown(disclosure, revision: revision))
    }

    /// A field left out whole: the place when `location` is redacted; a date whose own words name someone.
    private func withheld(_ name: String, revision: Revision) -> Bool {
        if name == "location" { return redactor.redactions.contains(.location) }
        if name == "occurredAt", case .approximate(let text, _)? = revision.fields.occurredAt {
            // A scalar can't be redacted in part; an approximate date naming someone is withheld whole.
            return !redactor.names(in: text).isEmpty
        }
        return false
    }

    /// Which tokens a pseudonym hides: all of a redacted person's or witness's name, and names inside free text.
    private func hiddenTokens(_ name: String, tokens: [String], text: String, revision: Revision) -> [String?] {
        if name.hasPrefix("person."), name.hasSuffix(".name"), redactor.redactions.contains(.people) {
            return tokens.map { _ in redactor.pseudonym(text) }
        }
        if name.hasPrefix("witness."), redactor.redactions.contains(.witnesses) {
            return tokens.map { _ in redactor.pseudonym(text) }
        }
        return redactor.hiddenTokens(tokens, of: text)
    }

    /// The revision's fields as the disclosure renders them: what the bundle shows and the importer compares.
    private func shown(_ disclosure: Disclosure, revision: Revision) -> EntryFields {
        var book = PseudonymBook()
        let rendered = (try? BundleProof.open(disclosure, entry: "", revision: revision.number, pseudonyms: &book))?
            .rendered ?? []
        func value(_ name: String) -> String? { rendered.first { $0.name == name }?.value }
        var fields = revision.fields
        fields.title = value("title") ?? ""
        fields.narrative = value("narrative") ?? ""
        fields.location = value("location").flatMap { $0.isEmpty ? nil : $0 }
        if value("occurredAt") == nil { fields.occurredAt = nil }
        fields.people = revision.fields.people.indices.map {
            Person(name: value("person.\($0).name") ?? "", role: revision.fields.people[$0].role)
        }
        fields.witnesses = revision.fields.witnesses.indices.map { value("witness.\($0)") ?? "" }
        fields.impact = revision.fields.impact == nil ? nil : value("impact")
        fields.actions = revision.fields.actions == nil ? nil : value("actions")
        fields.tags = revision.fields.tags.indices.map { value("tag.\($0)") ?? "" }
        return fields
    }
}

/// Splits text into the tokens its commitment is made over: maximal runs of word characters (letters, marks,
/// digits) and maximal runs of everything else, on characters, so the tokens concatenate to the text exactly.
enum Tokenizer {
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsWord = false
        for character in text {
            let isWord = isWordCharacter(character)
            if !current.isEmpty, isWord != currentIsWord {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsWord = isWord
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        let properties = first.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            || properties.generalCategory == .enclosingMark
    }
}

extension Disclosure.Field {
    init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    init(name: String, commitment: String) {
        self.name = name
        self.commitment = commitment
    }

    init(name: String, tokens: [Disclosure.Token]) {
        self.name = name
        self.tokens = tokens
    }
}
