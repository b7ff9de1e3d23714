// Evidence folders written by the library and checked by their own check.py (run with python3),
// with real RFC 3161 tokens from a local `openssl ts` authority: an untouched folder is accepted,
// each kind of tampering is refused.
import Foundation
import MeldboekCore
import MeldboekSodium
import MeldboekTestSupport
import Testing
@testable import MeldboekEvidence

@Suite(.serialized) struct EvidenceFolderTests {
    static let journal = try! NoteSigner(
        name: "meldboek.journal/0123456789abcdef0123456789abcdef", type: .ed25519,
        key: Ed25519.SigningKey(seed: SecureBytes(copying: [UInt8](repeating: 0x31, count: 32))))
    static let adviser = try! NoteSigner(
        name: "meldboek.adviser/fedcba9876543210fedcba9876543210", type: .cosignatureV1,
        key: Ed25519.SigningKey(seed: SecureBytes(copying: [UInt8](repeating: 0x32, count: 32))))
    static let cosignedAt: UInt64 = 1_735_000_000

    /// A local timestamp authority made with openssl: a CA, a TSA certificate, and its configuration.
    struct Authority {
        let folder: TemporaryFolder

        init() throws {
            folder = try TemporaryFolder("meldboek-tsa")
            let script = """
                set -e
                openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 30 -subj "/CN=Test TSA CA"
                openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout tsa.key -out tsa.csr -subj "/CN=Test TSA"
                printf 'extendedKeyUsage=critical,timeStamping\\n' > ext.cnf
                openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out tsa.pem -days 30 -extfile ext.cnf
                printf '[ tsa ]\\ndefault_tsa = t\\n[ t ]\\nserial = ./serial\\ncrypto_device = builtin\\nsigner_digest = sha256\\ndefault_policy = 1.2.3.4.1\\ndigests = sha256\\naccuracy = secs:1\\nordering = no\\ntsa_name = no\\ness_cert_id_chain = no\\ness_cert_id_alg = sha256\\n' > ts.cnf
                echo 01 > serial
                """
            try Self.shell(script, in: folder.url)
        }

        /// A reply (`.tsr`, DER) stamping `data`.
        func stamp(_ data: [UInt8]) throws -> [UInt8] {
            try Data(data).write(to: folder.appending("data"))
            try Self.shell("""
                set -e
                rm -f q.tsq r.tsr
                openssl ts -query -data data -sha256 -cert -out q.tsq
                openssl ts -reply -queryfile q.tsq -signer tsa.pem -inkey tsa.key -out r.tsr -config ts.cnf
                """, in: folder.url)
            return Array(try Data(contentsOf: folder.appending("r.tsr")))
        }

        var caPEM: [UInt8] { Array((try? Data(contentsOf: folder.appending("ca.pem"))) ?? Data()) }

        static func shell(_ script: String, in folder: URL) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", script]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
    }

    /// A minimal OpenTimestamps proof of `data`: the header, SHA-256, its digest, one pending attestation.
    static func ots(_ data: [UInt8]) -> [UInt8] {
        let magic: [UInt8] = [0x00] + Array("OpenTimestamps".utf8) + [0x00, 0x00] + Array("Proof".utf8)
            + [0x00, 0xBF, 0x89, 0xE2, 0xE8, 0x84, 0xE8, 0x92, 0x94]
        let uri = Array("https://a.pool.opentimestamps.org".utf8)
        return magic + [0x01, 0x08] + SHA256.hash(data) + [0x00, 0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E]
            + [UInt8(uri.count + 1), UInt8(uri.count)] + uri
    }

