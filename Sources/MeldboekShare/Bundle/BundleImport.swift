// `adviser import`: open a bundle from a stranger, check everything, store it in one transaction.
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSodium

/// How an import should treat the bundle's sender.
public struct ImportOptions: Sendable {
    /// The name for a new case (or the existing case a new key should join).
    public var caseName: String?
    /// Lets a known case name take a bundle signed by a key it hasn't seen.
    public var acceptNewKey: Bool
    /// `adviser witness`: the file must be a checkpoint alone, a version 2 bundle with no entry.
    public var checkpointOnly: Bool
    public var now: Date

    public init(caseName: String? = nil, acceptNewKey: Bool = false, checkpointOnly: Bool = false, now: Date = Date()) {
        self.caseName = caseName
        self.acceptNewKey = acceptNewKey
        self.checkpointOnly = checkpointOnly
        self.now = now
    }
}

/// What an import did.
public struct ImportResult: Sendable, Equatable {
    public var caseName: String
    public var openedCase: Bool
    public var senderFingerprint: String
    public var bundleId: String
    public var bundleSha256: String
    /// True when this bundle was imported before: nothing changed.
    public var alreadyImported: Bool
    public var newEntries: Int
    public var newRevisions: Int
    public var newAttachments: Int
    public var importedAt: Date
    /// The manifest's format version: a receipt answers a version 1 bundle in receipt version 1.
    public var bundleVersion: Int = 1
    /// Version 2: what the adviser did with the bundle's checkpoint.
    public var witness: WitnessOutcome?
}

/// What an import did with a bundle's checkpoint, as `adviser import` reports it and the receipt carries it.
public struct WitnessOutcome: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        /// Cosigned now (the first checkpoint of this journal, or one proven to extend the last cosigned).
        case cosigned
        /// Cosigned before, at this time; the same cosignature is given again.
        case cosignedBefore(Date)
        /// Provably not an extension of the checkpoint cosigned at `againstCosignedAt`: not cosigned.
        case fork(againstSize: UInt64, againstCosignedAt: Date)
        /// Not shown to extend the checkpoint cosigned at `againstCosignedAt`: not cosigned.
        case unproven(againstSize: UInt64, againstCosignedAt: Date)
    }

    public var journalId: String
    public var size: UInt64
    public var verdict: Verdict
    public var cosignature: Receipt.Cosignature?
}

/// Reads bundles strictly: every check passes or the adviser's vault is left as it was.
///
/// The order of checks: age header and the adviser's key; `manifest.json` first
/// and `manifest.json.minisig` second, each under a size limit; the manifest's
/// format and version; the minisign signature by the manifest's own sender key,
/// with a trusted comment naming this bundle; then every member, which must be
/// listed in the manifest, once, with its size and SHA-256; then the end of the
/// tar and of the age payload. Only then does the transaction commit.
public enum BundleImport {
    static let manifestLimit: UInt64 = 1 << 20
    static let signatureLimit: UInt64 = 4096
    static let entryLimit: UInt64 = 4 << 20
    /// The largest size ustar holds (just under 8 GiB); `share` refuses a larger attachment.
    static let attachmentLimit: UInt64 = Ustar.maximumOctal11
    /// Members of the tar, the manifest and its signature included.
    static let memberLimit = 100_000

    @discardableResult
    public static func run(file: URL, into journal: Journal, options: ImportOptions = ImportOptions()) throws
        -> ImportResult
    {
        try journal.requireRole(.adviser)
        let (source, age, tar) = try decrypt(file, for: try journal.identity(), notForUs: .notForThisVault)
        do {
            return try read(tar: tar, age: age, source: source, journal: journal, options: options)
        } catch let error as AgeError {
            throw ShareError.bundleInvalid(.age(error))
        } catch let error as TarError {
            throw ShareError.bundleInvalid(.tar(error))
        } catch let problem as ShareProblem {
            throw ShareError.bundleInvalid(problem)
        }
    }

