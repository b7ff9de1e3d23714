// Anchoring checkpoints with outside witnesses, offline first: the request is written and kept in the journal
// now, the reply (an RFC 3161 .tsr, or an OpenTimestamps .ots) is imported whenever the melder was online.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A timestamp request written by `meldboek anchor`, kept in the chain until its reply is imported (the tokens
/// and proofs themselves are the store's witness records, kinds 42 and 43).
struct AnchorRequestBody: RecordContent {
    static let kind = RecordKind(rawValue: 48)
    var prev = Data()
    /// The checkpoint the request is for.
    var checkpoint: CheckpointReference
    /// The signed checkpoint note, exactly as written to `checkpoint.txt` (what the request's imprint covers).
    var note: String
    /// The request's DER (`checkpoint.tsq`): its imprint and nonce.
    var request: Data
    var createdAt: Date
}

/// The files `meldboek anchor` wrote and what to do with them.
public struct AnchorFiles: Sendable {
    /// The checkpoint signed for the anchor.
    public let checkpoint: StoredCheckpoint
    /// The signed checkpoint note (the file an OpenTimestamps client stamps).
    public let checkpointFile: URL
    /// The timestamp request (DER) to send to an authority.
    public let requestFile: URL
    /// The request kept in the journal.
    public let request: TimestampRequest
}

/// Anchoring signed checkpoints with timestamp authorities and OpenTimestamps.
public enum Anchor {
    /// The file names `prepare` writes in the folder.
    public static let checkpointFile = "checkpoint.txt"
    public static let requestFile = "checkpoint.tsq"
    /// The reply file name the printed command writes.
    public static let replyFile = "checkpoint.tsr"

    /// Signs a checkpoint, writes `checkpoint.txt` (its signed note) and `checkpoint.tsq` in `folder` (made 0700 if
    /// missing; the files 0600, never over an existing file) and keeps the request in the journal.
    ///
    /// - Throws: `MeldboekError.fileExists` when either file exists (then nothing is signed, written or kept).
    public static func prepare(_ store: EvidenceStore, to folder: URL, now: Date = Date()) throws -> AnchorFiles {
        let checkpointURL = folder.appendingPathComponent(checkpointFile)
        let requestURL = folder.appendingPathComponent(requestFile)
        try PrivateFiles.makeFolder(folder)
        for url in [checkpointURL, requestURL] {
            try NamedFile.checkAbsent(url.path)
        }
        let checkpoint = try store.makeCheckpoint(now: now)
        let request = TimestampRequest(message: Array(checkpoint.note.utf8))
        try store.journal.transaction { writer in
            try writer.append(AnchorRequestBody(
                checkpoint: checkpoint.checkpoint, note: checkpoint.note, request: Data(request.der), createdAt: now))
        }
        try PrivateFiles.write(Data(checkpoint.note.utf8), to: checkpointURL)
        try PrivateFiles.write(Data(request.der), to: requestURL)
        return AnchorFiles(checkpoint: checkpoint, checkpointFile: checkpointURL, requestFile: requestURL,
                           request: request)
    }

    /// The one-line command that sends the request to a free timestamp authority when online.
    public static func curlCommand(request: URL, authority: String = "https://freetsa.org/tsr") -> String {
        let reply = request.deletingPathExtension().appendingPathExtension("tsr")
        return "curl -sS -H 'Content-Type: application/timestamp-query' --data-binary @\(shellQuoted(request.path))"
            + " \(authority) -o \(shellQuoted(reply.path))"
    }

    /// The command that stamps the checkpoint with OpenTimestamps (it writes `checkpoint.txt.ots` beside it).
    public static func otsCommand(checkpoint: URL) -> String {
        "ots stamp \(shellQuoted(checkpoint.path))"
    }

