// manifest.json and entries/ID.json: what a bundle holds, field by field.
import Foundation
import MeldboekCore
import MeldboekEvidence

/// The bundle's table of contents, signed with minisign as `manifest.json.minisig`.
///
/// Every member of the tar but the manifest and its signature is listed here
/// with its SHA-256; the importer refuses anything else.
public struct BundleManifest: Codable, Sendable, Equatable {
    public static let formatName = "meldboek-bundle"
    /// Version 2 adds `evidence` and, per revision, its disclosure and inclusion proof.
    public static let currentVersion = 2
    /// Version 3 is version 2 where a shared revision gives someone's role in the melder's own words
    /// (`roleWords`), committed as a field of its own. Written only then, so every other bundle stays
    /// version 2, and an older Meldboek says it must be updated instead of finding a field it can't place.
    public static let roleWordsVersion = 3
    /// The versions this build reads.
    public static let readableVersions = 1...3

    public struct Party: Codable, Sendable, Equatable {
        public var ageRecipient: String
        public var minisignPublicKey: String
        public var fingerprint: String
    }

    public struct EntryItem: Codable, Sendable, Equatable {
        public var id: String
        public var path: String
        public var size: UInt64
        public var sha256: String
        public var revisions: [Int]
    }

    /// Version 2: the melder's signed checkpoint every shared revision is proven against.
    public struct Evidence: Codable, Sendable, Equatable {
        /// A consistency proof (RFC 9162, 2.1.4) from an earlier checkpoint of the same journal.
        public struct Consistency: Codable, Sendable, Equatable {
            public var fromSize: UInt64
            /// The proof's hashes, lower-case hex, in the RFC's order.
            public var proof: [String]

            public init(fromSize: UInt64, proof: [String]) {
                self.fromSize = fromSize
                self.proof = proof
            }
        }

        /// The signed checkpoint note (C2SP tlog-checkpoint, signed-note), with its final newline.
        public var checkpoint: String
        /// The melder's checkpoint verifier key, `<name>+<key id hex>+<base64(0x01 ‖ key)>`.
        public var checkpointKey: String
        /// From the last checkpoint this adviser cosigned, as the melder's receipts recorded it.
        public var consistency: Consistency?

        public init(checkpoint: String, checkpointKey: String, consistency: Consistency?) {
            self.checkpoint = checkpoint
            self.checkpointKey = checkpointKey
            self.consistency = consistency
        }
    }

    public struct AttachmentItem: Codable, Sendable, Equatable {
        public var entry: String
        public var name: String
        public var path: String
        public var size: UInt64
        public var sha256: String
    }

    public var format: String
    public var version: Int
    public var bundleId: String
    public var createdAt: Date
    public var sender: Party
    public var recipients: [Party]
    /// The sender's journal chain head when the bundle was made, hex.
    public var chainHead: String
    public var note: String?
    /// Which fields were redacted: `people`, `witnesses`, `location`.
    public var redactions: [String]
    public var entries: [EntryItem]
    public var attachments: [AttachmentItem]
    /// Version 2 only (and there required).
    public var evidence: Evidence?
}

/// One shared entry: `entries/ID.json`.
public struct BundleEntry: Codable, Sendable, Equatable {
    public struct Version: Codable, Sendable, Equatable {
        public var number: Int
        public var recordedAt: Date
        /// The revision as shown: with a disclosure, exactly what the disclosure renders.
        public var fields: EntryFields
        /// Version 2: the revision's fields as committed, each disclosed, redacted by tokens or withheld.
        public var disclosure: Disclosure?
        /// Version 2: the position of the revision's leaf in the melder's log.
        public var leafIndex: UInt64?
        /// Version 2: the inclusion proof of that leaf in the bundle's checkpoint, lower-case hex.
        public var inclusion: [String]?

        public init(number: Int, recordedAt: Date, fields: EntryFields, disclosure: Disclosure? = nil,
                    leafIndex: UInt64? = nil, inclusion: [String]? = nil) {
            self.number = number
            self.recordedAt = recordedAt
            self.fields = fields
            self.disclosure = disclosure
            self.leafIndex = leafIndex
            self.inclusion = inclusion
        }
    }

    public var id: String
    public var revisions: [Version]
}

/// The JSON coding every bundle and receipt member uses: sorted keys, ISO 8601 dates.
enum BundleJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension BundleManifest {
    /// The manifest as its version reads it: version 1 knows no evidence.
    func readAs(_ version: Int) -> BundleManifest {
        var copy = self
        if version < 2 { copy.evidence = nil }
        return copy
    }
}

extension BundleEntry {
    /// The entry as its bundle's version reads it: version 1 knows no disclosure or proof.
    func readAs(_ version: Int) -> BundleEntry {
        guard version < 2 else { return self }
        var copy = self
        copy.revisions = revisions.map {
            BundleEntry.Version(number: $0.number, recordedAt: $0.recordedAt, fields: $0.fields)
        }
        return copy
    }
}