    private static func read(
        tar: TarReader, age: AgeReader, source: HashingSource, journal: Journal, options: ImportOptions
    ) throws -> ImportResult {
        let (manifest, manifestData, signature) = try signedManifest(tar)
        // decodeManifest checked the sender's keys and that the fingerprint is computed over both.
        guard let senderKey = try? MinisignPublicKey(base64: manifest.sender.minisignPublicKey) else {
            throw ShareProblem.invalidField(member: "manifest.json", field: "sender.minisignPublicKey")
        }
        let fingerprint = manifest.sender.fingerprint
        try verify(signature, of: manifestData, manifest: manifest, key: senderKey)

        if options.checkpointOnly {
            guard manifest.entries.isEmpty, manifest.attachments.isEmpty else { throw ShareError.witnessFileHasEntries }
            guard manifest.evidence != nil else { throw ShareError.noEvidence }
        }
        let records = try journal.records()
        let cases = try CaseFile.load(records)
        let histories = try WitnessHistory.load(records)
        // Version 2: the checkpoint first (signed by the key the signed manifest names), then its journal's key.
        let checkpoint = try manifest.evidence.map { try BundleProof.checkCheckpoint($0) }
        if let checkpoint, let known = histories[checkpoint.journalId], known.checkpointKey != checkpoint.key {
            throw ShareError.journalKeyMismatch(bundleId: manifest.bundleId, journalId: checkpoint.journalId)
        }
        var runs: [Disclosure.Verified.PseudonymRun] = []
        // A replay is checked as fully as a new bundle (a tampered copy is refused), then rolled back.
        let replayOf = cases.lazy.compactMap { file in
            file.bundles.first { $0.bundleId == manifest.bundleId }.map { (file, $0) }
        }.first
        if let (file, _) = replayOf, !file.senderKeys.contains(senderKey.base64) {
            // Another sender's bundle id: never "imported before", never a receipt for someone else's bundle.
            throw ShareError.bundleIdConflict(bundleId: manifest.bundleId, caseName: file.name)
        }
        let (caseId, caseName, newCase, newKey) = try resolveCase(
            cases: cases, senderKey: senderKey.base64, fingerprint: fingerprint, options: options)
        let existing = cases.first { $0.id == caseId }

        var result = ImportResult(
            caseName: caseName, openedCase: newCase, senderFingerprint: fingerprint, bundleId: manifest.bundleId,
            bundleSha256: "", alreadyImported: false, newEntries: 0, newRevisions: 0, newAttachments: 0,
            importedAt: options.now, bundleVersion: manifest.version)
        do {
            try journal.transaction { writer in
                if newCase {
                    try writer.append(CaseBody(
                        prev: Data(), caseId: caseId, name: caseName, senderKey: senderKey.base64, fingerprint: fingerprint,
                        openedAt: options.now))
                } else if newKey {
                    try writer.append(CaseKeyBody(
                        prev: Data(), caseId: caseId, senderKey: senderKey.base64, fingerprint: fingerprint,
                        acceptedAt: options.now))
                }
                var members = ListedMembers(manifest)
                let knownEntries = Set(existing?.entries.map(\.id) ?? [])
                var knownVersions = Set(existing?.entries.flatMap { entry in
                    entry.versions.map { VersionKey(entry: entry.id, number: $0.number, fields: $0.fields) }
                } ?? [])
                var knownAttachments = Set(existing?.entries.flatMap { entry in
                    entry.attachments.map { "\(entry.id)/\($0.name)/\($0.content.sha256)" }
                } ?? [])
                var newEntryIDs = Set<String>()
                while let member = try tar.next() {
                    let expected = try members.expect(member)
                    if let item = manifest.entries.first(where: { $0.path == member.name }) {
                        guard member.size <= entryLimit else { throw ShareProblem.memberTooLarge(member.name) }
                        let data = try tar.readMember(size: member.size)
                        guard Encoding.hex(SHA256.hash(Array(data))) == expected.sha256 else {
                            throw ShareProblem.hashMismatch(member.name)
                        }
                        let entry = try decodeEntry(data, item: item, version: manifest.version)
                        for version in entry.revisions {
                            var proof: RevisionProof?
                            if let checkpoint, version.disclosure != nil {
                                proof = try BundleProof.checkRevision(
                                    version, entry: entry.id, checkpoint: checkpoint, runs: &runs)
                            }
                            let key = VersionKey(entry: entry.id, number: version.number, fields: version.fields)
                            guard knownVersions.insert(key).inserted else { continue }
                            try writer.append(ImportedRevisionBody(
                                prev: Data(), caseId: caseId, bundleId: manifest.bundleId, entry: entry.id,
                                number: version.number, recordedAt: version.recordedAt, fields: version.fields,
                                proof: proof))
                            result.newRevisions += 1
                            if !knownEntries.contains(entry.id), newEntryIDs.insert(entry.id).inserted {
                                result.newEntries += 1
                            }
                        }
                    } else {
                        let items = manifest.attachments.filter { $0.path == member.name }
                        let stored = try writer.storeStream { try tar.read(upTo: $0) }
                        guard stored.size == expected.size else { throw ShareProblem.sizeMismatch(member.name) }
                        guard stored.sha256 == expected.sha256, member.name == "attachments/\(stored.sha256)" else {
                            throw ShareProblem.hashMismatch(member.name)
                        }
                        for item in items where knownAttachments.insert("\(item.entry)/\(item.name)/\(item.sha256)").inserted {
                            try writer.append(ImportedAttachmentBody(
                                prev: Data(), caseId: caseId, bundleId: manifest.bundleId, entry: item.entry,
                                name: item.name, content: stored))
                            result.newAttachments += 1
                        }
                    }
                }
                try members.finish()
                // Each pseudonym one hidden name, and each hidden name one pseudonym, across the whole bundle.
                try BundleProof.checkPseudonyms(runs)
                // The tar has ended; the age payload must end here too, verified, and so must the file.
                guard try age.read(upTo: 1).isEmpty else { throw ShareProblem.dataAfterEnd }
                result.bundleSha256 = try source.finishHash()
                if let checkpoint, let evidence = manifest.evidence {
                    result.witness = try witness(
                        checkpoint, evidence: evidence, history: histories[checkpoint.journalId], caseId: caseId,
                        bundleId: manifest.bundleId, journal: journal, writer: writer, now: options.now)
                }
                if replayOf != nil { throw ReplayRollback() }
                try writer.append(BundleImportBody(
                    prev: Data(), caseId: caseId, bundleId: manifest.bundleId, bundleSha256: result.bundleSha256,
                    senderKey: senderKey.base64, createdAt: manifest.createdAt, importedAt: options.now, note: manifest.note,
                    redactions: manifest.redactions, chainHead: manifest.chainHead))
            }
        } catch is ReplayRollback {
            let (file, bundle) = replayOf!
            // The first import judged this checkpoint; give its cosignature again, if it got one.
            var witness = result.witness
            if let checkpoint, let cosigned = histories[checkpoint.journalId]?.cosigned.last(where: {
                $0.size == checkpoint.size && $0.root == checkpoint.root
            }) {
                witness = WitnessOutcome(
                    journalId: checkpoint.journalId, size: checkpoint.size, verdict: .cosignedBefore(cosigned.cosignedAt),
                    cosignature: Receipt.Cosignature(
                        checkpoint: cosigned.checkpoint, signature: cosigned.cosignature,
                        cosignerKey: try BundleProof.cosignerKey(identity: journal.identity())))
            } else {
                // Not cosigned the first time (the case says why): nothing new to say, and no cosignature to give.
                witness = nil
            }
            return ImportResult(
                caseName: file.name, openedCase: false, senderFingerprint: fingerprint, bundleId: manifest.bundleId,
                bundleSha256: bundle.bundleSha256, alreadyImported: true, newEntries: 0, newRevisions: 0,
                newAttachments: 0, importedAt: bundle.importedAt, bundleVersion: manifest.version, witness: witness)
        }
        return result
    }