    /// Checks a timestamp reply against the requests still waiting (newest first) and stores its token as a
    /// witness of the request's checkpoint.
    ///
    /// - Throws: `TimestampError` for a reply that answers no waiting request (the error for the newest request),
    ///   `.alreadyImported` for a token the journal already has, `.nothingOutstanding` when no request waits.
    public static func importTimestamp(_ reply: [UInt8], into store: EvidenceStore, roots: TrustedRoots,
                                       now: Date = Date()) async throws -> TimestampToken
    {
        let journal = store.journal
        let tokens = try journal.records(of: TimestampBody.self)
        if tokens.contains(where: { reply.containsToken(Array($0.token)) }) { throw TimestampError.alreadyImported }
        let answered = Set(tokens.map(\.checkpoint))
        var newestError: TimestampError?
        for body in try journal.records(of: AnchorRequestBody.self).reversed() where !answered.contains(body.checkpoint) {
            guard let request = try? TimestampRequest(der: Array(body.request)) else { continue }
            do {
                let token = try await TimestampReply.check(reply, request: request, trustedRoots: roots, now: now)
                guard try store.record(
                    timestamp: body.checkpoint, genTime: token.genTime, authority: token.authority,
                    policy: token.policy, token: Data(token.der), now: now)
                else { throw TimestampError.alreadyImported }
                return token
            } catch let error as TimestampError {
                newestError = newestError ?? error
                // Only a reply for another request sends us on to the next, older one.
                guard [.otherRequest, .wrongNonce, .wrongImprint].contains(error) else { throw error }
            }
        }
        if let newestError { throw newestError }
        // Nothing waits; still say so about a file that is no reply at all.
        guard (try? ParsedReply(der: reply)) != nil else { throw TimestampError.malformed }
        throw TimestampError.nothingOutstanding
    }

    /// Reads an OpenTimestamps proof for one of the journal's signed checkpoints (anchored or written by
    /// `meldboek checkpoint --out`) and stores it as a witness; a later, upgraded proof is stored too.
    ///
    /// - Throws: `TimestampError.proofMalformed`, `.proofForOtherFile` when it is for no checkpoint of this
    ///   journal, `.alreadyImported` for a proof stored before, `.nothingOutstanding` when there is no checkpoint.
    public static func importProof(_ bytes: [UInt8], into store: EvidenceStore, now: Date = Date()) throws
        -> OpenTimestampsProof
    {
        let checkpoints = try store.checkpoints()
        guard !checkpoints.isEmpty else { throw TimestampError.nothingOutstanding }
        for checkpoint in checkpoints.reversed() {
            let proof: OpenTimestampsProof
            do {
                proof = try OpenTimestampsProof.read(bytes, expecting: SHA256.hash(Array(checkpoint.note.utf8)))
            } catch TimestampError.proofForOtherFile {
                continue
            }
            guard try store.record(
                otsProof: checkpoint.checkpoint, proof: Data(bytes), pendingCalendars: proof.pendingCalendars,
                bitcoinBlocks: proof.bitcoinAttestations.map { Int(clamping: $0.height) }, now: now)
            else { throw TimestampError.alreadyImported }
            return proof
        }
        throw TimestampError.proofForOtherFile
    }

    /// The requests written and not yet answered by a timestamp token, oldest first.
    public static func outstanding(in journal: Journal) throws -> [TimestampRequest] {
        let answered = Set(try journal.records(of: TimestampBody.self).map(\.checkpoint))
        return try journal.records(of: AnchorRequestBody.self).filter { !answered.contains($0.checkpoint) }
            .compactMap { try? TimestampRequest(der: Array($0.request)) }
    }

    /// A path for a shell command line: as it is when it has only safe characters, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._/+,:@%=")
        if !path.isEmpty, path.allSatisfy(safe.contains) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension Array where Element == UInt8 {
    /// Whether these reply bytes hold `token` (a reply is its status followed by the token's DER).
    func containsToken(_ token: [UInt8]) -> Bool {
        guard !token.isEmpty, token.count <= count else { return false }
        return (0...(count - token.count)).contains { self[$0..<$0 + token.count].elementsEqual(token) }
    }
}
