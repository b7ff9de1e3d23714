// Two processes writing to one vault at once: every entry lands, the chain holds, nobody sees "database is locked".
import Foundation
import MeldboekTestSupport
import Testing

@Suite struct ConcurrentUseTests {
    @Test func twoProcessesAddingAtOnceLoseNothing() throws {
        let vault = try CLIVault()
        defer { vault.remove() }
        let perWriter = 100
        // Each writer is a shell loop of `meldboek add`, so the two run truly side by side.
        let writers = try [("A", "eerste"), ("B", "tweede")].map { name, word -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = [
                "-c",
                """
                i=1
                while [ $i -le \(perWriter) ]; do
                    "$MELDBOEK" add --title "\(name) $i" --text "\(word) schrijver" >/dev/null || exit 1
                    i=$((i + 1))
                done
                """,
            ]
            var environment = vault.runner.environment
            environment["MELDBOEK"] = vault.runner.binary.path
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            let stderr = String(decoding: (writer.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(),
                                as: UTF8.self)
            #expect(writer.terminationStatus == 0, "a writer failed: \(stderr)")
            #expect(!stderr.contains("locked"), "\(stderr)")
        }
        let titles = Set(try vault.titles())
        for name in ["A", "B"] {
            for number in 1...perWriter { #expect(titles.contains("\(name) \(number)")) }
        }
        #expect(titles.count == 2 * perWriter)
        let verified = try vault.succeed(["verify"])
        #expect(verified.stdout.contains("\(2 * perWriter) records"), "\(verified)")
        // The search index written while both raced agrees with the records.
        #expect(try vault.list(["--json"]).count == 2 * perWriter)
        #expect(try CLIVault.jsonArray(try vault.succeed(["search", "eerste", "--json"]).stdout).count
            == perWriter)
    }
}