    /// Judges the bundle's checkpoint against what this vault cosigned of the same journal, and records the
    /// cosignature, or the fork it refused to cosign. The import itself goes on either way (Docs/evidence.md).
    private static func witness(
        _ checkpoint: CheckedCheckpoint, evidence: BundleManifest.Evidence, history: WitnessHistory?, caseId: String,
        bundleId: String, journal: Journal, writer: RecordWriter, now: Date
    ) throws -> WitnessOutcome {
        var consistency: (fromSize: UInt64, proof: [[UInt8]])?
        if let given = evidence.consistency {
            var proof: [[UInt8]] = []
            for hash in given.proof {
                guard FormatRules.isLowerHex(hash, count: 64), let bytes = try? Encoding.fromHex(hash) else {
                    throw ShareProblem.consistencyMalformed
                }
                proof.append(bytes)
            }
            consistency = (given.fromSize, proof)
        }
        let history = history ?? WitnessHistory(
            journalId: checkpoint.journalId, checkpointKey: checkpoint.key, cosigned: [], forks: [])
        var outcome = WitnessOutcome(
            journalId: checkpoint.journalId, size: checkpoint.size, verdict: .cosigned, cosignature: nil)
        let identity = try journal.identity()
        let verdict = history.judge(
            size: checkpoint.size, root: checkpoint.root, consistency: consistency, verify: BundleProof.consistent)
        switch verdict {
        case .first, .extends:
            let line = try BundleProof.cosign(checkpoint, identity: identity, at: now)
            try writer.append(WitnessBody(
                prev: Data(), caseId: caseId, journalId: checkpoint.journalId, checkpointKey: checkpoint.key,
                checkpoint: checkpoint.note, size: checkpoint.size, root: Data(checkpoint.root), cosignedAt: now,
                cosignature: line))
            outcome.cosignature = Receipt.Cosignature(
                checkpoint: checkpoint.note, signature: line, cosignerKey: try BundleProof.cosignerKey(identity: identity))
        case .known(let cosigned):
            outcome.verdict = .cosignedBefore(cosigned.cosignedAt)
            outcome.cosignature = Receipt.Cosignature(
                checkpoint: cosigned.checkpoint, signature: cosigned.cosignature,
                cosignerKey: try BundleProof.cosignerKey(identity: identity))
        case .fork(let against), .unproven(let against):
            let proven = if case .fork = verdict { true } else { false }
            outcome.verdict = proven
                ? .fork(againstSize: against.size, againstCosignedAt: against.cosignedAt)
                : .unproven(againstSize: against.size, againstCosignedAt: against.cosignedAt)
            try writer.append(ForkBody(
                prev: Data(), caseId: caseId, journalId: checkpoint.journalId, bundleId: bundleId,
                checkpoint: checkpoint.note, size: checkpoint.size, root: Data(checkpoint.root), proven: proven,
                againstSize: against.size, againstCosignedAt: against.cosignedAt, detectedAt: now))
        }
        return outcome
    }