    /// Two checkpoints over six leaves (three of them blinded other records), two revisions and an
    /// attachment, a cosignature on the second checkpoint, a timestamp of each, an OTS proof of the first.
    static func evidence(_ authority: Authority) throws -> EvidenceFolder {
        let seed = CommitmentTests.seed, nameKey = CommitmentTests.nameKey, entry = CommitmentTests.entry
        let first = try Disclosure.revision(
            entry: entry, revision: Revision(number: 1, recordedAt: Date(timeIntervalSince1970: 1_734_000_000),
                                             fields: EntryFields(title: "Eerste", narrative: "Jan de Vries belde.")),
            seed: [UInt8](repeating: 0x44, count: 32), nameKey: nameKey, plan: CommitmentTests.plan)
        let second = try Disclosure.revision(entry: entry, revision: CommitmentTests.revision, seed: seed, nameKey: nameKey,
                                             plan: CommitmentTests.plan)
        let attachment = try Disclosure(
            kind: .attachment,
            committed: Commitments.commit(Commitments.attachmentFields(
                entry: entry, name: "mail.pdf", size: 1234, sha256: String(repeating: "ab", count: 32),
                attachedAt: Date(timeIntervalSince1970: 1_734_500_000)), seed: [UInt8](repeating: 0x55, count: 32), nameKey: nameKey),
            plan: RedactionPlan())
        let blind = { (n: UInt64) in MerkleTree.leafHash(Commitments.blindedLeafData(blindKey: seed, seq: n, recordID: [UInt8(n)])) }
        let leaves = [blind(1), try first.verify().leafHash, blind(3), try second.verify().leafHash,
                      try attachment.verify().leafHash, blind(6)]
        func note(size: Int) throws -> SignedNote {
            let head = try Checkpoint(origin: journal.verifier.name, size: UInt64(size), root: MerkleTree.root(Array(leaves.prefix(size))))
            return try SignedNote(text: head.text, signatures: [journal.sign(head.text)])
        }
        let small = try note(size: 3), large = try note(size: 6)
        var cosigned = large
        cosigned.signatures.append(try adviser.cosign(large.text, time: cosignedAt))
        let smallBytes = Array(small.serialized.utf8), largeBytes = Array(large.serialized.utf8)
        return EvidenceFolder(
            journalKey: journal.verifier, cosignerKeys: [adviser.verifier],
            checkpoints: [
                .init(note: small, timestamps: [.init(stampedNote: smallBytes, proof: try authority.stamp(smallBytes))],
                      openTimestamps: [.init(stampedNote: smallBytes, proof: ots(smallBytes))]),
                .init(note: cosigned, timestamps: [.init(stampedNote: largeBytes, proof: try authority.stamp(largeBytes))]),
            ],
            items: [
                .init(disclosure: first, leafIndex: 1, inclusionProof: MerkleTree.inclusionProof(index: 1, leafHashes: Array(leaves.prefix(3)))!, checkpoint: 0),
                .init(disclosure: second, leafIndex: 3, inclusionProof: MerkleTree.inclusionProof(index: 3, leafHashes: leaves)!, checkpoint: 1),
                .init(disclosure: attachment, leafIndex: 4, inclusionProof: MerkleTree.inclusionProof(index: 4, leafHashes: leaves)!, checkpoint: 1),
            ],
            tsaCertificatesPEM: authority.caPEM)
    }

    static func check(_ folder: URL, _ extra: [String] = [], isolated: Bool = false) throws -> PythonResult {
        try Python.run((isolated ? ["-I", "-S"] : []) + [folder.appendingPathComponent("check.py").path, folder.path] + extra)
    }

    /// Rewrites `file` in the folder through `change`.
    static func edit(_ folder: URL, _ file: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the tampering changed \(file)")
        try Data(changed.utf8).write(to: url)
    }

    @Test func anUntouchedFolderChecksAndEachTamperingIsRefused() throws {
        let authority = try Authority()
        defer { authority.folder.remove() }
        let evidence = try Self.evidence(authority)
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }

        let untouched = temporary.appending("untouched")
        try evidence.write(to: untouched)
        let result = try Self.check(untouched)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Everything checks."))
        // The first revision's earliest checked witness is its checkpoint's timestamp; the second's the
        // cosignature or the timestamp, whichever is earlier.
        #expect(result.stdout.contains("01890a5d-ac96-774b-bcce-b302099a8057 revision 1: leaf 1 of 3"))
        #expect(result.stdout.contains("committed no later than"))
        #expect(!result.stdout.contains("not checked here"))
        // Writing again where the folder is: refused, nothing touched.
        #expect(throws: MeldboekError.fileExists(path: untouched.path)) { try evidence.write(to: untouched) }

