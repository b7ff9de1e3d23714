// Signed notes, checkpoints, verifier keys, cosignatures and tlog-proof files: the published
// examples of the C2SP specs, Ed25519 interop with Python's `cryptography`, and hostile input.
import Foundation
import MeldboekSodium
import Testing
@testable import MeldboekEvidence

@Suite struct SignedNoteTests {
    /// The example of golang.org/x/mod/sumdb/note, reused by other C2SP implementations.
    static let exampleNote = "This is an example message.\n\n\u{2014} example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
    static let exampleKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"

    static func signer(_ name: String, _ type: NoteSignatureType, seedByte: UInt8) throws -> NoteSigner {
        let seed = try SecureBytes(copying: [UInt8](repeating: seedByte, count: 32))
        return try NoteSigner(name: name, type: type, key: Ed25519.SigningKey(seed: seed))
    }

    @Test func thePublishedExampleNoteVerifies() throws {
        let verifier = try NoteVerifier(verifierKey: Self.exampleKey)
        #expect(verifier.name == "example.com/foo" && verifier.type == .ed25519)
        #expect(verifier.verifierKey == Self.exampleKey)
        let note = try SignedNote(parsing: Self.exampleNote)
        #expect(note.text == "This is an example message.\n")
        #expect(note.serialized == Self.exampleNote)
        try note.verify(by: verifier)
        // The same note with one changed letter, or signed by a key of the same name but another ID: refused.
        let altered = try SignedNote(parsing: Self.exampleNote.replacingOccurrences(of: "an example", with: "an exemple"))
        #expect(throws: EvidenceFormatError.noteSignatureInvalid(keyName: "example.com/foo")) { try altered.verify(by: verifier) }
        let other = try Self.signer("example.com/foo", .ed25519, seedByte: 7).verifier
        #expect(throws: EvidenceFormatError.noteSignatureMissing(keyName: "example.com/foo")) { try note.verify(by: other) }
    }

    @Test func theCosignatureSpecExampleReadsWithItsTime() throws {
        let text = """
            example.com/behind-the-sofa
            20852163
            CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

            \u{2014} example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
            \u{2014} witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==

            """
        let note = try SignedNote(parsing: text)
        let checkpoint = try note.checkpoint()
        #expect(checkpoint.origin == "example.com/behind-the-sofa" && checkpoint.size == 20852163)
        #expect(note.signatures.count == 2)
        let witness = note.signatures[1]
        #expect(witness.signature.count == 8 + 64)
        // The spec's signed message says `time 1679315147`: the first 8 bytes after the key ID.
        #expect(witness.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } == 1679315147)
        #expect(note.serialized == text)
    }

