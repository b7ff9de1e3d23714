// `meldboek anchor` and `anchor import` end to end: the binary, a real local timestamp authority (openssl ca and
// openssl ts -reply) answering the .tsq the binary wrote, and the replies a user could meet.
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct AnchorCLITests {
    /// Runs `anchor --out` in a new folder and returns the folder.
    func anchor(_ vault: CLIVault, _ name: String, _ extra: [String] = []) throws -> (URL, CommandResult) {
        let folder = vault.path(name)
        let result = try vault.succeed(["anchor", "--out", folder.path] + extra)
        return (folder, result)
    }

    func write(_ bytes: [UInt8], _ url: URL) throws -> URL {
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aCheckpointIsAnchoredOfflineThenTheReplyImported() throws {
        let vault = try CLIVault()
        let authority = try LocalTimestampAuthority()
        defer { vault.remove(); authority.remove() }
        try vault.add("Vergadering")
        let (folder, result) = try anchor(vault, "anker")
        let checkpoint = folder.appendingPathComponent("checkpoint.txt")
        let request = folder.appendingPathComponent("checkpoint.tsq")
        for file in [checkpoint, request] {
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file.lastPathComponent)")
        }
        #expect(try String(contentsOf: checkpoint, encoding: .utf8).hasPrefix("meldboek.journal/"))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("curl -sS -H 'Content-Type: application/timestamp-query' --data-binary @\(request.path) https://freetsa.org/tsr -o \(folder.path)/checkpoint.tsr"))
        // openssl reads the request the binary wrote as a proper TimeStampReq.
        let text = try authority.openssl(["ts", "-query", "-in", request.path, "-text"])
        #expect(text.contains("Hash Algorithm: sha256") && text.contains("Certificate required: yes"))

        let reply = try write(try authority.reply(to: Array(try Data(contentsOf: request))),
                              folder.appendingPathComponent("checkpoint.tsr"))
        let imported = try vault.succeed(["anchor", "import", reply.path, "--ca", authority.rootPEM.path])
        #expect(imported.stdout.hasPrefix("Timestamp of CN=Meldboek Test TSA recorded: the checkpoint existed at "))
        // The same reply once more: nothing new.
        let again = try vault.run(["anchor", "import", reply.path, "--ca", authority.rootPEM.path])
        #expect(again.status == 64 && again.stderr.contains("This timestamp is already in the journal."), "\(again)")
        // Never over the files of an earlier anchor.
        let twice = try vault.run(["anchor", "--out", folder.path])
        #expect(twice.status == 1, "\(twice)")
    }

    @Test func repliesThatDoNotAnswerTheRequestAreRefused() throws {
        let vault = try CLIVault()
        let authority = try LocalTimestampAuthority()
        let expired = try LocalTimestampAuthority(validity: .expired)
        defer { vault.remove(); authority.remove(); expired.remove() }
        try vault.add("Vergadering")
        let (folder, _) = try anchor(vault, "anker")
        let checkpoint = Array(try Data(contentsOf: folder.appendingPathComponent("checkpoint.txt")))
        let request = Array(try Data(contentsOf: folder.appendingPathComponent("checkpoint.tsq")))
        let ca = ["--ca", authority.rootPEM.path]

        // A reply for the same checkpoint to a request openssl made (its own nonce): a replay.
        let replay = try write(try authority.reply(to: try authority.opensslQuery(for: checkpoint, digest: "sha256")),
                               vault.path("replay.tsr"))
        let replayed = try vault.run(["anchor", "import", replay.path] + ca)
        #expect(replayed.status == 8 && replayed.stderr.contains("for an earlier request"), "\(replayed)")

        // A reply to a request for other data.
        let other = try write(try authority.reply(to: try authority.opensslQuery(for: [1, 2, 3], digest: "sha256")),
                              vault.path("other.tsr"))
        let otherResult = try vault.run(["anchor", "import", other.path] + ca)
        #expect(otherResult.status == 8 && otherResult.stderr.contains("answers another request"), "\(otherResult)")

        // The right request, answered by an authority whose certificate had expired.
        let stale = try write(try expired.reply(to: request), vault.path("expired.tsr"))
        let staleResult = try vault.run(["anchor", "import", stale.path, "--ca", expired.rootPEM.path])
        #expect(staleResult.status == 8 && staleResult.stderr.contains("had expired on 2020-12-31"), "\(staleResult)")

        // The right reply, but the caller trusts only the system's roots.
        let good = try write(try authority.reply(to: request), vault.path("good.tsr"))
        let untrusted = try vault.run(["anchor", "import", good.path])
        #expect(untrusted.status == 8 && untrusted.stderr.contains("does not lead to a root certificate you trust")
                && untrusted.stderr.contains("--ca"), "\(untrusted)")

        // A tampered token: one byte of the reply changed.
        var bytes = Array(try Data(contentsOf: good))
        bytes[bytes.count - 1] ^= 0x01
        let tampered = try write(bytes, vault.path("tampered.tsr"))
        let tamperedResult = try vault.run(["anchor", "import", tampered.path] + ca)
        #expect(tamperedResult.status == 8 && tamperedResult.stderr.contains("signature doesn't verify"), "\(tamperedResult)")

        // In Dutch too.
        let dutch = try vault.run(["anchor", "import", replay.path, "--lang", "nl"] + ca)
        #expect(dutch.stderr.contains("voor een eerder verzoek"), "\(dutch)")

        // After all that, the right one still goes in.
        try vault.succeed(["anchor", "import", good.path] + ca)
    }

    @Test func anOpenTimestampsProofIsImported() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        try vault.add("Vergadering")
        let (folder, result) = try anchor(vault, "anker", ["--ots"])
        let checkpoint = folder.appendingPathComponent("checkpoint.txt")
        #expect(result.stdout.contains("ots stamp \(checkpoint.path)"))
        // What `ots stamp` writes: the file's SHA-256, then (here) one pending calendar.
        let digest = try #require(try Self.sha256(checkpoint))
        let url = Array("https://alice.btc.calendar.opentimestamps.org".utf8)
        let proof = Self.otsMagic + [0x01, 0x08] + digest
            + [0x00, 0x83, 0xDF, 0xE3, 0x0D, 0x2E, 0xF9, 0x0C, 0x8E, UInt8(url.count + 1), UInt8(url.count)] + url
        let file = try write(proof, folder.appendingPathComponent("checkpoint.txt.ots"))
        let imported = try vault.succeed(["anchor", "import", file.path])
        #expect(imported.stdout.contains("still pending at 1 calendar"), "\(imported)")
        var other = proof
        other[40] ^= 0x01
        let refused = try vault.run(["anchor", "import", try write(other, vault.path("other.ots")).path])
        #expect(refused.status == 8 && refused.stderr.contains("for another file"), "\(refused)")
    }

    static let otsMagic: [UInt8] = Array("\u{0}OpenTimestamps\u{0}\u{0}Proof\u{0}".utf8)
        + [0xBF, 0x89, 0xE2, 0xE8, 0x84, 0xE8, 0x92, 0x94]

    /// SHA-256 of a file, by `sha256sum` (the tool a user would check with).
    static func sha256(_ file: URL) throws -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let hex = Array(output.prefix(64))
        guard hex.count == 64 else { return nil }
        return stride(from: 0, to: 64, by: 2).compactMap { UInt8(String(hex[$0..<$0 + 2]), radix: 16) }
    }
}
