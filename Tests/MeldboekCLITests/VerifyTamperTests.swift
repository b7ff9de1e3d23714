// `meldboek verify` on intact and tampered vaults: a byte changed with a hex editor is found and named.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct VerifyTamperTests {
    @Test func verifyPassesOnAnIntactVault() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("bijlage.txt")
        try Data("bewijs".utf8).write(to: file)
        let id = try vault.add("Eerste", ["--attach", file.path])
        try vault.add("Tweede")
        try vault.succeed(["amend", id, "--append", "Aanvulling"])
        let result = try vault.succeed(["verify"])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty, "\(result)")
        #expect(lines.first == "Vault intact: 4 records, 2 entries, 1 attachment and 0 deletions checked.")
        #expect(lines.dropFirst().first == "Commitment log intact: every record has its leaf (4 in all); no checkpoint yet.")
        #expect(lines.dropFirst(2).first?.wholeMatch(of: /Journal fingerprint: 4:[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/) != nil)
        #expect(result.stderr.isEmpty)
    }

    @Test func aRecordChangedWithAHexEditorIsNamedAndTheRestStaysReadable() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let first = try vault.add("Eerste aantekening")
        let second = try vault.add("Tweede aantekening")
        let third = try vault.add("Derde aantekening")
        try Self.flipByteInRecord(2, of: vault)

        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        let recordID = try vault.sqlite("SELECT lower(hex(id)) FROM records WHERE seq = 2")
        #expect(verified.stdout.contains("Vault damaged: 1 problem found"), "\(verified)")
        #expect(verified.stdout.contains("record 2 (id \(recordID)): altered or corrupt"), "\(verified)")
        #expect(!verified.stdout.contains("record 1 "), "\(verified)")
        #expect(!verified.stdout.contains("record 3 "), "\(verified)")

        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stdout.contains("Eerste aantekening"))
        #expect(listed.stdout.contains("Derde aantekening"))
        #expect(!listed.stdout.contains("Tweede aantekening"))
        #expect(listed.stderr.contains("Warning: 1 record could not be read; 'meldboek verify' says which."), "\(listed)")
        #expect(listed.stderr.contains("meldboek: error: Records that could not be read: 1."), "\(listed)")

        let json = try vault.run(["list", "--json"])
        #expect(json.status == 5)
        #expect(Set(try CLIVault.jsonArray(json.stdout).compactMap { $0["id"] as? String }) == [first, third])

        let stats = try vault.run(["stats"])
        #expect(stats.status == 5, "\(stats)")
        #expect(stats.stdout.contains("Entries: 2"), "\(stats)")
        #expect(stats.stderr.contains("could not be read"), "\(stats)")

        let report = vault.path("rapport.html")
        let reported = try vault.run(["report", "--out", report.path])
        #expect(reported.status == 5, "\(reported)")
        #expect(reported.stderr.contains("could not be read"), "\(reported)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("Derde aantekening") && !html.contains("Tweede aantekening"))

        let shown = try vault.run(["show", third])
        #expect(shown.status == 5, "\(shown)")
        #expect(shown.stdout.contains("Title: Derde aantekening"))
        expectError(try vault.run(["show", second]), status: 2, mentioning: ["No entry"], quietStdout: true)
    }

    @Test func aChangedAttachmentChunkIsNamedAndNeverSaved() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("opname.bin")
        try randomData(count: 150_000).write(to: file)
        let id = try vault.add("Met opname", ["--attach", file.path])
        try vault.add("Zonder bijlage")
        try vault.succeed(["verify"])
        let chunk = try vault.sqlite("SELECT hex(sealed) FROM chunks WHERE n = 1")
        try Self.flipByte(inBlobWithHex: chunk, of: vault)

        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("entry \(id.suffix(8)), attachment opname.bin"), "\(verified)")

        let folder = vault.path("uit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("terug.bin")
        let saved = try vault.run(["attachment", "save", id, "opname.bin", "--out", out.path])
        expectError(saved, status: 5, mentioning: ["opname.bin"])
        // Neither the file nor a half-written temporary one beside it is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
        #expect(try vault.titles() == ["Met opname", "Zonder bijlage"])
    }

    @Test func aRecordRemovedBehindMeldboeksBackIsMissing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        try vault.add("Drie")
        try vault.sqlite("DELETE FROM records WHERE seq = 2")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record 2: missing"), "\(verified)")
        // Every read notices without opening every record, and still shows what is there.
        let listed = try vault.run(["list"])
        #expect(listed.status == 5, "\(listed)")
        #expect(listed.stdout.contains("Een") && listed.stdout.contains("Drie"), "\(listed)")
        #expect(listed.stderr.contains("1 record is missing from the journal"), "\(listed)")
    }

    @Test func recordsCutFromTheEndAreFound() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        try vault.add("Drie")
        try vault.sqlite("DELETE FROM records WHERE seq = 3")
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        // Either wording names the record that went: it is missing below the sealed head.
        #expect(verified.stdout.contains("record 3: missing")
                || verified.stdout.contains("the chain should end at record 3 but ends at 2"), "\(verified)")
    }

    @Test func recordsSwappedBetweenRowsDoNotOpen() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Een")
        try vault.add("Twee")
        try vault.sqlite("""
            UPDATE records SET sealed = (SELECT sealed FROM records WHERE seq = 2) WHERE seq = 1;
            """)
        let verified = try vault.run(["verify"])
        #expect(verified.status == 5, "\(verified)")
        #expect(verified.stdout.contains("record 1 (id "), "\(verified)")
    }

    // MARK: Tampering like a hex editor

    /// Flips one byte in the middle of record `seq`'s sealed blob, in the raw database file.
    static func flipByteInRecord(_ seq: Int, of vault: CLIVault) throws {
        // Closing the vault checkpoints the write-ahead log, so every record is in the main file.
        try vault.succeed(["verify"])
        let sealed = try vault.sqlite("SELECT hex(sealed) FROM records WHERE seq = \(seq)")
        try flipByte(inBlobWithHex: sealed, of: vault)
    }

    /// Finds the blob in meldboek.db, flips the byte in its middle and writes the file back.
    ///
    /// A record fits in one page and is found whole; an attachment chunk (64 KiB) runs over
    /// overflow pages, so then a 48-byte piece from its middle is looked for instead.
    static func flipByte(inBlobWithHex hex: String, of vault: CLIVault) throws {
        #expect(vault.writeAheadLogIsEmpty, "the write-ahead log should be checkpointed")
        let blob = try #require(Data(hexString: hex), "not hex: \(hex.prefix(40))")
        try #require(blob.count > 100)
        var file = try Data(contentsOf: vault.database)
        let pieces = [blob] + stride(from: blob.count / 2, to: blob.count - 48, by: 100).map {
            blob.subdata(in: $0..<($0 + 48))
        }
        let (piece, range) = try #require(
            pieces.lazy.compactMap { piece in file.range(of: piece).map { (piece, $0) } }.first,
            "the blob is not in the file")
        #expect(file[range.upperBound...].range(of: piece) == nil, "the bytes should occur once")
        file[range.lowerBound + piece.count / 2] ^= 0x20
        try file.write(to: vault.database)
    }
}

extension Data {
    /// Bytes from hex digits, as `sqlite3`'s `hex()` prints them.
    init?(hexString: String) {
        let digits = Array(hexString.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
            index += 2
        }
        self.init(bytes)
    }
}
