// Anchoring checkpoints with outside witnesses, offline first: the request is written and kept in the journal
// now, the reply (an RFC 3161 .tsr, or an OpenTimestamps .ots) is imported whenever the melder was online.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A timestamp request written by `meldboek anchor`, kept in the chain until its reply is imported.
struct AnchorRequestBody: RecordContent {
    static let kind = RecordKind(rawValue: 48)
    var prev = Data()
    /// The signed checkpoint note, exactly as written to `checkpoint.txt` (what the request's imprint covers).
    var checkpoint: String
    /// The request's DER (`checkpoint.tsq`): its imprint and nonce.
    var request: Data
    var createdAt: Date
}

/// A checked RFC 3161 token for a checkpoint.
struct TimestampTokenBody: RecordContent {
    static let kind = RecordKind(rawValue: 46)
    var prev = Data()
    var checkpoint: String
    /// The token's DER (CMS SignedData), checkable later with `openssl ts -verify`.
    var token: Data
    var genTime: Date
    var authority: String
    var policy: String
    var serialNumber: String
    var importedAt: Date
}

/// An OpenTimestamps proof for a checkpoint, pending at calendars or attested in Bitcoin blocks.
struct OpenTimestampsBody: RecordContent {
    static let kind = RecordKind(rawValue: 47)
    var prev = Data()
    var checkpoint: String
    var proof: Data
    var pendingCalendars: [String]
    var bitcoinBlocks: [UInt64]
    var importedAt: Date
}

/// A checkpoint's timestamp or proof as the journal keeps it.
public struct AnchorWitness: Equatable, Sendable {
    /// What vouches for the checkpoint.
    public enum Kind: Equatable, Sendable {
        /// An RFC 3161 timestamp authority, by name, at `time`.
        case timestamp(authority: String, time: Date)
        /// An OpenTimestamps proof: the calendars it is pending at, the Bitcoin blocks it is attested in.
        case openTimestamps(pendingCalendars: [String], bitcoinBlocks: [UInt64])
    }

    /// The signed checkpoint note the witness is for.
    public let checkpoint: String
    public let kind: Kind
    /// The token's or proof's own bytes.
    public let bytes: [UInt8]
    public let importedAt: Date
}

/// The files `meldboek anchor` wrote and what to do with them.
public struct AnchorFiles: Sendable {
    /// The signed checkpoint note (the file an OpenTimestamps client stamps).
    public let checkpoint: URL
    /// The timestamp request (DER) to send to an authority.
    public let request: URL
    /// The request kept in the journal.
    public let timestampRequest: TimestampRequest
}

/// Anchoring signed checkpoints with timestamp authorities and OpenTimestamps.
public enum Anchor {
    /// The file names `prepare` writes in the folder.
    public static let checkpointFile = "checkpoint.txt"
    public static let requestFile = "checkpoint.tsq"
    /// The reply file name the printed command writes.
    public static let replyFile = "checkpoint.tsr"