    /// Which case a bundle goes to: the case that knows the sender key; else the
    /// named case if it may take a new key; else a new case.
    private static func resolveCase(
        cases: [CaseFile], senderKey: String, fingerprint: String, options: ImportOptions
    ) throws -> (id: String, name: String, new: Bool, newKey: Bool) {
        if let known = cases.first(where: { $0.senderKeys.contains(senderKey) }) {
            return (known.id, known.name, false, false)
        }
        let name = options.caseName?.trimmingCharacters(in: .whitespaces) ?? ""
        if !name.isEmpty, let named = cases.first(where: { Folding.fold($0.name) == Folding.fold(name) }) {
            guard options.acceptNewKey else {
                throw ShareError.caseKeyMismatch(
                    caseName: named.name, knownFingerprint: named.fingerprints.last ?? "", newFingerprint: fingerprint)
            }
            return (named.id, named.name, false, true)
        }
        let chosen = name.isEmpty ? "dossier-" + fingerprint.prefix(9) : name
        return (UUID().uuidString.lowercased(), chosen, true, false)
    }

    /// Reads and checks manifest.json the way an import does, every field against the
    /// format (public for the fuzz targets).
    ///
    /// - Throws: ``ShareError/bundleInvalid(_:)`` naming the problem, or
    ///   ``ShareError/unsupportedVersion(_:)``.
    public static func decodeManifest(_ data: Data) throws -> BundleManifest {
        let member = "manifest.json"
        do {
            let header: OutsideJSON.Header
            do {
                header = try OutsideJSON.decode(OutsideJSON.Header.self, from: data, member: member)
            } catch .malformedJSON where (try? StrictJSON.check(data)) != nil {
                // JSON, but not even an object with a format and a version.
                throw ShareProblem.wrongFormat(member)
            }
            guard header.format == BundleManifest.formatName else { throw ShareProblem.wrongFormat(member) }
            guard BundleManifest.readableVersions.contains(header.version) else {
                throw ShareError.unsupportedVersion(header.version)
            }
            // Version 1 had no evidence; a key of that name in one is not read.
            let manifest = try OutsideJSON.decode(BundleManifest.self, from: data, member: member).readAs(header.version)
            try manifest.validate()
            return manifest
        } catch let problem as ShareProblem {
            throw ShareError.bundleInvalid(problem)
        }
    }

