// Melder to adviser and back: share, import, receipt, with redaction and replays.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium
import MeldboekTestSupport
import Testing

@Suite struct BundleRoundTripTests {
    @Test func adviserGetsExactlyTheSharedEntriesWithAttachments() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        let content = Random.bytes(count: 200_000)
        let shared = try fixture.addEntry(title: "Gedeeld", attachment: content)
        try fixture.melder.amend(shared.id.description) { $0.impact = "Ik sliep slecht" }
        try fixture.addEntry(title: "Niet gedeeld")
        let bundle = try fixture.share([try fixture.melder.entry(shared.id.description)])

        let result = try BundleImport.run(file: bundle, into: fixture.adviser)
        #expect(result.openedCase)
        #expect(result.newEntries == 1)
        #expect(result.newRevisions == 2)
        #expect(result.newAttachments == 1)
        let file = try #require(try CaseFile.all(in: fixture.adviser).first)
        #expect(file.entries.map(\.id) == [shared.id.description])
        #expect(file.entries[0].versions.map(\.fields.title) == ["Gedeeld", "Gedeeld"])
        #expect(file.entries[0].current.impact == "Ik sliep slecht")
        #expect(file.bundles.map(\.note) == ["Voor ons gesprek"])
        var received: [UInt8] = []
        try fixture.adviser.readStream(file.entries[0].attachments[0].content, name: "x") { received += $0 }
        #expect(received == content)
        #expect(try fixture.adviser.verify().isIntact)
    }

    @Test func aRoleInTheMeldersWordsMakesAVersion3BundleAndEverythingElseStaysVersion2() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        let plain = try fixture.addEntry(title: "Zonder woorden")
        let worded = try fixture.melder.add(EntryFields(
            title: "Met woorden", narrative: "Karin zei niets.",
            people: [Person(name: "Karin", role: .manager, roleWords: "teamleider")]))
        func manifest(_ bundle: URL) throws -> [String: Any] {
            let members = try fixture.members(of: bundle)
            return try #require(try JSONSerialization.jsonObject(with: Data(members[0].content)) as? [String: Any])
        }

        let old = try fixture.share([plain], name: "plain.age")
        #expect(try manifest(old)["version"] as? Int == 2)
        // A person without words is written exactly as before the field existed.
        let entryJSON = String(decoding: try fixture.members(of: old)[2].content, as: UTF8.self)
        #expect(entryJSON.contains("\"name\" : \"Jan de Vries\",\n") && !entryJSON.contains("roleWords"), "\(entryJSON)")

        let new = try fixture.share([worded], name: "worded.age")
        #expect(try manifest(new)["version"] as? Int == 3)
        let result = try BundleImport.run(file: new, into: fixture.adviser)
        #expect(result.newEntries == 1)
        let file = try #require(try CaseFile.all(in: fixture.adviser).first)
        #expect(file.entries[0].current.people == [Person(name: "Karin", role: .manager, roleWords: "teamleider")])
        #expect(try fixture.adviser.verify().isIntact)
    }

    @Test func redactionReplacesNamesEverywhereConsistently() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry(title: "Jan de Vries in de kantine")
        try fixture.addEntry(title: "Weer Jan de Vries")
        let bundle = try fixture.share(redactions: [.people, .witnesses, .location])
        try BundleImport.run(file: bundle, into: fixture.adviser)
        let file = try #require(try CaseFile.all(in: fixture.adviser).first)
        #expect(file.entries.count == 2)
        for entry in file.entries {
            let fields = entry.current
            #expect(fields.people == [Person(name: "Person A", role: .manager)])
            #expect(fields.witnesses == ["Person B"])
            #expect(fields.location == nil)
            #expect(fields.narrative == "Person A schreeuwde tegen mij. Person B zag het.")
            #expect(!fields.title.contains("Jan"))
        }
        let plaintext = try fixture.members(of: bundle).flatMap(\.content)
        #expect(Data(plaintext).range(of: Data("Jan de Vries".utf8)) == nil)
        #expect(Data(plaintext).range(of: Data("Utrecht".utf8)) == nil)
    }

    @Test func importingTwiceChangesNothingAndLaterBundlesAddNewVersions() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        let entry = try fixture.addEntry()
        let first = try fixture.share(name: "first.age")
        try BundleImport.run(file: first, into: fixture.adviser)
        let head = try fixture.adviserHead()
        let again = try BundleImport.run(file: first, into: fixture.adviser)
        #expect(again.alreadyImported)
        #expect(try fixture.adviserHead() == head)

        try fixture.melder.amend(entry.id.description) { $0.actions = "Gesprek met P&O" }
        try fixture.addEntry(title: "Nieuw")
        let second = try fixture.share(name: "second.age")
        let result = try BundleImport.run(file: second, into: fixture.adviser)
        #expect(!result.openedCase)
        #expect(result.newEntries == 1)
        #expect(result.newRevisions == 2)
        let file = try #require(try CaseFile.all(in: fixture.adviser).first)
        #expect(file.bundles.count == 2)
        #expect(file.entries.count == 2)
        // The older bundle again: a no-op, not new data.
        #expect(try BundleImport.run(file: first, into: fixture.adviser).alreadyImported)
    }

    @Test func receiptComesBackToTheShareLog() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        let bundle = try fixture.share()
        let result = try BundleImport.run(file: bundle, into: fixture.adviser)
        let receipt = try Receipt.make(for: result, journal: fixture.adviser)
        #expect(try ShareLog.shares(in: fixture.melder).first?.receipt == nil)
        let (share, before) = try Receipt.importReceipt(receipt, into: fixture.melder)
        #expect(!before)
        #expect(share.bundleId == result.bundleId)
        #expect(try ShareLog.shares(in: fixture.melder).first?.receipt != nil)
        #expect(try Receipt.importReceipt(receipt, into: fixture.melder).alreadyRecorded)
    }

    @Test func receiptSignedByAnotherKeyIsRefused() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        let result = try BundleImport.run(file: try fixture.share(), into: fixture.adviser)
        let (stranger, strangerFolder) = try TestVault.create(role: .adviser)
        defer { strangerFolder.remove() }
        let forged = try Receipt.make(for: result, journal: stranger)
        #expect(throws: ShareError.self) { try Receipt.importReceipt(forged, into: fixture.melder) }
        #expect(try ShareLog.shares(in: fixture.melder).first?.receipt == nil)
    }

    @Test func melderCanReopenWhatTheySent() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        let bundle = try fixture.share()
        let age = try AgeReader(source: try FileSource(path: bundle.path), identities: [try fixture.melder.identity().ageIdentity])
        #expect(try !age.read(upTo: 512).isEmpty)
    }

    @Test func knownCaseNameWithAnotherKeyNeedsAcceptance() throws {
        let fixture = try SharingFixture()
        defer { fixture.remove() }
        try fixture.addEntry()
        try BundleImport.run(file: try fixture.share(), into: fixture.adviser, options: ImportOptions(caseName: "Anna"))
        let other = try SharingFixture()
        defer { other.remove() }
        try Contacts(other.melder).add(name: "vp2", card: try fixture.adviser.identity().card.text)
        try other.melder.add(EntryFields(title: "Van een nieuwe laptop"))
        let request = ShareRequest(
            contact: try Contacts(other.melder).named("vp2"), entries: try other.melder.snapshot().entries,
            redactions: [], includeAttachments: true, note: nil, pseudonymLabel: "Person")
        let bundle = other.folder.appending("new-key.age")
        try BundleWriter.write(try BundleWriter.prepare(request, journal: other.melder), journal: other.melder, to: bundle)
        let head = try fixture.adviserHead()
        #expect(throws: ShareError.self) {
            try BundleImport.run(file: bundle, into: fixture.adviser, options: ImportOptions(caseName: "anna"))
        }
        #expect(try fixture.adviserHead() == head)
        let result = try BundleImport.run(
            file: bundle, into: fixture.adviser, options: ImportOptions(caseName: "Anna", acceptNewKey: true))
        #expect(result.caseName == "Anna")
        #expect(try CaseFile.all(in: fixture.adviser).count == 1)
    }
}
