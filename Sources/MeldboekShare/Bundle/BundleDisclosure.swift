// Making a revision's disclosure for a version 2 bundle: every field opened, redacted by tokens, or withheld.
import Foundation
import MeldboekCore
import MeldboekEvidence

/// Builds the disclosures of one bundle from the revisions' secret seeds, under one redaction plan.
///
/// The seed never leaves: a disclosure carries each shown field's salt (derived from the seed per field) and each
/// shown token's salt (derived from the journal's name key per token), so a withheld field stays closed.
struct DisclosureMaker {
    let redactor: Redactor
    /// `k("meldboek/v1/token-salt")` of the melder's journal.
    let nameKey: [UInt8]
    /// Each name as written, with its pseudonym, for the whole bundle.
    let phrases: [String: String]

    init(redactor: Redactor, nameKey: [UInt8], entries: [Entry]) {
        self.redactor = redactor
        self.nameKey = nameKey
        var texts: [String] = []
        for entry in entries {
            for revision in entry.revisions {
                for (_, value) in Commitments.revisionFields(entry: entry.id, revision: revision) {
                    if case .text(let text) = value { texts.append(text) }
                }
            }
        }
        phrases = redactor.phrases(in: texts)
    }

    /// The disclosure of one revision and the fields exactly as it renders them.
    func disclose(entry: EntryID, revision: Revision, seed: [UInt8]) throws -> (Disclosure, EntryFields) {
        var plan = RedactionPlan(withheld: [], pseudonyms: phrases)
        if redactor.redactions.contains(.location) { plan.withheld.insert("location") }
        if case .approximate(let text, _)? = revision.fields.occurredAt, !redactor.names(in: text).isEmpty {
            // A date is committed as one value and can't be redacted in part: one that names someone is withheld.
            plan.withheld.insert("occurredAt")
        }
        let disclosure = try Disclosure.revision(entry: entry, revision: revision, seed: seed, nameKey: nameKey, plan: plan)
        let verified = try disclosure.verify()
        return (disclosure, Self.shown(verified, revision: revision))
    }

    /// The revision's fields as the disclosure renders them: what the bundle shows and the importer compares.
    static func shown(_ verified: Disclosure.Verified, revision: Revision) -> EntryFields {
        let original = revision.fields
        func value(_ name: String) -> String { verified.value(name) ?? "" }
        var fields = original
        fields.title = value("title")
        fields.narrative = value("narrative")
        fields.location = value("location").isEmpty ? nil : value("location")
        if verified.value("occurredAt") == nil { fields.occurredAt = nil }
        fields.people = original.people.indices.map {
            Person(name: value("person.\($0).name"), role: original.people[$0].role,
                   roleWords: original.people[$0].roleWords == nil ? nil : value("person.\($0).roleWords"))
        }
        fields.witnesses = original.witnesses.indices.map { value("witness.\($0)") }
        fields.impact = original.impact == nil ? nil : value("impact")
        fields.actions = original.actions == nil ? nil : value("actions")
        fields.tags = original.tags.indices.map { value("tag.\($0)") }
        return fields
    }
}