    /// Reads and checks one entry file against its manifest item, the way an import does.
    ///
    /// - Throws: ``ShareError/bundleInvalid(_:)`` naming the problem.
    public static func decodeEntry(_ data: Data, item: BundleManifest.EntryItem, version: Int = 1) throws
        -> BundleEntry
    {
        do {
            let entry = try OutsideJSON.decode(BundleEntry.self, from: data, member: item.path).readAs(version)
            try entry.validate(against: item, version: version)
            return entry
        } catch {
            throw ShareError.bundleInvalid(error)
        }
    }
}

extension BundleImport {
    /// How much a bundle's tar may hold.
    /// Opens the age layer of `file` with `identity`'s key, and the tar inside it; the source hashes the file
    /// as it is read. A file not encrypted to that key is `notForUs`; one that is no age file, `notABundle`.
    static func decrypt(_ file: URL, for identity: VaultIdentity, notForUs: ShareError) throws
        -> (source: HashingSource, age: AgeReader, tar: TarReader)
    {
        let source = try HashingSource(path: file.path)
        let age: AgeReader
        do {
            age = try AgeReader(source: source, identities: [identity.ageIdentity])
        } catch AgeError.noMatchingIdentity {
            throw notForUs
        } catch let error as AgeError {
            throw ShareError.notABundle(.age(error))
        }
        return (source, age, TarReader(source: AgeSource(reader: age), limits: tarLimits))
    }

    static let tarLimits = TarReader.Limits(maxEntrySize: attachmentLimit, maxEntries: memberLimit, maxTotalSize: 64 << 30)

