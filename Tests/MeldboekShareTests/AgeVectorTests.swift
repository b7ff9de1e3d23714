// Runs every C2SP/CCTV age test vector in Vectors/age through one generic test.
import Foundation
import MeldboekSodium
import Testing

@testable import MeldboekShare

/// One test vector file: its `key: value` header and the age file after the empty line.
struct AgeVector {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Vectors/age")
    /// Every vector file name; the folder also holds its LICENSE notice.
    static let allNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0 != "LICENSE" }.sorted()
    }()

    /// Vectors we cannot run, each with the reason. The generic test fails if any other vector
    /// needs skipping, and `skipListIsExact` fails if a name here is missing or runnable.
    static let skipped: [String: String] = {
        let mlkem = "needs ML-KEM-768 for the mlkem768x25519 hybrid stanza and identity; libsodium 1.0.18 has none"
        let names = [
            "armor_hybrid", "hybrid", "hybrid_and_x25519", "hybrid_bad_tag", "hybrid_currupted_enc_mlkem",
            "hybrid_currupted_enc_x25519", "hybrid_extra_argument", "hybrid_grease", "hybrid_identity",
            "hybrid_long_file_key", "hybrid_long_share", "hybrid_low_order", "hybrid_multiple_recipients",
            "hybrid_no_match", "hybrid_not_canonical_body", "hybrid_not_canonical_enc", "hybrid_short_share",
            "hybrid_uppercase", "hybrid_x25519_arg",
        ]
        return Dictionary(uniqueKeysWithValues: names.map { ($0, mlkem) })
    }()

    static var runnableNames: [String] { allNames.filter { skipped[$0] == nil } }

    /// Header failures that our API reports as `.truncated`: the file ends where the 16-byte
    /// payload nonce should be. The vectors call this a header failure; we name the cause.
    static let headerFailuresReportedAsTruncated: Set = ["stream_no_nonce", "stream_short_nonce"]

    private static let knownKeys: Set = [
        "expect", "payload", "file key", "identity", "passphrase", "armored", "comment", "compressed",
    ]

    let name: String
    var fields: [String: [String]] = [:]
    var file: [UInt8] = []

    init(name: String) throws {
        self.name = name
        let raw = [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let separator = try #require(raw.indices.first { raw[$0] == 0x0A && $0 + 1 < raw.count && raw[$0 + 1] == 0x0A })
        let headerText = String(decoding: raw[..<separator], as: UTF8.self)
        for line in headerText.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            let key = String(parts[0])
            let value = parts.count > 1 ? String(parts[1].drop { $0 == " " }) : ""
            fields[key, default: []].append(value)
        }
        file = Array(raw[(separator + 2)...])
        if fields["compressed"] == ["zlib"] { file = try inflateZlib(file) }
    }

    func value(_ key: String) -> String? { fields[key]?.first }
    var unknownKeys: [String] { fields.keys.filter { !Self.knownKeys.contains($0) }.sorted() }
    var needsMLKEM: Bool { (fields["identity"] ?? []).contains { $0.hasPrefix("AGE-SECRET-KEY-PQ-") } }

    func identities() throws -> [any AgeIdentityProtocol] {
        let x25519: [any AgeIdentityProtocol] = try (fields["identity"] ?? []).map { try AgeIdentity(string: $0) }
        let passphrases: [any AgeIdentityProtocol] = try (fields["passphrase"] ?? []).map {
            ScryptPassphrase(try SecureBytes(copying: Array($0.utf8)))
        }
        return x25519 + passphrases
    }
}

/// Where decryption stopped: in `AgeReader.init` (header) or in `read` (payload).
private enum Outcome {
    case success
    case headerError(any Error)
    case payloadError(any Error)
}

