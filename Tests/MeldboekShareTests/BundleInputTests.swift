// Every field of outside input against the format: JSON, manifest fields, member order, receipts.
import Foundation
import MeldboekCore
@testable import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct StrictJSONTests {
    @Test(arguments: [
        #"{"a": 1}"#, #"[]"#, #"{}"#, #"{"a": {"b": [1, 2.5e-3, -0, true, false, null, "x\u00e9\"\\\/\b\f\n\r\t"]}}"#,
        #"  {"a": "😀", "b": "\ud83d\ude00"} "#, #"[{"a": 1}, {"a": 2}]"#, #""text""#, "12",
    ])
    func acceptsJSON(text: String) throws {
        try StrictJSON.check(Data(text.utf8))
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil)
    }

    @Test(arguments: [
        #"{"a": 1, "a": 1}"#, #"{"x": {"b": 1, "b": 2}}"#, #"[{"c": [{"d": 1, "d": 1}]}]"#,
        #"{"a": 1, "\u0061": 2}"#, "{\"é\": 1, \"e\u{301}\": 2}",
    ])
    func refusesDuplicatedKeys(text: String) {
        #expect(throws: StrictJSON.Failure.duplicateKey) { try StrictJSON.check(Data(text.utf8)) }
    }

    @Test(arguments: [
        "", "{", #"{"a" 1}"#, #"{"a": 1,}"#, "[1,]", "01", "1.", "-", #""\x""#, #""\ud800""#, #""\udc00x""#,
        "\"a\u{1}b\"", "{} {}", "tru", "[1] x", #"{"a": "\u12"}"#,
    ])
    func refusesMalformedJSON(text: String) {
        #expect(throws: StrictJSON.Failure.malformed) { try StrictJSON.check(Data(text.utf8)) }
    }

    @Test func refusesInvalidUTF8AndDeepNesting() {
        #expect(throws: StrictJSON.Failure.malformed) { try StrictJSON.check(Data([0x22, 0xFF, 0x22])) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: StrictJSON.Failure.malformed) { try StrictJSON.check(Data(deep.utf8)) }
    }
}

@Suite struct BundleInputTests {
    typealias Case = BundleHostileTests.Case

    func expectProblem(_ test: Case, _ file: URL, _ expected: ShareProblem,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let error = try test.expectRefused(file, sourceLocation: sourceLocation)
        #expect(error as? ShareError == .bundleInvalid(expected), "\(String(describing: error))",
                sourceLocation: sourceLocation)
    }

    @Test func duplicatedKeyInTheManifestIsRefused() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let manifest = test.content("manifest.json")
        let text = String(decoding: manifest, as: UTF8.self)
        let doubled = Array(text.replacingOccurrences(of: "\"note\" : ", with: "\"note\" : \"eerst\", \"note\" : ").utf8)
        let json = try JSONSerialization.jsonObject(with: Data(manifest)) as! [String: Any]
        let signature = try test.fixture.sign(doubled, comment: "meldboek bundle \(json["bundleId"]!) created \(json["createdAt"]!)")
        let file = try test.forged { list in
            list[0].content = doubled
            list[1].content = signature
        }
        try expectProblem(test, file, .duplicateKey("manifest.json"))
    }

    @Test func fingerprintMustBeComputedOverBothKeys() throws {
        // Before, a sender age key that didn't parse was left out of the fingerprint.
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.resigned { json in
            var sender = json["sender"] as! [String: Any]
            let key = try! MinisignPublicKey(base64: sender["minisignPublicKey"] as! String)
            sender["ageRecipient"] = "age1-not-a-key"
            sender["fingerprint"] = Fingerprint.of(ageRecipient: [], signingKey: key.keyID + key.key)
            json["sender"] = sender
            var recipients = json["recipients"] as! [[String: Any]]
            recipients[1] = sender
            json["recipients"] = recipients
        }
        try expectProblem(test, file, .invalidField(member: "manifest.json", field: "sender.ageRecipient"))
    }

    @Test func membersOutOfTheDocumentedOrderAreRefused() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.forged { list in list.swapAt(2, 3) }
        try expectProblem(test, file, .memberOutOfOrder(found: test.attachmentName, expected: test.entryName))
    }

    @Test func attachmentListedTwiceIsRefused() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.resigned { json in
            let attachments = json["attachments"] as! [[String: Any]]
            json["attachments"] = attachments + attachments
        }
        try expectProblem(test, file, .listedTwice(test.attachmentName))
    }

    @Test func entryHashInUpperCaseIsAnInvalidField() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = try test.resigned { json in
            var entries = json["entries"] as! [[String: Any]]
            entries[0]["sha256"] = (entries[0]["sha256"] as! String).uppercased()
            json["entries"] = entries
        }
        try expectProblem(test, file, .invalidField(member: "manifest.json", field: "entries[0].sha256"))
    }

    @Test func problemsArePlainValuesWithoutInternalNames() throws {
        let test = try Case()
        defer { test.fixture.remove() }
        let file = test.fixture.folder.appending("not.age")
        try Data("Dit is geen bundel\n".utf8).write(to: file)
        #expect(try test.expectRefused(file) as? ShareError == .notABundle(.notAgeFile))
    }
}