    /// Reads `manifest.json` and `manifest.json.minisig`, the first two members, each under its limit, and checks
    /// the manifest against the format; the signature is not verified yet.
    static func signedManifest(_ tar: TarReader) throws -> (manifest: BundleManifest, data: Data, signature: String) {
        guard let first = try tar.next() else { throw ShareProblem.missingMember("manifest.json") }
        guard first.name == "manifest.json" else {
            throw ShareProblem.memberOutOfOrder(found: first.name, expected: "manifest.json")
        }
        guard first.size <= manifestLimit else { throw ShareProblem.memberTooLarge("manifest.json") }
        let manifestData = try tar.readMember(size: first.size)
        guard let second = try tar.next() else { throw ShareProblem.missingMember("manifest.json.minisig") }
        guard second.name == "manifest.json.minisig" else {
            throw ShareProblem.memberOutOfOrder(found: second.name, expected: "manifest.json.minisig")
        }
        guard second.size <= signatureLimit else { throw ShareProblem.memberTooLarge("manifest.json.minisig") }
        let signature = String(decoding: try tar.readMember(size: second.size), as: UTF8.self)
        return (try decodeManifest(manifestData), manifestData, signature)
    }

    /// Checks the manifest's minisign signature by `key`, and that its trusted comment names this bundle.
    ///
    /// - Throws: ``ShareError/badSignature(_:)``.
    static func verify(_ signature: String, of manifestData: Data, manifest: BundleManifest, key: MinisignPublicKey) throws {
        do {
            let trusted = try Minisign.verify(signature: signature, message: Array(manifestData), publicKey: key)
            guard trusted == BundleWriter.trustedComment(manifest) else {
                throw ShareError.badSignature(.signedCommentMismatch)
            }
        } catch let error as MinisignError {
            throw ShareError.badSignature(.minisign(error))
        }
    }
}

/// The members after the signature, each checked to be the one the manifest lists next, at the size it gives.
struct ListedMembers {
    typealias Item = (path: String, size: UInt64, sha256: String)
    private let order: [Item]
    private let listed: Set<String>
    private var position = 0

    init(_ manifest: BundleManifest) {
        order = manifest.memberOrder
        listed = Set(order.map(\.path))
    }

    /// The manifest's item for `member`, which must be the next one listed.
    mutating func expect(_ member: TarEntry) throws(ShareProblem) -> Item {
        guard position < order.count, member.name == order[position].path else {
            if listed.contains(member.name), position < order.count {
                throw .memberOutOfOrder(found: member.name, expected: order[position].path)
            }
            throw .unlistedMember(member.name)
        }
        let expected = order[position]
        position += 1
        guard member.size == expected.size else { throw .sizeMismatch(member.name) }
        return expected
    }

    /// Checks that no listed member is missing, once the tar has ended.
    func finish() throws(ShareProblem) {
        guard position == order.count else { throw .missingMember(order[position].path) }
    }
}

/// Thrown inside the import transaction to undo a fully checked replay.
struct ReplayRollback: Error {}

/// A revision as the adviser knows it: the same number with other content (say,
/// shared once redacted and once not) counts as a version of its own.
struct VersionKey: Hashable {
    var entry: String
    var number: Int
    var fields: Data

    init(entry: String, number: Int, fields: EntryFields) {
        self.entry = entry
        self.number = number
        self.fields = (try? BundleJSON.encoder().encode(fields)) ?? Data()
    }
}

/// Reads a file and hashes every byte read, for the bundle hash receipts name.
final class HashingSource: ByteSource {
    private let file: FileSource
    private var hasher = SHA256.Hasher()

    init(path: String) throws {
        file = try FileSource(path: path)
    }

    func read(upTo count: Int) throws -> [UInt8] {
        let bytes = try file.read(upTo: count)
        hasher.update(bytes)
        return bytes
    }

    /// Reads whatever is left (there should be nothing) and returns the hash of the whole file.
    func finishHash() throws -> String {
        guard try read(upTo: 1).isEmpty else { throw ShareError.bundleInvalid(.dataAfterEnd) }
        return Encoding.hex(hasher.finalize())
    }
}

/// An age payload as a byte source for the tar reader.
struct AgeSource: ByteSource {
    let reader: AgeReader
    mutating func read(upTo count: Int) throws -> [UInt8] { try reader.read(upTo: count) }
}
