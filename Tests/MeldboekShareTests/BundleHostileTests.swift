// Bundles from strangers: every tampered, truncated or crafted file fails with one clear error and changes nothing.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct BundleHostileTests {
    /// A fixture with one entry with an attachment, shared once; the bundle's members decrypted.
    struct Case {
        let fixture: SharingFixture
        let bundle: URL
        let members: [(name: String, content: [UInt8])]

        init() throws {
            fixture = try SharingFixture()
            try fixture.addEntry(attachment: Random.bytes(count: 70_000))
            bundle = try fixture.share()
            members = try fixture.members(of: bundle)
        }

        func content(_ name: String) -> [UInt8] { members.first { $0.name == name }!.content }
        var entryName: String { members.first { $0.name.hasPrefix("entries/") }!.name }
        var attachmentName: String { members.first { $0.name.hasPrefix("attachments/") }!.name }

        /// Imports `file` expecting failure, and checks the adviser's vault didn't change.
        func expectRefused(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> Error? {
            let head = try fixture.adviserHead()
            var failure: Error?
            do {
                try BundleImport.run(file: file, into: fixture.adviser)
                Issue.record("import succeeded", sourceLocation: sourceLocation)
            } catch {
                failure = error
            }
            #expect(try fixture.adviserHead() == head, "the adviser vault changed", sourceLocation: sourceLocation)
            #expect(try CaseFile.all(in: fixture.adviser).isEmpty, sourceLocation: sourceLocation)
            return failure
        }

        /// The members as a tar again, with `change` applied, encrypted to the adviser.
        func forged(_ change: (inout [(name: String, content: [UInt8], type: Character)]) throws -> Void) throws -> URL {
            var list = members.map { (name: $0.name, content: $0.content, type: Character("0")) }
            try change(&list)
            return try fixture.encrypt(SharingFixture.rawTar(list))
        }

        /// The manifest with `change` applied, signed again by the melder.
        func resigned(_ change: (inout [String: Any]) -> Void) throws -> URL {
            var json = try JSONSerialization.jsonObject(with: Data(content("manifest.json"))) as! [String: Any]
            change(&json)
            let manifest = Array(try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]))
            let comment = "meldboek bundle \(json["bundleId"]!) created \(json["createdAt"]!)"
            let signature = try fixture.sign(manifest, comment: comment)
            return try forged { list in
                list[0].content = manifest
                list[1].content = signature
            }
        }
    }

    @Test func genuineForgeryBaselineImports() throws {
        // The forging path itself must produce an importable bundle, or every test below proves nothing.
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { _ in }
        #expect(try BundleImport.run(file: file, into: test.fixture.adviser).newEntries == 1)
    }

    @Test func notAnAgeFile() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = test.fixture.folder.appending("not.age")
        try Data("Dit is geen bundel\n".utf8).write(to: file)
        guard case .notABundle? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected 'not a bundle'")
            return
        }
    }

    @Test(arguments: [0.001, 0.1, 0.5, 0.9, 0.999])
    func truncatedAnywhere(fraction: Double) throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let data = try Data(contentsOf: test.bundle)
        let file = test.fixture.folder.appending("cut.age")
        try data.prefix(max(1, Int(Double(data.count) * fraction))).write(to: file)
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test(arguments: [40, 200, 2000, 40_000, -20])
    func flippedBitInTheFile(offset: Int) throws {
        let test = try Case()
        defer { test.fixture.remove() }
        var data = try Data(contentsOf: test.bundle)
        let index = offset >= 0 ? offset : data.count + offset
        data[index] ^= 0x04
        let file = test.fixture.folder.appending("flipped.age")
        try data.write(to: file)
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func wrongRecipient() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let stranger = try AgeIdentity.generate()
        let file = try test.fixture.encrypt(SharingFixture.rawTar(test.members.map { ($0.name, $0.content, "0") }),
                                            to: [stranger.recipient])
        #expect(try test.expectRefused(file) as? ShareError == .notForThisVault)
    }

    @Test func flippedByteInTheManifest() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list[0].content[20] ^= 0x01 }
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func flippedByteInAnEntry() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let name = test.entryName
        let file = try test.forged { list in
            let index = list.firstIndex { $0.name == name }!
            list[index].content[10] ^= 0x01
        }
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func flippedByteInAnAttachment() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let name = test.attachmentName
        let file = try test.forged { list in
            let index = list.firstIndex { $0.name == name }!
            list[index].content[66_000] ^= 0x01
        }
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func flippedByteInATarHeader() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        var plain = SharingFixture.rawTar(test.members.map { ($0.name, $0.content, "0") })
        plain[1024 + 5] ^= 0x01
        let file = try test.fixture.encrypt(plain)
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func missingSignature() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list.remove(at: 1) }
        #expect(try test.expectRefused(file) is ShareError)
    }

    @Test func garbageSignature() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list[1].content = Array("untrusted comment: x\nRWQ\n".utf8) }
        guard case .badSignature? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected a bad signature")
            return
        }
    }

    @Test func signatureByAnotherKeyThanTheManifests() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let stranger = MinisignSigner(signingKey: try Ed25519.SigningKey(), keyID: Random.bytes(count: 8))
        let manifest = test.content("manifest.json")
        let json = try JSONSerialization.jsonObject(with: Data(manifest)) as! [String: Any]
        let signature = try stranger.sign(
            manifest, trustedComment: "meldboek bundle \(json["bundleId"]!) created \(json["createdAt"]!)",
            untrustedComment: "stranger")
        let file = try test.forged { list in list[1].content = Array(signature.utf8) }
        guard case .badSignature? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected a bad signature")
            return
        }
    }

    @Test func hashThatDoesNotMatch() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.resigned { json in
            var entries = json["entries"] as! [[String: Any]]
            entries[0]["sha256"] = String(repeating: "0", count: 64)
            json["entries"] = entries
        }
        guard case .bundleInvalid? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected an invalid bundle")
            return
        }
    }

    @Test(arguments: ["../escape.json", "/etc/passwd", "entries/../../x", "link", "device", "duplicate"])
    func hostileTarMembers(kind: String) throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in
            switch kind {
            case "link": list.append((name: "entries/link", content: [], type: "2"))
            case "device": list.append((name: "entries/dev", content: [], type: "3"))
            case "duplicate": list.append(list[2])
            default: list.append((name: kind, content: Array("x".utf8), type: "0"))
            }
        }
        guard case .bundleInvalid? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected an invalid bundle for \(kind)")
            return
        }
    }

    @Test func memberNotListedInTheManifest() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list.append((name: "entries/extra.json", content: Array("{}".utf8), type: "0")) }
        guard case .bundleInvalid? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected an invalid bundle")
            return
        }
    }

    @Test func manifestOverTheSizeLimit() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list[0].content = [UInt8](repeating: 0x20, count: (1 << 20) + 1) }
        guard case .bundleInvalid? = try test.expectRefused(file) as? ShareError else {
            Issue.record("expected an invalid bundle")
            return
        }
    }

    @Test func entryOverTheSizeLimit() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let big = [UInt8](repeating: 0x20, count: (4 << 20) + 1)
        let file = try test.resigned { json in
            var entries = json["entries"] as! [[String: Any]]
            entries[0]["size"] = big.count
            entries[0]["sha256"] = Encoding.hex(SHA256.hash(big))
            json["entries"] = entries
        }
        let name = test.entryName
        let oversized = try test.fixture.encrypt(SharingFixture.rawTar(
            try test.fixture.members(of: file).map { ($0.name, $0.name == name ? big : $0.content, "0") }))
        guard case .bundleInvalid? = try test.expectRefused(oversized) as? ShareError else {
            Issue.record("expected an invalid bundle")
            return
        }
    }

    @Test func unknownFormatVersion() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.resigned { json in json["version"] = 4 }
        #expect(try test.expectRefused(file) as? ShareError == .unsupportedVersion(4))
    }
}

@Suite struct BundleReplayTests {
    @Test func tamperedCopyOfAnImportedBundleIsStillRefused() throws {
        let test = try BundleHostileTests.Case()
        defer { test.fixture.remove() }
        try BundleImport.run(file: test.bundle, into: test.fixture.adviser)
        let head = try test.fixture.adviserHead()
        let name = test.entryName
        let file = try test.forged { list in
            let index = list.firstIndex { $0.name == name }!
            list[index].content[10] ^= 0x01
        }
        #expect(throws: ShareError.self) { try BundleImport.run(file: file, into: test.fixture.adviser) }
        #expect(try BundleImport.run(file: test.bundle, into: test.fixture.adviser).alreadyImported)
        #expect(try test.fixture.adviserHead() == head)
    }
}
