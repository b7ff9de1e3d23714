// FuzzSignedNote: the evidence formats read from outside: signed notes (checkpoints with
// cosignatures), tlog-proof files, verifier keys and disclosures.
import Foundation
import MeldboekEvidence
import MeldboekSodium

/// Reads the input as a signed note, a checkpoint, a tlog-proof, a verifier key and a disclosure,
/// and checks what parses against the seed corpus's keys.
public struct SignedNoteHarness: Sendable {
    /// The keys of the seeds (Tests/FuzzCorpus/FuzzSignedNote), so seeded notes reach verification.
    let journal: NoteVerifier
    let adviser: NoteVerifier

    public init() throws {
        journal = try NoteVerifier(verifierKey: Self.journalKey)
        adviser = try NoteVerifier(verifierKey: Self.adviserKey)
    }

    /// The verifier keys of the seeds' signers (seeds 0x31… and 0x32…, as in EvidenceFolderTests).
    public static let journalKey = "meldboek.journal/0123456789abcdef0123456789abcdef+b5e88e2f+AUgHWll+choVbi4Hmd5cwMUyTcbn6vHN1GJQho7FMhXd"
    public static let adviserKey = "meldboek.adviser/fedcba9876543210fedcba9876543210+2d2212bb+BF4hLAmA5LOfwJchE0qgIQk3Tt/SYMDT0Dy1AcjWVFep"

    public struct Outcome: Sendable {
        public var note = false
        public var checkpoint = false
        public var signedByJournal = false
        public var cosigned = false
        public var proof = false
        public var key = false
        public var disclosure = false
    }

    public func run(_ bytes: [UInt8]) -> Outcome {
        var outcome = Outcome()
        if let note = try? SignedNote(parsing: bytes) {
            outcome.note = true
            // What parses must serialise back to the same bytes: the format has one spelling.
            precondition(Array(note.serialized.utf8) == bytes, "a parsed note serialises differently")
            if let checkpoint = try? note.checkpoint() {
                outcome.checkpoint = true
                precondition(checkpoint.text == note.text, "a parsed checkpoint serialises differently")
            }
            outcome.signedByJournal = (try? note.verify(by: journal)) != nil
            outcome.cosigned = (try? Cosignature.verify(note, by: adviser)) != nil
        }
        if let proof = try? TlogProof(parsing: bytes) {
            outcome.proof = true
            precondition(Array(proof.serialized.utf8) == bytes, "a parsed proof serialises differently")
        }
        if let text = String(validating: bytes, as: UTF8.self), let key = try? NoteVerifier(verifierKey: text) {
            outcome.key = true
            precondition(key.verifierKey == text, "a parsed key serialises differently")
        }
        if let disclosure = try? Disclosure(json: Data(bytes)) {
            outcome.disclosure = true
            _ = try? disclosure.verify()
        }
        return outcome
    }
}
