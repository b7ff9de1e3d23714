// `meldboek delete`: only after confirmation, then for good, with the chain still whole.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct DeleteTests {
    @Test func withoutYesAndWithoutATerminalDeleteRefuses() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Blijft staan")
        let before = try vault.snapshot()
        let result = try vault.run(["delete", id])
        expectError(result, status: 7, mentioning: ["onfirmation"])
        #expect(result.stderr.contains("meldboek: hint: Add --yes"), "\(result)")
        #expect(try vault.snapshot() == before)
        #expect(try vault.titles() == ["Blijft staan"])
        // An answer on standard input is no confirmation either: there is no terminal to ask on.
        expectError(try vault.run(["delete", id], input: "y\n"), status: 7)
        #expect(try vault.titles() == ["Blijft staan"])
    }

    @Test func withYesTheEntryIsGoneAndVerifyReportsOneDeletion() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("bewijs.bin")
        try randomData(count: 100_000).write(to: file)
        let gone = try vault.add("Weg ermee", ["--attach", file.path, "--text", "Geheim verhaal"])
        let kept = try vault.add("Blijft")
        try vault.succeed(["amend", gone, "--append", "Nog meer"])
        #expect(try vault.sqlite("SELECT count(*) FROM chunks") == "2")

        let short = String(gone.suffix(8))
        let result = try vault.succeed(["delete", short, "--yes"])
        #expect(result.stdout == "Deleted entry \(short) for good.\n")
        #expect(try vault.list().compactMap { $0["id"] as? String } == [kept])
        expectError(try vault.run(["show", gone]), status: 2, mentioning: ["No entry"])
        #expect(try vault.succeed(["search", "geheim"]).stdout == "No entries.\n")
        // Its three records and both chunks are gone; one deletion record took their place.
        #expect(try vault.sqlite("SELECT count(*) FROM chunks") == "0")
        #expect(try vault.sqlite("SELECT group_concat(seq) FROM (SELECT seq FROM records ORDER BY seq)") == "3,5")
        #expect(vault.writeAheadLogIsEmpty)

        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("Vault intact: 2 records, 1 entry, 0 attachments and 1 deletion checked."),
                "\(verified)")
    }

    @Test func deletedRecordsAndChunksLeaveNoBytesInTheFile() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let file = vault.path("opname.bin")
        try randomData(count: 70_000).write(to: file)
        let gone = try vault.add("Weg", ["--attach", file.path])
        try vault.add("Blijft")
        try vault.succeed(["verify"])
        let sealed = try vault.sqlite("SELECT hex(sealed) FROM records WHERE seq <= 2 ORDER BY seq")
            .split(separator: "\n") + vault.sqlite("SELECT hex(sealed) FROM chunks").split(separator: "\n")
        let pieces = try sealed.map { hex in
            let blob = try #require(Data(hexString: String(hex)))
            return blob.subdata(in: (blob.count / 2)..<(blob.count / 2 + 32))
        }
        try #require(pieces.count == 4)
        let file1 = try Data(contentsOf: vault.database)
        #expect(pieces.allSatisfy { file1.range(of: $0) != nil }, "the sealed bytes should be in the file before")

        try vault.succeed(["delete", gone, "--yes"])
        #expect(vault.writeAheadLogIsEmpty)
        let file2 = try Data(contentsOf: vault.database)
        for (index, piece) in pieces.enumerated() {
            #expect(file2.range(of: piece) == nil, "piece \(index) of a deleted record or chunk is still in the file")
        }
    }

    /// The question counts in words a person would use, and leaves out "and 0 attachments".
    @Test func theQuestionNamesWhatGoesWithoutZeroCounts() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Gesprek", ["--text", "Eerst dit."])
        try vault.succeed(["amend", id, "--append", "Later meer."])
        let session = try PseudoTerminal(runner: vault.runner, arguments: ["delete", id])
        try session.expect("\"Gesprek\" for good, with 2 versions? This can't be undone. [y/N] ")
        session.type("n")
        #expect(try session.wait() == 7, "\(session.screen)")
        let photo = vault.path("foto.txt")
        try Data("x".utf8).write(to: photo)
        try vault.succeed(["attach", id, photo.path])
        let dutch = try PseudoTerminal(runner: vault.runner, arguments: ["delete", id, "--lang", "nl"])
        try dutch.expect("\"Gesprek\" voorgoed verwijderen, met 2 versies en 1 bijlage? Dit kan niet ongedaan worden gemaakt. [j/N] ")
        dutch.type("n")
        #expect(try dutch.wait() == 7, "\(dutch.screen)")
        #expect(try vault.titles() == ["Gesprek"])
    }

    @Test func deletingTwiceSaysTheEntryIsGone() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let id = try vault.add("Eenmaal")
        try vault.succeed(["delete", id, "--yes"])
        let before = try vault.snapshot()
        expectError(try vault.run(["delete", id, "--yes"]), status: 2, mentioning: ["No entry"])
        #expect(try vault.snapshot() == before)
        #expect(try vault.succeed(["verify"]).stdout.contains("1 deletion checked"))
    }
}