@Test(arguments: AgeVector.runnableNames)
func ageVector(_ name: String) throws {
    let vector = try AgeVector(name: name)
    #expect(vector.unknownKeys.isEmpty, "unknown keys \(vector.unknownKeys): the vector must be skipped by name")
    #expect(!vector.needsMLKEM, "needs ML-KEM but is not in the skip list")
    let expect = try #require(vector.value("expect"))

    var hasher = SHA256.Hasher()
    let outcome: Outcome
    do {
        let reader = try AgeReader(source: ArraySource(vector.file), identities: try vector.identities())
        do {
            while true {
                let bytes = try reader.read(upTo: 65_536)
                if bytes.isEmpty { break }
                hasher.update(bytes)
            }
            outcome = .success
        } catch {
            outcome = .payloadError(error)
        }
    } catch {
        outcome = .headerError(error)
    }
    let released = hexString(hasher.finalize())

    switch (expect, outcome) {
    case ("success", .success):
        #expect(released == vector.value("payload"))
    case ("no match", .headerError(let error)):
        #expect(error as? AgeError == .noMatchingIdentity)
    case ("HMAC failure", .headerError(let error)):
        #expect(error as? AgeError == .headerMACMismatch)
    case ("header failure", .headerError(let error)):
        switch error as? AgeError {
        case .notAgeFile?, .unsupportedVersion?, .malformedHeader?: break
        case .truncated? where AgeVector.headerFailuresReportedAsTruncated.contains(name): break
        default: Issue.record("expected a header failure, got \(error)")
        }
    case ("armor failure", .headerError(let error)), ("armor failure", .payloadError(let error)):
        guard case .armor? = error as? AgeError else {
            Issue.record("expected an armor failure, got \(error)")
            return
        }
    case ("payload failure", .payloadError(let error)):
        let kinds: [AgeError] = [.payloadCorrupt, .truncated, .trailingData]
        #expect(kinds.contains { $0 == error as? AgeError }, "got \(error)")
        #expect(released == vector.value("payload"), "plaintext released before the error")
    default:
        Issue.record("expected \(expect), got \(outcome)")
    }

    try checkRoundTrips(vector, expect: expect)
}

/// The round trips the CCTV README suggests: a parsed header re-encodes to the same bytes,
/// and a successfully decoded armor re-encodes to the same text up to allowed whitespace.
private func checkRoundTrips(_ vector: AgeVector, expect: String) throws {
    guard expect != "header failure", expect != "armor failure" else { return }
    let header = try AgeHeader.parse(try AgeReader.binaryInput(ArraySource(vector.file)))
    #expect(AgeHeader.encodeAuthenticated(header.stanzas) == header.authenticatedBytes)

    guard vector.value("armored") == "yes", expect == "success" else { return }
    let decoder = try AgeReader.binaryInput(ArraySource(vector.file))
    var binary: [UInt8] = []
    while case let bytes = try decoder.read(upTo: 65_536), !bytes.isEmpty { binary += bytes }
    let normalized = String(decoding: vector.file, as: UTF8.self)
        .replacingOccurrences(of: "\r\n", with: "\n")
        .trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    #expect(String(decoding: AgeArmor.encode(binary), as: UTF8.self) == normalized)
}

@Test func skipListIsExact() throws {
    for (name, reason) in AgeVector.skipped.sorted(by: { $0.key < $1.key }) {
        #expect(AgeVector.allNames.contains(name), "skipped vector \(name) does not exist")
        let vector = try AgeVector(name: name)
        #expect(vector.needsMLKEM, "\(name) is skipped (\(reason)) but could run")
    }
}

@Test func vectorCounts() throws {
    #expect(AgeVector.allNames.count == 143)
    #expect(AgeVector.skipped.count == 19)
    #expect(AgeVector.runnableNames.count == 124)
    var byExpect: [String: Int] = [:]
    for name in AgeVector.allNames {
        byExpect[try AgeVector(name: name).value("expect") ?? "?", default: 0] += 1
    }
    #expect(
        byExpect == [
            "success": 26, "no match": 13, "HMAC failure": 1, "header failure": 62, "payload failure": 19,
            "armor failure": 22,
        ])
}
