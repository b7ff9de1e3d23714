// Commitments and disclosures: the tokenizer, the fixed hashing, round trips through JSON, and
// every kind of tampering with a disclosure changing its leaf or being refused.
import Foundation
import MeldboekCore
import MeldboekSodium
import Testing
@testable import MeldboekEvidence

@Suite struct CommitmentTests {
    static let seed = [UInt8](repeating: 0x11, count: 32)
    static let nameKey = [UInt8](repeating: 0x22, count: 32)
    static let entry = EntryID(uuid: UUID(uuidString: "01890A5D-AC96-774B-BCCE-B302099A8057")!)
    static let revision = Revision(
        number: 2, recordedAt: Date(timeIntervalSince1970: 1_733_000_000.123),
        fields: EntryFields(
            title: "Vergadering met Jan de Vries", occurredAt: .day(year: 2025, month: 3, day: 4),
            narrative: "Jan de Vries schreeuwde tegen me. Daarna zei Piet: \"laat maar\".\nJan de Vries liep weg.",
            location: "Kamer 4.12", people: [Person(name: "Jan de Vries", role: .manager)],
            witnesses: ["Piet"], categories: [.aggression, .bullying], impact: nil, actions: "Gemeld", tags: ["team"]))

    static let plan = RedactionPlan(withheld: ["location"], pseudonyms: ["Jan de Vries": "Persoon A", "Piet": "Persoon B"])

    @Test func tokensAreMaximalRunsThatJoinToTheText() {
        #expect(Commitments.tokens("Jan de Vries, 2x!") == ["Jan", " ", "de", " ", "Vries", ", ", "2x", "!"])
        #expect(Commitments.tokens("") == [])
        #expect(Commitments.tokens("  ") == ["  "])
        #expect(Commitments.tokens("e\u{301}mile's café") == ["e\u{301}mile", "'", "s", " ", "café"])
        for text in ["Zoë zei: \"nee\" 👍🏽 om 9:30\n", "日本語 テキスト", "a\r\nb", "\u{301}x"] {
            #expect(Commitments.tokens(text).joined() == text)
        }
    }