@Suite struct ReceiptInputTests {
    @Test func aTamperedReceiptIsCalledAReceipt() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        let result = try BundleImport.run(file: try fixture.share(), into: fixture.adviser)
        var receipt = [UInt8](try Receipt.make(for: result, journal: fixture.adviser))
        // The tar header's checksum still fits only the untouched header, so change the content: importedAt's year.
        let text = String(decoding: receipt, as: UTF8.self)
        let found = try #require(text.range(of: "\"importedAt\" : \""))
        // A byte offset: the receipt holds non-ASCII text (the cosignature's lines) before this key.
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: found.upperBound)
        receipt[offset] = receipt[offset] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        #expect(throws: ShareError.receiptBadSignature(.signatureInvalid)) {
            try Receipt.importReceipt(Data(receipt), into: fixture.melder)
        }
        #expect(throws: ShareError.receiptInvalid(.tarDamaged)) {
            try Receipt.importReceipt(Data(receipt.prefix(700)), into: fixture.melder)
        }
    }

    @Test func receiptFieldsAreChecked() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        let party = BundleWriter.party(try fixture.adviser.identity().card)
        let good = Receipt(format: Receipt.formatName, version: 1, bundleId: UUID().uuidString.lowercased(),
                           bundleSha256: String(repeating: "a", count: 64), importedAt: Date(timeIntervalSince1970: 0),
                           adviser: party)
        _ = try Receipt.decode(try BundleJSON.encoder().encode(good))
        var upper = good
        upper.bundleId = upper.bundleId.uppercased()
        #expect(throws: ShareError.receiptInvalid(.invalidField(member: "receipt.json", field: "bundleId"))) {
            try Receipt.decode(try BundleJSON.encoder().encode(upper))
        }
        var short = good
        short.bundleSha256 = "abc"
        #expect(throws: ShareError.receiptInvalid(.invalidField(member: "receipt.json", field: "bundleSha256"))) {
            try Receipt.decode(try BundleJSON.encoder().encode(short))
        }
        var forged = good
        forged.adviser.fingerprint = "AAAA-AAAA-AAAA-AAAA"
        #expect(throws: ShareError.receiptInvalid(.fingerprintMismatch)) {
            try Receipt.decode(try BundleJSON.encoder().encode(forged))
        }
        let text = String(decoding: try BundleJSON.encoder().encode(good), as: UTF8.self)
        let doubled = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 1, \"version\" : 1")
        #expect(throws: ShareError.receiptInvalid(.duplicateKey("receipt.json"))) { try Receipt.decode(Data(doubled.utf8)) }
    }
}

@Suite struct ContactInputTests {
    @Test func aStoredCardWithALowOrderKeyIsNeverSharedWith() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        // A contact an older build accepted: the all-zero age key and a genuine minisign key.
        let zero = try AgeRecipient(publicKey: [UInt8](repeating: 0, count: 32))
        let key = try fixture.adviser.identity().card.minisignPublicKey
        try fixture.melder.transaction {
            try $0.append(ContactBody(prev: Data(), name: "oud", card: "meldboek-card:1:\(zero.string):\(key.base64)",
                                      addedAt: Date()))
        }
        #expect(throws: ShareError.cardKeyUnusable) { try Contacts(fixture.melder).named("oud") }
        #expect(throws: ShareError.cardKeyUnusable) { try Card("meldboek-card:1:\(zero.string):\(key.base64)") }
        #expect(try Contacts(fixture.melder).all().map(\.name) == ["vp"])
        try Contacts(fixture.melder).remove(name: "oud")
        #expect(throws: ShareError.contactNotFound("oud")) { try Contacts(fixture.melder).named("oud") }
    }
}

@Suite struct ShareLimitTests {
    func request(_ fixture: SharingFixture, _ entries: [Entry]) throws -> ShareRequest {
        ShareRequest(contact: try Contacts(fixture.melder).named("vp"), entries: entries, redactions: [],
                     includeAttachments: true, note: nil, pseudonymLabel: "Person")
    }

    @Test func anAttachmentUstarCannotHoldIsRefusedWhenTheBundleIsPrepared() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        var entry = try fixture.addEntry(attachment: Array("bewijs".utf8))
        // What the vault would say of an 8 GiB file; prepare (before the preview) must refuse it, not the writer.
        entry.attachments[0].size = 1 << 33
        #expect(throws: ShareError.attachmentTooLargeToShare(name: entry.attachments[0].name, limit: (1 << 33) - 1)) {
            try BundleWriter.prepare(try request(fixture, [entry]), journal: fixture.melder)
        }
        entry.attachments[0].size = (1 << 33) - 1
        _ = try BundleWriter.prepare(try request(fixture, [entry]), journal: fixture.melder)
    }

    @Test func anEntryOverTheImportLimitIsRefusedWhenTheBundleIsPrepared() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        var entry = try fixture.addEntry()
        entry.revisions[0].fields.narrative = String(repeating: "x", count: 4 << 20)
        #expect(throws: ShareError.entryTooLargeToShare(id: entry.id.description, limit: 4 << 20)) {
            try BundleWriter.prepare(try request(fixture, [entry]), journal: fixture.melder)
        }
    }
}
