// The evidence folder: disclosed revisions with their inclusion proofs, the signed checkpoints with
// cosignatures, timestamp tokens and OpenTimestamps proofs as given, two READMEs and check.py, so
// anyone can check the proof offline with standard tools (Docs/evidence.md, "Evidence folder").
import Foundation
import MeldboekCore
import MeldboekSodium

/// Everything an evidence folder holds; ``write(to:)`` checks it all and writes the folder.
public struct EvidenceFolder: Sendable {
    /// A timestamp token or OpenTimestamps proof with the exact bytes it stamps (a signed checkpoint note).
    public struct Stamp: Sendable {
        /// The signed checkpoint note as it was stamped (its SHA-256 is the token's message imprint).
        public var stampedNote: [UInt8]
        /// The RFC 3161 reply or token (DER), or the `.ots` file's bytes.
        public var proof: [UInt8]

        public init(stampedNote: [UInt8], proof: [UInt8]) {
            self.stampedNote = stampedNote
            self.proof = proof
        }
    }

    /// A checkpoint: its signed note (the journal's signature and any cosignatures) and its stamps.
    public struct CheckpointEvidence: Sendable {
        public var note: SignedNote
        public var timestamps: [Stamp]
        public var openTimestamps: [Stamp]

        public init(note: SignedNote, timestamps: [Stamp] = [], openTimestamps: [Stamp] = []) {
            self.note = note
            self.timestamps = timestamps
            self.openTimestamps = openTimestamps
        }
    }

    /// A disclosed revision or attachment and where its leaf is in one of the checkpoints.
    public struct Item: Sendable {
        public var disclosure: Disclosure
        public var leafIndex: UInt64
        /// RFC 9162 PATH of the leaf in the checkpoint's tree.
        public var inclusionProof: [[UInt8]]
        /// The position of its checkpoint in ``EvidenceFolder/checkpoints``.
        public var checkpoint: Int

        public init(disclosure: Disclosure, leafIndex: UInt64, inclusionProof: [[UInt8]], checkpoint: Int) {
            self.disclosure = disclosure
            self.leafIndex = leafIndex
            self.inclusionProof = inclusionProof
            self.checkpoint = checkpoint
        }
    }

    /// The journal's checkpoint key (type 0x01), printed in the folder.
    public var journalKey: NoteVerifier
    /// The cosigners (type 0x04) whose cosignatures the checker counts.
    public var cosignerKeys: [NoteVerifier]
    public var checkpoints: [CheckpointEvidence]
    public var items: [Item]
    /// The timestamp authorities' CA certificates (PEM), written as `tsa-ca.pem` when given.
    public var tsaCertificatesPEM: [UInt8]?

    public init(journalKey: NoteVerifier, cosignerKeys: [NoteVerifier] = [], checkpoints: [CheckpointEvidence],
                items: [Item], tsaCertificatesPEM: [UInt8]? = nil) {
        self.journalKey = journalKey
        self.cosignerKeys = cosignerKeys
        self.checkpoints = checkpoints
        self.items = items
        self.tsaCertificatesPEM = tsaCertificatesPEM
    }

    /// What a check of the contents found, per item: its verified disclosure and checkpoint.
    public struct Checked: Sendable {
        public var items: [Disclosure.Verified]
        /// Per checkpoint, the cosignatures that verified.
        public var cosignatures: [[Cosignature]]
    }

    /// Checks everything the folder will claim, so Meldboek never writes evidence that doesn't hold:
    /// each checkpoint's journal signature, origin and cosignatures, each stamp's note, each
    /// disclosure's leaf and inclusion proof, and the pseudonyms across all disclosures.
    ///
    /// - Throws: ``EvidenceFormatError`` naming the first thing that fails.
    public func check() throws(EvidenceFormatError) -> Checked {
        guard journalKey.type == .ed25519, cosignerKeys.allSatisfy({ $0.type == .cosignatureV1 }) else {
            throw .verifierKeyMalformed
        }
        var heads: [Checkpoint] = []
        var cosignatures: [[Cosignature]] = []
        for evidence in checkpoints {
            try evidence.note.verify(by: journalKey)
            let head = try evidence.note.checkpoint()
            guard head.origin == journalKey.name else { throw .checkpointWrongOrigin(found: head.origin) }
            var found: [Cosignature] = []
            for key in cosignerKeys where !evidence.note.signatures(by: key).isEmpty {
                found.append(try Cosignature.verify(evidence.note, by: key))
            }
            for stamp in evidence.timestamps + evidence.openTimestamps {
                let stamped = try SignedNote(parsing: stamp.stampedNote)
                guard stamped.text == evidence.note.text else { throw .stampNotForCheckpoint }
                try stamped.verify(by: journalKey)
            }
            heads.append(head)
            cosignatures.append(found)
        }
        var verified: [Disclosure.Verified] = []
        for item in items {
            guard heads.indices.contains(item.checkpoint) else { throw .proofMalformed }
            let result = try item.disclosure.verify()
            let head = heads[item.checkpoint]
            guard MerkleTree.verifyInclusion(leafHash: result.leafHash, index: item.leafIndex, size: head.size,
                                             proof: item.inclusionProof, root: head.root)
            else { throw .proofDoesNotVerify(index: item.leafIndex) }
            verified.append(result)
        }
        try Disclosure.checkPseudonyms(verified.flatMap(\.pseudonymRuns))
        return Checked(items: verified, cosignatures: cosignatures)
    }

