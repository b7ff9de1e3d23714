// A disclosure: what a revision or attachment reveals of its committed fields, enough for anyone
// to recompute its leaf hash without the seed (Docs/evidence.md, "Commitments").
import Foundation
import MeldboekCore
import MeldboekSodium

/// What to keep back when disclosing: whole fields, and names inside text shown only as pseudonyms.
public struct RedactionPlan: Equatable, Sendable {
    /// Fields shown only as their commitment (`location`, `person.0.name`, …).
    public var withheld: Set<String>
    /// Each phrase (a name, as written) hidden under its pseudonym wherever it stands, as whole tokens.
    public var pseudonyms: [String: String]

    public init(withheld: Set<String> = [], pseudonyms: [String: String] = [:]) {
        self.withheld = withheld
        self.pseudonyms = pseudonyms
    }

    /// The phrases as token lists, longest first, after checking the plan.
    ///
    /// - Throws: ``EvidenceFormatError/redactionPhraseInvalid(_:)`` for a phrase that does not begin
    ///   and end with a word (or an empty pseudonym), ``EvidenceFormatError/pseudonymAmbiguous(_:)``
    ///   for one pseudonym given to two phrases.
    func phrases() throws(EvidenceFormatError) -> [(tokens: [String], pseudonym: String)] {
        var seen: Set<String> = []
        var list: [(tokens: [String], pseudonym: String)] = []
        for (phrase, pseudonym) in pseudonyms.sorted(by: { $0.key < $1.key }) {
            let tokens = Commitments.tokens(phrase)
            guard let first = tokens.first?.first, let last = tokens.last?.last,
                  Commitments.isWordCharacter(first), Commitments.isWordCharacter(last),
                  !pseudonym.isEmpty else { throw .redactionPhraseInvalid(phrase) }
            guard seen.insert(pseudonym).inserted else { throw .pseudonymAmbiguous(pseudonym) }
            list.append((tokens, pseudonym))
        }
        return list.sorted { $0.tokens.count > $1.tokens.count }
    }
}

/// One disclosed token of a text field: shown with its salt, or hidden as its digest under a pseudonym.
public enum DisclosedToken: Equatable, Sendable {
    case revealed(text: String, salt: [UInt8])
    case hidden(digest: [UInt8], pseudonym: String)
}

/// One field of a disclosure.
public enum DisclosedField: Equatable, Sendable {
    /// A scalar field's value (its salt is in ``Disclosure/fieldSalts``).
    case value(name: String, value: String)
    /// A text field, token by token (its salt is in ``Disclosure/fieldSalts``).
    case tokens(name: String, tokens: [DisclosedToken])
    /// A withheld field: only its commitment.
    case commitment(name: String, commitment: [UInt8])

    public var name: String {
        switch self {
        case .value(let name, _), .tokens(let name, _), .commitment(let name, _): name
        }
    }
}

