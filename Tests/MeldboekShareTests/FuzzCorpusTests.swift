// Every fuzzing seed and every input a fuzzer crashed on, replayed through the parsers it was found in.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    /// The files for `target`: its seeds, and the regressions named after it.
    static func inputs(_ target: String) throws -> [Data] {
        let fileManager = FileManager.default
        let seeds = try fileManager.contentsOfDirectory(at: corpus.appendingPathComponent(target), includingPropertiesForKeys: nil)
        let regressions = try fileManager.contentsOfDirectory(
            at: corpus.appendingPathComponent("Regressions"), includingPropertiesForKeys: nil
        ).filter { $0.lastPathComponent.hasPrefix(target + "-") }
        return try (seeds + regressions).map { try Data(contentsOf: $0) }
    }

    @Test func ageInputsOpenOrFailCleanly() throws {
        let identities: [any AgeIdentityProtocol] = [
            try AgeIdentity(string: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"),
            ScryptPassphrase(try SecureBytes(copying: Array("password".utf8))),
        ]
        var opened = 0
        for input in try Self.inputs("FuzzAge") {
            guard let reader = try? AgeReader(source: ArraySource(Array(input)), identities: identities) else { continue }
            while let piece = try? reader.read(upTo: 65536), !piece.isEmpty {}
            opened += 1
        }
        #expect(opened >= 3, "the seeds are valid age files for the fixed identities")
    }

    @Test func tarInputsReadOrFailCleanly() throws {
        var members = 0
        for input in try Self.inputs("FuzzTar") {
            let reader = TarReader(
                source: ArraySource(Array(input)),
                limits: TarReader.Limits(maxEntrySize: 1 << 20, maxEntries: 64, maxTotalSize: 4 << 20))
            while let entry = try? reader.next() {
                members += 1
                var left = entry.size
                while left > 0, let piece = try? reader.read(upTo: 4096), !piece.isEmpty { left -= UInt64(piece.count) }
            }
        }
        #expect(members >= 5)
    }

    @Test func bundleJSONInputsParseOrFailCleanly() throws {
        let item = try JSONDecoder().decode(
            BundleManifest.EntryItem.self,
            from: Data(#"{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","path":"entries/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.json","size":1,"sha256":"","revisions":[1]}"#.utf8))
        var manifests = 0
        for input in try Self.inputs("FuzzBundleJSON") {
            if (try? BundleImport.decodeManifest(input)) != nil { manifests += 1 }
            _ = try? BundleImport.decodeEntry(input, item: item)
        }
        #expect(manifests >= 1)
    }

    @Test func minisignInputsParseOrFailCleanly() throws {
        let key = try MinisignPublicKey(base64: "RWTxPpI5jouggCbiIX2O6/ST5vHGMIpe0er8gOBDSesGBI2A5qGuhdA4")
        var keys = 0
        for input in try Self.inputs("FuzzMinisign") {
            let text = String(decoding: input, as: UTF8.self)
            if (try? MinisignPublicKey(fileText: text)) != nil { keys += 1 }
            _ = try? Minisign.verify(signature: text, message: Array("manifest".utf8), publicKey: key)
        }
        #expect(keys == 1)
    }

    @Test func receiptInputsImportOrFailCleanly() throws {
        let (journal, folder) = try TestVault.create()
        defer { folder.remove() }
        for input in try Self.inputs("FuzzReceipt") {
            // No share matches these receipts: each must be refused with an error, never a crash.
            #expect(throws: (any Error).self) { try Receipt.importReceipt(input, into: journal) }
        }
    }

    @Test func cardInputsParseOrFailCleanly() throws {
        var cards = 0
        for input in try Self.inputs("FuzzCard") {
            let text = String(decoding: input, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if let card = try? Card(text) {
                cards += 1
                #expect(try Card(card.text) == card)
            }
        }
        #expect(cards == 1)
    }
}