        let tamperings: [(String, String, (URL) throws -> Void)] = [
            ("value edited", "does not lead from this disclosure", { try Self.edit($0, "revisions/2.json") { $0.replacingOccurrences(of: "\"value\" : \"2\"", with: "\"value\" : \"3\"") } }),
            ("token text edited", "does not lead from this disclosure", { try Self.edit($0, "revisions/1.json") { $0.replacingOccurrences(of: "belde", with: "mailde") } }),
            ("pseudonym renamed in one revision", "stands for two different names", { try Self.edit($0, "revisions/1.json") { $0.replacingOccurrences(of: "Persoon A", with: "Persoon Z") } }),
            ("proof hash edited", "does not lead from this disclosure", { try Self.edit($0, "revisions/2.tlog-proof") { text in
                var lines = text.components(separatedBy: "\n")
                lines[2] = (lines[2].first == "A" ? "B" : "A") + lines[2].dropFirst()
                return lines.joined(separator: "\n") } }),
            ("leaf index changed", "does not lead from this disclosure", { try Self.edit($0, "revisions/3.tlog-proof") { $0.replacingOccurrences(of: "index 4", with: "index 5") } }),
            ("checkpoint root edited", "does not verify", { try Self.edit($0, "checkpoints/2.txt") { text in
                var lines = text.components(separatedBy: "\n")
                lines[2] = (lines[2].first == "A" ? "B" : "A") + lines[2].dropFirst()
                return lines.joined(separator: "\n") } }),
            ("signature edited", "the signature by meldboek.journal", { try Self.edit($0, "checkpoints/1.txt") { text in
                var lines = text.components(separatedBy: "\n")
                let last = lines[4]
                lines[4] = String(last.dropLast(6)) + (last.dropLast(5).last == "A" ? "B" : "A") + last.suffix(5)
                return lines.joined(separator: "\n") } }),
            ("cosignature edited", "the cosignature by meldboek.adviser", { try Self.edit($0, "checkpoints/2.txt") { text in
                var lines = text.components(separatedBy: "\n")
                let line = lines[5]
                lines[5] = String(line.dropLast(10)) + (line.dropLast(9).last == "A" ? "B" : "A") + line.suffix(9)
                return lines.joined(separator: "\n") } }),
            ("timestamp tokens swapped", "message imprint is not the SHA-256", { folder in
                let one = folder.appendingPathComponent("checkpoints/1-tsa-1.tsr"), two = folder.appendingPathComponent("checkpoints/2-tsa-1.tsr")
                let a = try Data(contentsOf: one), b = try Data(contentsOf: two)
                try b.write(to: one)
                try a.write(to: two) }),
            ("OTS proof of the other checkpoint", "OpenTimestamps proof is not for", { folder in
                let other = try Data(contentsOf: folder.appendingPathComponent("checkpoints/2.txt"))
                try Data(Self.ots(Array(other))).write(to: folder.appendingPathComponent("checkpoints/1-ots-1.txt.ots")) }),
            ("revision left out of the index", "holds no revisions", { try Self.edit($0, "index.json") { text in
                var object = try! JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
                object["revisions"] = [] as [Any]
                return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self) } }),
            ("index naming a file that is not there", "not laid out as its index says", { try Self.edit($0, "index.json") {
                $0.replacingOccurrences(of: "\"file\" : \"checkpoints/1.txt\"", with: "\"fil\" : \"checkpoints/1.txt\"") } }),
            ("checkpoint of another size for the proof", "the proof's checkpoint is not", { try Self.edit($0, "index.json") {
                $0.replacingOccurrences(of: "\"checkpoint\" : \"checkpoints/1.txt\"", with: "\"checkpoint\" : \"checkpoints/2.txt\"") } }),
        ]
        for (label, reason, tamper) in tamperings {
            let copy = temporary.appending(label.replacingOccurrences(of: " ", with: "-"))
            try evidence.write(to: copy)
            try tamper(copy)
            let result = try Self.check(copy)
            #expect(result.status == 1, "\(label): \(result.stdout)\(result.stderr)")
            // Refused for the reason the tampering gives, not for something incidental.
            #expect(result.stdout.contains("FAILED") && result.stdout.contains(reason), "\(label): \(result.stdout)")
        }

        // A key given on the command line overrides the folder's: another journal key fails.
        let other = try NoteSigner(name: Self.journal.verifier.name, type: .ed25519,
                                   key: Ed25519.SigningKey(seed: SecureBytes(copying: [UInt8](repeating: 9, count: 32))))
        let wrongKey = try Self.check(untouched, ["--journal-key", other.verifier.verifierKey])
        #expect(wrongKey.status == 1, "\(wrongKey.stdout)")

        // Without cryptography and PyNaCl (isolated from site packages), it says so and fails.
        let bare = try Self.check(untouched, isolated: true)
        #expect(bare.status == 2)
        #expect(bare.stdout.contains("Can't check signatures here"))
    }

    @Test func theReadmesGiveTheExactCommands() throws {
        let authority = try Authority()
        defer { authority.folder.remove() }
        let files = try Self.evidence(authority).files()
        let english = String(decoding: files.first { $0.path == "README.en.md" }!.data, as: UTF8.self)
        let dutch = String(decoding: files.first { $0.path == "README.nl.md" }!.data, as: UTF8.self)
        for readme in [english, dutch] {
            #expect(readme.contains("openssl ts -verify -data checkpoints/1-tsa-1.txt -in checkpoints/1-tsa-1.tsr -CAfile tsa-ca.pem"))
            #expect(readme.contains("ots verify checkpoints/1-ots-1.txt.ots"))
            #expect(readme.contains(Self.journal.verifier.verifierKey))
            #expect(readme.contains("python3 check.py"))
        }
        // The command the README gives works on the folder as written.
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.appending("evidence")
        try Self.evidence(authority).write(to: folder)
        try Authority.shell("openssl ts -verify -data checkpoints/1-tsa-1.txt -in checkpoints/1-tsa-1.tsr -CAfile tsa-ca.pem", in: folder)
    }

    @Test func contentsThatDontCheckAreNeverWritten() throws {
        let authority = try Authority()
        defer { authority.folder.remove() }
        var evidence = try Self.evidence(authority)
        evidence.items[1].leafIndex = 2
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        #expect(throws: EvidenceFormatError.proofDoesNotVerify(index: 2)) { try evidence.write(to: temporary.appending("x")) }
        #expect(!FileManager.default.fileExists(atPath: temporary.appending("x").path))
        var stranger = try Self.evidence(authority)
        stranger.checkpoints[0].timestamps[0].stampedNote = Array(stranger.checkpoints[1].note.serialized.utf8)
        #expect(throws: EvidenceFormatError.stampNotForCheckpoint) { try stranger.write(to: temporary.appending("y")) }
    }
}

/// Writes the seeds of FuzzSignedNote from a folder the tests make: run with
/// MELDBOEK_WRITE_FUZZ_SEEDS=1 (`swift test --filter SignedNoteSeedWriter`) and commit what it writes.
@Suite struct SignedNoteSeedWriter {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["MELDBOEK_WRITE_FUZZ_SEEDS"] == "1"))
    func writeSeeds() throws {
        let authority = try EvidenceFolderTests.Authority()
        defer { authority.folder.remove() }
        let files = try EvidenceFolderTests.evidence(authority).files()
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/FuzzSignedNote")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let seeds = ["checkpoints/1.txt": "checkpoint.txt", "checkpoints/2.txt": "cosigned-checkpoint.txt",
                     "revisions/2.tlog-proof": "proof.tlog-proof", "revisions/2.json": "disclosure.json"]
        for (path, name) in seeds {
            try files.first { $0.path == path }!.data.write(to: corpus.appendingPathComponent(name))
        }
        try Data(EvidenceFolderTests.adviser.verifier.verifierKey.utf8).write(to: corpus.appendingPathComponent("key.txt"))
    }
}