    @Test func tokenSaltsIgnoreNormalisationButDigestsBindTheBytes() {
        let composed = "Zo\u{EB}", decomposed = "Zoe\u{308}"
        #expect(Commitments.tokenSalt(nameKey: Self.nameKey, token: composed)
            == Commitments.tokenSalt(nameKey: Self.nameKey, token: decomposed))
        let salt = Commitments.tokenSalt(nameKey: Self.nameKey, token: composed)
        #expect(Commitments.tokenDigest(salt: salt, token: composed) != Commitments.tokenDigest(salt: salt, token: decomposed))
    }

    @Test func theHashesAreTheOnesTheDesignFixes() throws {
        // Written out byte by byte, independently of Commitments' own helpers.
        let salt = BLAKE2b.hash(Array("field:title".utf8), outputByteCount: 32, key: Self.seed)
        #expect(Commitments.fieldSalt(seed: Self.seed, name: "title") == salt)
        #expect(Commitments.scalarCommitment(name: "revision", salt: salt, value: "2")
            == SHA256.hash(Array("meldboek/v1/field\0revision\0".utf8) + salt + Array("2".utf8)))
        let d = SHA256.hash(Array("meldboek/v1/token\0".utf8) + salt + Array("Jan".utf8))
        #expect(Commitments.tokenDigest(salt: salt, token: "Jan") == d)
        #expect(Commitments.textCommitment(name: "title", salt: salt, digests: [d, d])
            == SHA256.hash(Array("meldboek/v1/text\0title\0".utf8) + salt + d + d))
        #expect(Commitments.leafData(domain: EvidenceDomain.revision, fields: [("a", d), ("b", salt)])
            == SHA256.hash(Array("meldboek/v1/revision\0a\0".utf8) + d + Array("b\0".utf8) + salt))
        #expect(Commitments.blindedLeafData(blindKey: Self.nameKey, seq: 258, recordID: [9, 9])
            == BLAKE2b.hash([0, 0, 0, 0, 0, 0, 1, 2, 9, 9], outputByteCount: 32, key: Self.nameKey))
    }

    @Test func aRevisionHasItsFieldsInTheDesignedOrder() {
        let fields = Commitments.revisionFields(entry: Self.entry, revision: Self.revision)
        #expect(fields.map(\.name) == ["entry", "revision", "recordedAt", "title", "occurredAt", "narrative", "location",
                                       "person.0.name", "person.0.role", "witness.0", "categories", "impact", "actions", "tag.0"])
        #expect(fields[0].value == .scalar("01890a5d-ac96-774b-bcce-b302099a8057"))
        #expect(fields[2].value == .scalar("1733000000123"))
        #expect(fields[4].value == .scalar(#"{"kind":"day","value":"2025-03-04"}"#))
        #expect(fields[10].value == .scalar("aggression,bullying"))
        #expect(fields[11].value == .text(""))
    }

    @Test func aFullDisclosureVerifiesToTheCommittedLeafAndShowsEveryValue() throws {
        let leaf = Commitments.revisionLeafData(entry: Self.entry, revision: Self.revision, seed: Self.seed, nameKey: Self.nameKey)
        let disclosure = try Disclosure.revision(entry: Self.entry, revision: Self.revision, seed: Self.seed, nameKey: Self.nameKey)
        let verified = try disclosure.verify()
        #expect(verified.leafData == leaf)
        #expect(verified.leafHash == MerkleTree.leafHash(leaf))
        #expect(verified.value("narrative") == Self.revision.fields.narrative)
        #expect(verified.value("location") == "Kamer 4.12")
        #expect(verified.pseudonymRuns.isEmpty)
    }

    @Test func aRedactedDisclosureVerifiesToTheSameLeafWithPseudonyms() throws {
        let leaf = Commitments.revisionLeafData(entry: Self.entry, revision: Self.revision, seed: Self.seed, nameKey: Self.nameKey)
        let disclosure = try Disclosure.revision(
            entry: Self.entry, revision: Self.revision, seed: Self.seed, nameKey: Self.nameKey, plan: Self.plan)
        let reread = try Disclosure(json: disclosure.json())
        #expect(reread == disclosure)
        let verified = try reread.verify()
        #expect(verified.leafData == leaf)
        #expect(verified.value("title") == "Vergadering met Persoon A")
        #expect(verified.value("narrative") == "Persoon A schreeuwde tegen me. Daarna zei Persoon B: \"laat maar\".\nPersoon A liep weg.")
        #expect(verified.value("person.0.name") == "Persoon A")
        #expect(verified.value("witness.0") == "Persoon B")
        #expect(verified.value("location") == nil)
        #expect(verified.values.first { $0.name == "location" } != nil)
        // Nothing of the hidden names, and no seed, is in the JSON.
        let json = String(decoding: reread.json(), as: UTF8.self)
        #expect(!json.contains("Jan") && !json.contains("Vries") && !json.contains("Piet") && !json.contains("Kamer"))
        #expect(!json.contains(Encoding.hex(Self.seed)))
        #expect(verified.pseudonymRuns.filter { $0.pseudonym == "Persoon A" }.count == 4)
    }

    /// The disclosure redacted with the plan, and its verified leaf.
    static func redacted() throws -> (Disclosure, [UInt8]) {
        let disclosure = try Disclosure.revision(
            entry: entry, revision: revision, seed: seed, nameKey: nameKey, plan: plan)
        return (disclosure, try disclosure.verify().leafHash)
    }

    static func index(_ disclosure: Disclosure, _ name: String) -> Int {
        disclosure.fields.firstIndex { $0.name == name }!
    }

    @Test func noChangeToADisclosureKeepsItsLeaf() throws {
        let (original, leaf) = try Self.redacted()
        var tampered: [(String, Disclosure)] = []

        var value = original
        value.fields[Self.index(value, "revision")] = .value(name: "revision", value: "1")
        tampered.append(("changed value", value))

        var salt = original
        salt.fieldSalts["revision"]![0] ^= 1
        tampered.append(("changed field salt", salt))

        var text = original
        guard case .tokens(let name, var tokens) = text.fields[Self.index(text, "narrative")],
              let position = tokens.firstIndex(where: { if case .revealed(let t, _) = $0 { t == "schreeuwde" } else { false } }),
              case .revealed(_, let tokenSalt) = tokens[position] else { Issue.record("no token"); return }
        tokens[position] = .revealed(text: "fluisterde", salt: tokenSalt)
        text.fields[Self.index(text, "narrative")] = .tokens(name: name, tokens: tokens)
        tampered.append(("changed token", text))

        var swapped = original
        guard case .tokens(let n, var ts) = swapped.fields[Self.index(swapped, "narrative")] else { return }
        ts.swapAt(0, 2)
        swapped.fields[Self.index(swapped, "narrative")] = .tokens(name: n, tokens: ts)
        tampered.append(("swapped tokens", swapped))

        var withheld = original
        guard case .commitment(let wname, var commitment) = withheld.fields[Self.index(withheld, "location")] else { return }
        commitment[5] ^= 0x40
        withheld.fields[Self.index(withheld, "location")] = .commitment(name: wname, commitment: commitment)
        tampered.append(("withheld field's commitment changed", withheld))

        var renamed = original
        renamed.fields[Self.index(renamed, "revision")] = .value(name: "revisie", value: "2")
        renamed.fieldSalts["revisie"] = renamed.fieldSalts.removeValue(forKey: "revision")
        tampered.append(("renamed field", renamed))

        var dropped = original
        dropped.fields.remove(at: Self.index(dropped, "tag.0"))
        dropped.fieldSalts["tag.0"] = nil
        tampered.append(("dropped field", dropped))

        var kind = original
        kind.kind = .attachment
        tampered.append(("other kind", kind))

        for (label, disclosure) in tampered {
            // Refused outright, or verified to another leaf, which no inclusion proof will take.
            let verified = try? disclosure.verify()
            #expect(verified?.leafHash != leaf, "\(label)")
        }
    }

    @Test func aPseudonymStandsForOneNameAcrossDisclosures() throws {
        let (original, _) = try Self.redacted()
        // A second revision of another entry where "Piet" is (wrongly) under Persoon A.
        let other = Revision(number: 1, recordedAt: Date(timeIntervalSince1970: 1_733_100_000),
                             fields: EntryFields(title: "Piet", narrative: "Piet weer."))
        let honest = try Disclosure.revision(entry: Self.entry, revision: other, seed: Self.seed, nameKey: Self.nameKey, plan: Self.plan)
        let lying = try Disclosure.revision(
            entry: Self.entry, revision: other, seed: Self.seed, nameKey: Self.nameKey,
            plan: RedactionPlan(pseudonyms: ["Piet": "Persoon A"]))
        let runs = try original.verify().pseudonymRuns
        try Disclosure.checkPseudonyms(runs + honest.verify().pseudonymRuns)
        #expect(throws: EvidenceFormatError.pseudonymAmbiguous("Persoon A")) {
            try Disclosure.checkPseudonyms(runs + lying.verify().pseudonymRuns)
        }
        // Within one disclosure: the same hidden token under two pseudonyms.
        var twice = original
        guard case .tokens(let name, var tokens) = twice.fields[Self.index(twice, "witness.0")],
              case .hidden(let digest, _) = tokens[0] else { Issue.record("no hidden token"); return }
        tokens[0] = .hidden(digest: digest, pseudonym: "Persoon C")
        twice.fields[Self.index(twice, "witness.0")] = .tokens(name: name, tokens: tokens)
        #expect(throws: EvidenceFormatError.pseudonymAmbiguous("Persoon C")) { try twice.verify() }
        // One pseudonym for two phrases in a plan is refused before anything is disclosed.
        #expect(throws: EvidenceFormatError.pseudonymAmbiguous("Persoon A")) {
            try Disclosure.revision(entry: Self.entry, revision: other, seed: Self.seed, nameKey: Self.nameKey,
                                    plan: RedactionPlan(pseudonyms: ["Piet": "Persoon A", "Jan": "Persoon A"]))
        }
        #expect(throws: EvidenceFormatError.redactionPhraseInvalid(" Piet")) {
            try Disclosure.revision(entry: Self.entry, revision: other, seed: Self.seed, nameKey: Self.nameKey,
                                    plan: RedactionPlan(pseudonyms: [" Piet": "Persoon A"]))
        }
    }

    @Test func malformedDisclosuresAreRefused() throws {
        let (original, _) = try Self.redacted()
        let json = String(decoding: original.json(), as: UTF8.self)
        let salt = Encoding.hex(original.fieldSalts["revision"]!)
        for bad in [
            json.replacingOccurrences(of: "\"kind\" : \"revision\"", with: "\"kind\" : \"deletion\""),
            json.replacingOccurrences(of: "\"kind\" : \"revision\"", with: "\"kind\" : \"revision\", \"seed\" : \"00\""),
            json.replacingOccurrences(of: "\"kind\" : \"revision\"", with: "\"kind\" : \"revision\", \"kind\" : \"revision\""),
            json.replacingOccurrences(of: salt, with: salt.uppercased()),
            json.replacingOccurrences(of: salt, with: String(salt.dropLast(2))),
            json.replacingOccurrences(of: "\"value\" : \"2\"", with: "\"value\" : \"2\", \"commitment\" : \"\(salt)\""),
            "[]", "",
        ] {
            #expect(throws: EvidenceFormatError.disclosureMalformed, "\(bad.prefix(80))") { try Disclosure(json: Data(bad.utf8)) }
        }
        // Structure that decodes but breaks the rules: a withheld field with a salt, a field twice.
        var saltedWithheld = original
        saltedWithheld.fieldSalts["location"] = Self.seed
        #expect(throws: EvidenceFormatError.disclosureMalformed) { try saltedWithheld.verify() }
        var doubled = original
        doubled.fields.append(doubled.fields[0])
        #expect(throws: EvidenceFormatError.disclosureMalformed) { try doubled.verify() }
        var unsalted = original
        unsalted.fieldSalts["title"] = nil
        #expect(throws: EvidenceFormatError.disclosureMalformed) { try unsalted.verify() }
    }
}
