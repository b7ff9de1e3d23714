// FuzzBundleManifest and FuzzBundleEntry: a bundle's manifest.json and entries/*.json,
// checked the way `adviser import` checks them.
import Foundation
import MeldboekShare
import MeldboekSodium

/// Checks the input as a bundle's `manifest.json` (``BundleImport/decodeManifest(_:)``).
public enum BundleManifestHarness {
    /// Whether the manifest was accepted.
    public static func run(_ bytes: [UInt8]) -> Bool {
        (try? BundleImport.decodeManifest(Data(bytes))) != nil
    }
}

/// Checks the input as an entry file (``BundleImport/decodeEntry(_:item:)``) against a
/// manifest item that names the seed's entry, with the input's own size and SHA-256, so
/// an input is refused for its content and never merely for not matching a fixed hash.
public struct BundleEntryHarness: Sendable {
    /// The id and revisions of the entry in Tests/FuzzCorpus/FuzzBundleEntry/entry.json.
    static let entryID = "01a226d5-e9b6-788f-9b0f-b5ce3cfe5173"
    let item: BundleManifest.EntryItem

    public init() throws {
        item = try JSONDecoder().decode(
            BundleManifest.EntryItem.self,
            from: Data(#"{"id":"\#(Self.entryID)","path":"entries/\#(Self.entryID).json","size":0,"sha256":"","revisions":[1]}"#.utf8))
    }

    /// Whether the entry was accepted, read as a bundle of version 1 or of version 2 (disclosures and proofs).
    public func run(_ bytes: [UInt8]) -> Bool {
        var item = item
        item.size = UInt64(bytes.count)
        item.sha256 = Encoding.hex(SHA256.hash(bytes))
        let asVersion1 = (try? BundleImport.decodeEntry(Data(bytes), item: item, version: 1)) != nil
        let asVersion2 = (try? BundleImport.decodeEntry(Data(bytes), item: item, version: 2)) != nil
        return asVersion1 || asVersion2
    }
}
