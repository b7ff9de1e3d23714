// manifest.json and entries/ID.json: what a bundle holds, field by field.
import Foundation
import MeldboekCore

/// The bundle's table of contents, signed with minisign as `manifest.json.minisig`.
///
/// Every member of the tar but the manifest and its signature is listed here
/// with its SHA-256; the importer refuses anything else.
public struct BundleManifest: Codable, Sendable, Equatable {
    public static let formatName = "meldboek-bundle"
    public static let currentVersion = 1

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
}

/// One shared entry: `entries/ID.json`.
public struct BundleEntry: Codable, Sendable, Equatable {
    public struct Version: Codable, Sendable, Equatable {
        public var number: Int
        public var recordedAt: Date
        public var fields: EntryFields
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