    /// The files of the folder, by relative path, in the order they are written.
    public func files() throws(EvidenceFormatError) -> [(path: String, data: Data)] {
        _ = try check()
        var files: [(path: String, data: Data)] = []
        var indexCheckpoints: [[String: Any]] = []
        var commands: [String] = []
        for (number, evidence) in checkpoints.enumerated() {
            let base = "checkpoints/\(number + 1)"
            files.append((base + ".txt", Data(evidence.note.serialized.utf8)))
            var timestamps: [[String: String]] = []
            for (stampNumber, stamp) in evidence.timestamps.enumerated() {
                let stamped = "\(base)-tsa-\(stampNumber + 1).txt", token = "\(base)-tsa-\(stampNumber + 1).tsr"
                files.append((stamped, Data(stamp.stampedNote)))
                files.append((token, Data(stamp.proof)))
                timestamps.append(["file": token, "stamped": stamped])
                let form = Self.isBareToken(stamp.proof) ? " -token_in" : ""
                commands.append("openssl ts -verify -data \(stamped) -in \(token)\(form) -CAfile \(tsaCertificatesPEM == nil ? "TSA-CA.pem" : "tsa-ca.pem")")
            }
            var ots: [[String: String]] = []
            for (stampNumber, stamp) in evidence.openTimestamps.enumerated() {
                let stamped = "\(base)-ots-\(stampNumber + 1).txt", proof = stamped + ".ots"
                files.append((stamped, Data(stamp.stampedNote)))
                files.append((proof, Data(stamp.proof)))
                ots.append(["file": proof, "stamped": stamped])
                commands.append("ots verify \(proof)")
            }
            indexCheckpoints.append(["file": base + ".txt", "timestamps": timestamps, "ots": ots])
        }
        var indexItems: [[String: String]] = []
        let width = String(items.count).count
        for (number, item) in items.enumerated() {
            let padded = String(repeating: "0", count: width - String(number + 1).count) + String(number + 1)
            let base = "revisions/\(padded)"
            let checkpoint = checkpoints[item.checkpoint].note
            let proof = TlogProof(index: item.leafIndex, proof: item.inclusionProof, checkpoint: checkpoint)
            files.append((base + ".json", item.disclosure.json()))
            files.append((base + ".tlog-proof", Data(proof.serialized.utf8)))
            indexItems.append(["disclosure": base + ".json", "proof": base + ".tlog-proof",
                               "checkpoint": "checkpoints/\(item.checkpoint + 1).txt"])
        }
        var index: [String: Any] = [
            "format": EvidenceDomain.evidenceFolderFormat, "version": 1,
            "journalKey": journalKey.verifierKey, "cosignerKeys": cosignerKeys.map(\.verifierKey),
            "checkpoints": indexCheckpoints, "revisions": indexItems,
        ]
        if let pem = tsaCertificatesPEM {
            files.append(("tsa-ca.pem", Data(pem)))
            index["tsaCertificates"] = "tsa-ca.pem"
        }
        // Plain dictionaries of strings, numbers and arrays: serialising cannot fail.
        let indexData = (try? JSONSerialization.data(withJSONObject: index, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        files.append(("index.json", indexData))
        files.append(("keys.txt", Data(keysText.utf8)))
        files.append(("check.py", Data(EvidenceChecker.script.utf8)))
        files.append(("README.en.md", Data(EvidenceReadme.english(commands: commands, journalKey: journalKey.verifierKey,
                                                                  cosigners: cosignerKeys.map(\.verifierKey)).utf8)))
        files.append(("README.nl.md", Data(EvidenceReadme.dutch(commands: commands, journalKey: journalKey.verifierKey,
                                                                cosigners: cosignerKeys.map(\.verifierKey)).utf8)))
        return files
    }

    /// The keys the folder is checked against, one a line.
    var keysText: String {
        "journal \(journalKey.verifierKey)\n" + cosignerKeys.map { "cosigner \($0.verifierKey)\n" }.joined()
    }

    /// Writes the folder at `folder`, which must not exist (its parent must): the folder is claimed
    /// with `mkdir` first, so nothing already there is ever written over; each file is written whole
    /// through ``PrivateFiles/write(_:to:)``. On failure the files written so far are removed.
    ///
    /// - Throws: ``EvidenceFormatError`` when the contents don't check (nothing is written then),
    ///   ``MeldboekError/fileExists(path:)`` when something has the folder's name,
    ///   ``MeldboekError/io(path:reason:)`` for what the file system refuses.
    public func write(to folder: URL) throws {
        let files = try files()
        if mkdir(folder.path, 0o700) != 0 {
            let code = errno
            if code == EEXIST { throw MeldboekError.fileExists(path: folder.path) }
            throw MeldboekError.io(path: folder.path, reason: FileProblem(errno: code))
        }
        var written: [URL] = []
        do {
            for sub in Set(files.compactMap { $0.path.split(separator: "/").dropLast().first.map(String.init) }).sorted() {
                let url = folder.appendingPathComponent(sub)
                guard mkdir(url.path, 0o700) == 0 else {
                    throw MeldboekError.io(path: url.path, reason: FileProblem(errno: errno))
                }
                written.append(url)
            }
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try PrivateFiles.write(file.data, to: url)
                written.append(url)
            }
        } catch {
            for url in written.reversed() { try? FileManager.default.removeItem(at: url) }
            rmdir(folder.path)
            throw error
        }
    }

    /// Whether DER bytes are a bare TimeStampToken (a ContentInfo, starting with its OID) rather
    /// than a whole TimeStampResp (starting with a PKIStatusInfo SEQUENCE).
    static func isBareToken(_ der: [UInt8]) -> Bool {
        guard der.count > 2, der[0] == 0x30 else { return false }
        let lengthBytes = der[1] & 0x80 == 0 ? 0 : Int(der[1] & 0x7F)
        let first = 2 + lengthBytes
        return first < der.count && der[first] == 0x06
    }
}