/// A revision's or attachment's disclosure: every field, in order, and the salts of those disclosed.
/// Never holds the seed, which would open every withheld field's salt.
public struct Disclosure: Equatable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case revision
        case attachment

        var domain: String { self == .revision ? EvidenceDomain.revision : EvidenceDomain.attachment }
    }

    public var kind: Kind
    public var fields: [DisclosedField]
    /// Field name to salt, for every field that is not withheld.
    public var fieldSalts: [String: [UInt8]]

    public init(kind: Kind, fields: [DisclosedField], fieldSalts: [String: [UInt8]]) {
        self.kind = kind
        self.fields = fields
        self.fieldSalts = fieldSalts
    }

    /// The disclosure of committed fields under a plan.
    ///
    /// - Throws: what ``RedactionPlan`` checking throws.
    public init(kind: Kind, committed: [Commitments.CommittedField], plan: RedactionPlan) throws(EvidenceFormatError) {
        let phrases = try plan.phrases()
        var fields: [DisclosedField] = []
        var salts: [String: [UInt8]] = [:]
        for field in committed {
            if plan.withheld.contains(field.name) {
                fields.append(.commitment(name: field.name, commitment: field.commitment))
                continue
            }
            salts[field.name] = field.salt
            switch field.value {
            case .scalar(let value):
                fields.append(.value(name: field.name, value: value))
            case .text:
                var tokens: [DisclosedToken] = []
                var index = 0
                let texts = field.tokens.map(\.text)
                while index < field.tokens.count {
                    if let match = phrases.first(where: { phrase in
                        index + phrase.tokens.count <= texts.count
                            && Array(texts[index..<(index + phrase.tokens.count)]) == phrase.tokens
                    }) {
                        for token in field.tokens[index..<(index + match.tokens.count)] {
                            tokens.append(.hidden(digest: token.digest, pseudonym: match.pseudonym))
                        }
                        index += match.tokens.count
                    } else {
                        tokens.append(.revealed(text: field.tokens[index].text, salt: field.tokens[index].salt))
                        index += 1
                    }
                }
                fields.append(.tokens(name: field.name, tokens: tokens))
            }
        }
        self.init(kind: kind, fields: fields, fieldSalts: salts)
    }

    /// A revision's disclosure.
    public static func revision(
        entry: EntryID, revision: Revision, seed: [UInt8], nameKey: [UInt8], plan: RedactionPlan = RedactionPlan()
    ) throws(EvidenceFormatError) -> Disclosure {
        let fields = Commitments.commit(Commitments.revisionFields(entry: entry, revision: revision), seed: seed, nameKey: nameKey)
        return try Disclosure(kind: .revision, committed: fields, plan: plan)
    }

    /// An attachment's disclosure.
    public static func attachment(
        entry: EntryID, attachment: AttachmentInfo, seed: [UInt8], nameKey: [UInt8], plan: RedactionPlan = RedactionPlan()
    ) throws(EvidenceFormatError) -> Disclosure {
        let fields = Commitments.commit(Commitments.attachmentFields(entry: entry, attachment: attachment), seed: seed, nameKey: nameKey)
        return try Disclosure(kind: .attachment, committed: fields, plan: plan)
    }

    /// What checking a disclosure gives: its leaf, what it shows, and its pseudonyms.
    public struct Verified: Equatable, Sendable {
        public var leafData: [UInt8]
        /// RFC 9162 leaf hash of ``leafData``: what an inclusion proof proves.
        public var leafHash: [UInt8]
        /// Every field in order, with its shown value (pseudonyms in place of hidden names), nil when withheld.
        public var values: [Field]
        /// Each run of hidden tokens: its pseudonym and the digests it stands for.
        public var pseudonymRuns: [PseudonymRun]

        public struct Field: Equatable, Sendable {
            public var name: String
            public var value: String?
        }

        public struct PseudonymRun: Equatable, Sendable {
            public var pseudonym: String
            public var digests: [[UInt8]]
        }

        /// The shown value of the field named `name`; nil when withheld or absent.
        public func value(_ name: String) -> String? {
            values.first { $0.name == name }?.value ?? nil
        }
    }

    /// Recomputes every commitment, the leaf data and the leaf hash, renders the shown values, and
    /// checks the pseudonyms within this disclosure.
    ///
    /// - Throws: ``EvidenceFormatError/disclosureMalformed`` for a field named twice, a name with a
    ///   NUL or control character, a salt or commitment that is not 32 bytes, or salts that are not
    ///   exactly those of the disclosed fields; ``EvidenceFormatError/pseudonymAmbiguous(_:)``.
    public func verify() throws(EvidenceFormatError) -> Verified {
        var names: Set<String> = []
        var commitments: [(name: String, commitment: [UInt8])] = []
        var values: [Verified.Field] = []
        var runs: [Verified.PseudonymRun] = []
        for field in fields {
            let name = field.name
            guard Self.isValidFieldName(name), names.insert(name).inserted else { throw .disclosureMalformed }
            switch field {
            case .commitment(_, let commitment):
                guard commitment.count == Commitments.byteCount, fieldSalts[name] == nil else { throw .disclosureMalformed }
                commitments.append((name, commitment))
                values.append(.init(name: name, value: nil))
            case .value(_, let value):
                guard let salt = fieldSalts[name], salt.count == Commitments.byteCount else { throw .disclosureMalformed }
                commitments.append((name, Commitments.scalarCommitment(name: name, salt: salt, value: value)))
                values.append(.init(name: name, value: value))
            case .tokens(_, let tokens):
                guard let salt = fieldSalts[name], salt.count == Commitments.byteCount else { throw .disclosureMalformed }
                var digests: [[UInt8]] = []
                var shown = ""
                var run: Verified.PseudonymRun?
                for token in tokens {
                    switch token {
                    case .revealed(let text, let tokenSalt):
                        guard tokenSalt.count == Commitments.byteCount, !text.isEmpty else { throw .disclosureMalformed }
                        digests.append(Commitments.tokenDigest(salt: tokenSalt, token: text))
                        if let finished = run { runs.append(finished); run = nil }
                        shown += text
                    case .hidden(let digest, let pseudonym):
                        guard digest.count == Commitments.byteCount, !pseudonym.isEmpty else { throw .disclosureMalformed }
                        digests.append(digest)
                        if run?.pseudonym == pseudonym {
                            run!.digests.append(digest)
                        } else {
                            if let finished = run { runs.append(finished) }
                            run = .init(pseudonym: pseudonym, digests: [digest])
                            shown += pseudonym
                        }
                    }
                }
                if let finished = run { runs.append(finished) }
                commitments.append((name, Commitments.textCommitment(name: name, salt: salt, digests: digests)))
                values.append(.init(name: name, value: shown))
            }
        }
        guard Set(fieldSalts.keys).isSubset(of: names) else { throw .disclosureMalformed }
        try Self.checkPseudonyms(runs)
        let leafData = Commitments.leafData(domain: kind.domain, fields: commitments)
        return Verified(leafData: leafData, leafHash: MerkleTree.leafHash(leafData), values: values, pseudonymRuns: runs)
    }

    /// Checks pseudonyms across disclosures (all those of one bundle or folder): one pseudonym
    /// always stands for the same hidden tokens, and the same hidden tokens never stand under two.
    ///
    /// - Throws: ``EvidenceFormatError/pseudonymAmbiguous(_:)`` naming the pseudonym.
    public static func checkPseudonyms(_ runs: [Verified.PseudonymRun]) throws(EvidenceFormatError) {
        var byPseudonym: [String: [[UInt8]]] = [:]
        var byDigests: [[[UInt8]]: String] = [:]
        for run in runs {
            if let known = byPseudonym[run.pseudonym], known != run.digests { throw .pseudonymAmbiguous(run.pseudonym) }
            if let known = byDigests[run.digests], known != run.pseudonym { throw .pseudonymAmbiguous(run.pseudonym) }
            byPseudonym[run.pseudonym] = run.digests
            byDigests[run.digests] = run.pseudonym
        }
    }

    /// A field name: non-empty, no control characters (so `name ‖ 0x00` can't be read two ways).
    static func isValidFieldName(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0.value < 0x20 }
    }
}