    @Test func signaturesMatchPythonCryptography() throws {
        let seed = [UInt8](repeating: 0x2A, count: 32)
        let signer = try NoteSigner(name: "meldboek.journal/0123456789abcdef0123456789abcdef", type: .ed25519,
                                    key: Ed25519.SigningKey(seed: SecureBytes(copying: seed)))
        let checkpoint = try Checkpoint(origin: signer.verifier.name, size: 5, root: [UInt8](repeating: 9, count: 32))
        let ours = try signer.sign(checkpoint.text)
        // Python computes the key ID and the signature from the seed alone.
        let script = """
            import base64, hashlib, sys
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            from cryptography.hazmat.primitives import serialization
            key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[1]))
            pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            name, text = sys.argv[2], sys.argv[3]
            kid = hashlib.sha256(name.encode() + b"\\n\\x01" + pub).digest()[:4]
            sys.stdout.write("\\u2014 %s %s\\n" % (name, base64.b64encode(kid + key.sign(text.encode())).decode()))
            """
        let result = try Python.run(["-c", script, Encoding.hex(seed), signer.verifier.name, checkpoint.text])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ours.line)
    }

    @Test func cosignaturesMatchPythonCryptography() throws {
        let seed = [UInt8](repeating: 0x2B, count: 32)
        let adviser = try NoteSigner(name: "meldboek.adviser/00112233445566778899aabbccddeeff", type: .cosignatureV1,
                                     key: Ed25519.SigningKey(seed: SecureBytes(copying: seed)))
        let checkpoint = try Checkpoint(origin: "meldboek.journal/00", size: 9, root: [UInt8](repeating: 7, count: 32))
        let ours = try adviser.cosign(checkpoint.text, time: 1_760_000_000)
        // tlog-cosignature/v1 written out from the spec: key ID with type 0x04, time, signature.
        let script = """
            import base64, hashlib, sys
            from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
            from cryptography.hazmat.primitives import serialization
            key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(sys.argv[1]))
            pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            name, text, time = sys.argv[2], sys.argv[3], int(sys.argv[4])
            kid = hashlib.sha256(name.encode() + b"\\n\\x04" + pub).digest()[:4]
            signature = key.sign(b"cosignature/v1\\ntime %d\\n" % time + text.encode())
            sys.stdout.write("\\u2014 %s %s\\n" % (name, base64.b64encode(kid + time.to_bytes(8, "big") + signature).decode()))
            """
        let result = try Python.run(["-c", script, Encoding.hex(seed), adviser.verifier.name, checkpoint.text, "1760000000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ours.line)
    }

    @Test func cosignaturesRoundTripAndBindTimeAndCheckpoint() throws {
        let log = try Self.signer("meldboek.journal/00", .ed25519, seedByte: 1)
        let adviser = try Self.signer("meldboek.adviser/00", .cosignatureV1, seedByte: 2)
        let checkpoint = try Checkpoint(origin: "meldboek.journal/00", size: 3, root: [UInt8](repeating: 5, count: 32))
        var note = try SignedNote(text: checkpoint.text, signatures: [log.sign(checkpoint.text)])
        note.signatures.append(try adviser.cosign(checkpoint.text, time: 1_700_000_000))
        let reread = try SignedNote(parsing: note.serialized)
        try reread.verify(by: log.verifier)
        #expect(try Cosignature.verify(reread, by: adviser.verifier).time == 1_700_000_000)
        #expect(try NoteVerifier(verifierKey: adviser.verifier.verifierKey) == adviser.verifier)
        // Another time under the same signature, or the signature moved to another checkpoint: refused.
        var retimed = reread
        retimed.signatures[1].signature[7] ^= 1
        #expect(throws: EvidenceFormatError.noteSignatureInvalid(keyName: "meldboek.adviser/00")) {
            try Cosignature.verify(retimed, by: adviser.verifier)
        }
        let other = try Checkpoint(origin: "meldboek.journal/00", size: 4, root: [UInt8](repeating: 5, count: 32))
        let moved = try SignedNote(text: other.text, signatures: reread.signatures)
        #expect(throws: EvidenceFormatError.noteSignatureInvalid(keyName: "meldboek.adviser/00")) {
            try Cosignature.verify(moved, by: adviser.verifier)
        }
        // A note signature is not a cosignature: a type 0x01 key of the same name has another key ID.
        #expect(throws: EvidenceFormatError.noteSignatureMissing(keyName: "meldboek.adviser/00")) {
            try Cosignature.verify(reread, by: try NoteVerifier(name: "meldboek.adviser/00", type: .cosignatureV1,
                                                                 publicKey: log.verifier.publicKey))
        }
    }

    @Test func malformedNotesAreRefusedWithTheirReason() throws {
        let line = "\u{2014} a.example/k Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
        let cases: [(String, EvidenceFormatError)] = [
            ("text\n", .noteUnsigned),
            ("text\n\n", .noteUnsigned),
            ("\n\n" + line, .noteUnsigned),
            ("text\n\n" + line.dropLast(), .noteUnsigned),
            ("te\rxt\n\n" + line, .noteNotText),
            ("text\t\n\n" + line, .noteNotText),
            ("text\n\n- a.example/k AAAAAAA=\n", .noteSignatureLineMalformed(line: 1)),
            ("text\n\n" + line + "\u{2014} a+b/k AAAAAAA=\n", .noteSignatureLineMalformed(line: 2)),
            ("text\n\n\u{2014} a.example/k AAAA\n", .noteSignatureLineMalformed(line: 1)),
            ("text\n\n\u{2014} a.example/k  Uw2QOkn8\n", .noteSignatureLineMalformed(line: 1)),
            ("text\n\n\u{2014} a\u{00A0}b AAAAAAA=\n", .noteSignatureLineMalformed(line: 1)),
            ("text\n\n\u{2014} a.example/k AAAAAA==\n", .noteSignatureLineMalformed(line: 1)),
            ("text\n\n\u{2014} a.example/k AAAAAAB=\n", .noteSignatureLineMalformed(line: 1)),
        ]
        for (text, error) in cases {
            #expect(throws: error, "\(text.debugDescription)") { try SignedNote(parsing: text) }
        }
        #expect(throws: EvidenceFormatError.noteNotText) { try SignedNote(parsing: [0x61, 0xFF, 0x0A, 0x0A] + Array(line.utf8)) }
        #expect(throws: EvidenceFormatError.noteTooManySignatures(limit: SignedNote.maximumSignatureCount)) {
            try SignedNote(parsing: "text\n\n" + String(repeating: line, count: SignedNote.maximumSignatureCount + 1))
        }
        // Blank lines inside the text are allowed: the last blank line separates.
        let spaced = try SignedNote(parsing: "a\n\nb\n\n" + line)
        #expect(spaced.text == "a\n\nb\n")
    }

    @Test func malformedCheckpointsAndKeysAreRefused() throws {
        let root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="
        for text in ["o\n1\n\(root)", "o\n01\n\(root)\n", "o\n-1\n\(root)\n", "o\n1\n\(root.dropLast())\n", "\n1\n\(root)\n",
                     "o\n18446744073709551616\n\(root)\n", "o\n1\nAAAA\n", "o\n1\n\(root)\n\n", "o\n1\n"] {
            #expect(throws: EvidenceFormatError.checkpointMalformed, "\(text.debugDescription)") { try Checkpoint(text: text) }
        }
        let good = try Checkpoint(text: "o\n0\n\(root)\next\n")
        #expect(good.extensions == ["ext"] && good.size == 0 && good.text == "o\n0\n\(root)\next\n")
        for key in ["example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
                    "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
                    "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2",
                    "example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
                    "example.com/foo+530d903a", "+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"] {
            #expect(throws: EvidenceFormatError.verifierKeyMalformed, "\(key)") { try NoteVerifier(verifierKey: key) }
        }
    }

    @Test func verifierKeysWhoseBase64HasAPlusRoundTrip() throws {
        // Base64 may hold `+`: only the first two separate the parts.
        let key = try (1...255).lazy.map { try Self.signer("k.example/a", .ed25519, seedByte: UInt8($0)).verifier }
            .first { $0.verifierKey.split(separator: "+").count > 3 }!
        #expect(try NoteVerifier(verifierKey: key.verifierKey) == key)
    }

    @Test func tlogProofsRoundTripAndCheckTheirLeaf() throws {
        let log = try Self.signer("meldboek.journal/00", .ed25519, seedByte: 3)
        let leaves = (0..<7).map { MerkleTree.leafHash([UInt8($0)]) }
        let checkpoint = try Checkpoint(origin: "meldboek.journal/00", size: 7, root: MerkleTree.root(leaves))
        let note = try SignedNote(text: checkpoint.text, signatures: [log.sign(checkpoint.text)])
        let proof = TlogProof(index: 4, proof: MerkleTree.inclusionProof(index: 4, leafHashes: leaves)!, checkpoint: note)
        let text = proof.serialized
        #expect(text.hasPrefix("c2sp.org/tlog-proof@v1\nindex 4\n"))
        let reread = try TlogProof(parsing: Array(text.utf8))
        #expect(reread == proof)
        try reread.verifyInclusion(leafHash: leaves[4])
        #expect(throws: EvidenceFormatError.proofDoesNotVerify(index: 4)) { try reread.verifyInclusion(leafHash: leaves[3]) }
        let withExtra = TlogProof(extra: [1, 2, 3], index: 4, proof: proof.proof, checkpoint: note)
        #expect(try TlogProof(parsing: Array(withExtra.serialized.utf8)) == withExtra)
        for bad in [text.replacingOccurrences(of: "index 4", with: "index 04"),
                    text.replacingOccurrences(of: "tlog-proof@v1", with: "tlog-proof@v2"),
                    text.replacingOccurrences(of: "index 4\n", with: "index 4\nextra AQID\n"),
                    text.replacingOccurrences(of: "index 4\n", with: "index 4\nAAAA\n"),
                    String(text.prefix(while: { $0 != "\n" })) + "\n"] {
            #expect(throws: (any Error).self, "\(bad.debugDescription)") { try TlogProof(parsing: Array(bad.utf8)) }
        }
    }
}