    /// Writes `checkpoint.txt` (the signed checkpoint note) and `checkpoint.tsq` in `folder` (made 0700 if
    /// missing; the files 0600, never over an existing file) and keeps the request in the journal.
    ///
    /// - Throws: `MeldboekError.fileExists` when either file exists (then nothing is written or kept).
    public static func prepare(checkpoint: String, in journal: Journal, to folder: URL, now: Date = Date())
        throws -> AnchorFiles
    {
        let note = Array(checkpoint.utf8)
        let request = TimestampRequest(message: note)
        let checkpointURL = folder.appendingPathComponent(checkpointFile)
        let requestURL = folder.appendingPathComponent(requestFile)
        try PrivateFiles.makeFolder(folder)
        for url in [checkpointURL, requestURL] where FileManager.default.fileExists(atPath: url.path)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil
        {
            throw MeldboekError.fileExists(path: url.path)
        }
        try journal.transaction { writer in
            try writer.append(AnchorRequestBody(checkpoint: checkpoint, request: Data(request.der), createdAt: now))
        }
        try PrivateFiles.write(Data(note), to: checkpointURL)
        try PrivateFiles.write(Data(request.der), to: requestURL)
        return AnchorFiles(checkpoint: checkpointURL, request: requestURL, timestampRequest: request)
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

    /// Checks a timestamp reply against the requests still waiting (newest first) and keeps its token.
    ///
    /// - Throws: `TimestampError` for a reply that answers no waiting request (the error for the newest request),
    ///   `.alreadyImported` for a token the journal already has, `.nothingOutstanding` when no request waits.
    public static func importTimestamp(_ reply: [UInt8], into journal: Journal, roots: TrustedRoots,
                                       now: Date = Date()) async throws -> TimestampToken
    {
        let requests = try journal.records(of: AnchorRequestBody.self)
        let tokens = try journal.records(of: TimestampTokenBody.self)
        if tokens.contains(where: { reply.containsToken(Array($0.token)) }) { throw TimestampError.alreadyImported }
        let answered = Set(tokens.map(\.checkpoint))
        var newestError: TimestampError?
        for body in requests.reversed() where !answered.contains(body.checkpoint) {
            guard let request = try? TimestampRequest(der: Array(body.request)) else { continue }
            do {
                let token = try await TimestampReply.check(reply, request: request, trustedRoots: roots, now: now)
                try journal.transaction { writer in
                    try writer.append(TimestampTokenBody(
                        checkpoint: body.checkpoint, token: Data(token.der), genTime: token.genTime,
                        authority: token.authority, policy: token.policy, serialNumber: token.serialNumber,
                        importedAt: now))
                }
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

    /// Reads an OpenTimestamps proof for one of the anchored checkpoints and keeps it (a later, upgraded proof
    /// of the same checkpoint is kept too; the most complete one counts).
    ///
    /// - Throws: `TimestampError.proofMalformed`, `.proofForOtherFile` when it is for no anchored checkpoint,
    ///   `.nothingOutstanding` when nothing was anchored.
    public static func importProof(_ bytes: [UInt8], into journal: Journal, now: Date = Date()) throws
        -> OpenTimestampsProof
    {
        let checkpoints = try journal.records(of: AnchorRequestBody.self).map(\.checkpoint)
        guard !checkpoints.isEmpty else { throw TimestampError.nothingOutstanding }
        for checkpoint in checkpoints.reversed() {
            do {
                let proof = try OpenTimestampsProof.read(bytes, expecting: SHA256.hash(Array(checkpoint.utf8)))
                try journal.transaction { writer in
                    try writer.append(OpenTimestampsBody(
                        checkpoint: checkpoint, proof: Data(bytes), pendingCalendars: proof.pendingCalendars,
                        bitcoinBlocks: proof.bitcoinAttestations.map(\.height), importedAt: now))
                }
                return proof
            } catch TimestampError.proofForOtherFile {
                continue
            }
        }
        throw TimestampError.proofForOtherFile
    }

    /// The requests written and not yet answered by a timestamp token, oldest first.
    public static func outstanding(in journal: Journal) throws -> [TimestampRequest] {
        let answered = Set(try journal.records(of: TimestampTokenBody.self).map(\.checkpoint))
        return try journal.records(of: AnchorRequestBody.self).filter { !answered.contains($0.checkpoint) }
            .compactMap { try? TimestampRequest(der: Array($0.request)) }
    }

    /// Every timestamp token and OpenTimestamps proof the journal keeps, in the order imported.
    public static func witnesses(in journal: Journal) throws -> [AnchorWitness] {
        var witnesses: [AnchorWitness] = []
        for record in try journal.records() {
            if let token = try record.decode(TimestampTokenBody.self) {
                witnesses.append(AnchorWitness(
                    checkpoint: token.checkpoint, kind: .timestamp(authority: token.authority, time: token.genTime),
                    bytes: Array(token.token), importedAt: token.importedAt))
            }
            if let proof = try record.decode(OpenTimestampsBody.self) {
                witnesses.append(AnchorWitness(
                    checkpoint: proof.checkpoint,
                    kind: .openTimestamps(pendingCalendars: proof.pendingCalendars, bitcoinBlocks: proof.bitcoinBlocks),
                    bytes: Array(proof.proof), importedAt: proof.importedAt))
            }
        }
        return witnesses
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
