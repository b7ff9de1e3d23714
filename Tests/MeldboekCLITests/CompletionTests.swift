// `meldboek completion bash|zsh|fish`: real scripts for each shell, and bash's and fish's completion run for real.
import Foundation
import MeldboekTestSupport
import Testing

/// In CI zsh and fish are installed (scripts/test), so their tests must run there rather than skip.
private let shellsRequired = ProcessInfo.processInfo.environment["MELDBOEK_REQUIRE_SHELLS"] == "1"

private func installed(_ program: String) -> Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/\(program)")
}

@Suite struct CompletionTests {
    /// The script `meldboek completion shell` prints, saved in the vault's HOME.
    static func script(_ shell: String, in vault: CLIVault) throws -> (text: String, file: URL) {
        let result = try vault.succeed(["completion", shell])
        #expect(result.stderr.isEmpty, "\(result)")
        let file = vault.path("completion.\(shell)")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        return (result.stdout, file)
    }

    /// Runs `program` with `arguments` and returns its standard output; the test fails on any other exit than 0.
    static func output(_ program: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(program)")
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(program) \(arguments): \(String(decoding: stderr, as: UTF8.self))",
                sourceLocation: sourceLocation)
        return String(decoding: stdout, as: UTF8.self)
    }

    /// What bash's completion proposes for `line`, the cursor at its end, as bash calls the function on a tab.
    static func bashCompletions(_ line: String, script: URL) throws -> Set<String> {
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if line.hasSuffix(" ") { words.append("") }
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let program = """
            source '\(script.path)'
            function=$(complete -p meldboek | sed -n 's/.* -F \\([^ ]*\\) .*/\\1/p')
            COMP_WORDS=(\(quoted))
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE='\(line)'
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            "$function" meldboek "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let output = try output("bash", ["--norc", "--noprofile", "-c", program])
        return Set(output.split(separator: "\n").map(String.init))
    }

    @Test func eachShellGetsItsOwnScriptNamingTheCommands() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let bash = try Self.script("bash", in: vault).text
        #expect(bash.hasPrefix("#!/bin/bash\n"))
        #expect(bash.contains("complete -o filenames -F _meldboek_names meldboek\n"))
        let zsh = try Self.script("zsh", in: vault).text
        #expect(zsh.hasPrefix("#compdef meldboek\n"))
        let fish = try Self.script("fish", in: vault).text
        #expect(fish.contains("complete -c 'meldboek' -f\n"))
        for command in ["add", "list", "search", "share", "adviser", "completion"] {
            #expect(bash.contains("_meldboek_\(command)()"), "bash: \(command)")
            #expect(zsh.contains("'\(command):"), "zsh: \(command)")
            #expect(fish.contains("-fa '\(command)'"), "fish: \(command)")
        }
        // No shell the parser doesn't know; the usual usage error.
        expectError(try vault.run(["completion", "powershell"]), status: 64, mentioning: ["'powershell'"])
    }

    @Test func bashCompletesCommandsDutchNamesAndGlobalOptions() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let script = try Self.script("bash", in: vault).file
        #expect(try Self.bashCompletions("meldboek ad", script: script) == ["add", "adviser"])
        #expect(try Self.bashCompletions("meldboek li", script: script) == ["list", "lijst"])
        #expect(try Self.bashCompletions("meldboek toe", script: script) == ["toevoegen"])
        // After a Dutch name, that command's own options and subcommands.
        #expect(try Self.bashCompletions("meldboek lijst --li", script: script) == ["--limit"])
        #expect(try Self.bashCompletions("meldboek toevoegen --wh", script: script).isSuperset(of: ["--when", "--where"]))
        #expect(try Self.bashCompletions("meldboek vertrouwenspersoon ka", script: script) == ["kaart"])
        #expect(try Self.bashCompletions("meldboek adviser im", script: script) == ["import", "importeer"])
        // `verwijder` is `delete` at the top and `remove` under `contacts`.
        #expect(try Self.bashCompletions("meldboek contacten verw", script: script) == ["verwijder"])
        #expect(try Self.bashCompletions("meldboek contacten verwijder --", script: script).contains("--vault"))
        // --vault and --lang before the command, as meldboek reads them.
        #expect(try Self.bashCompletions("meldboek --la", script: script) == ["--lang"])
        #expect(try Self.bashCompletions("meldboek --lang ", script: script) == ["nl", "en"])
        #expect(try Self.bashCompletions("meldboek --lang nl zo", script: script) == ["zoek"])
        #expect(try Self.bashCompletions("meldboek --vault /tmp sea", script: script) == ["search"])
        #expect(try Self.bashCompletions("meldboek list --lang ", script: script) == ["nl", "en"])
    }

    @Test(.enabled(if: installed("fish") || shellsRequired, "needs fish"))
    func fishCompletesCommandsDutchNamesAndGlobalOptions() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let script = try Self.script("fish", in: vault).file
        func words(_ line: String) throws -> Set<String> {
            let proposed = try Self.output("fish", ["--no-config", "-c", "source '\(script.path)'; complete -C '\(line)'"])
            return Set(proposed.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) })
        }
        #expect(try words("meldboek ad") == ["add", "adviser"])
        #expect(try words("meldboek li") == ["list", "lijst"])
        #expect(try words("meldboek list --li") == ["--limit"])
        // The Dutch names, and --vault or --lang before the command, as in bash.
        #expect(try words("meldboek lijst --li") == ["--limit"])
        #expect(try words("meldboek contacten verw") == ["verwijder"])
        #expect(try words("meldboek --vault /tmp sea") == ["search"])
        #expect(try words("meldboek --la") == ["--lang"])
    }

    @Test(.enabled(if: installed("zsh") || shellsRequired, "needs zsh"))
    func zshLoadsTheScript() throws {
        let vault = try CLIVault(initialise: false)
        defer { vault.remove() }
        let script = try Self.script("zsh", in: vault).file
        _ = try Self.output("zsh", ["-n", script.path])
        // Read after compinit, it registers itself for meldboek and defines a function for every command.
        let defined = try Self.output("zsh", ["-f", "-c", """
            autoload -U compinit; compinit -u -d '\(vault.path("zcompdump").path)'; source '\(script.path)'
            print "meldboek=$_comps[meldboek]"; print -l ${(k)functions} | grep '^_meldboek'
            """])
        let lines = defined.split(separator: "\n").map(String.init)
        for line in ["meldboek=_meldboek", "_meldboek_add", "_meldboek_adviser_import", "_meldboek_completion"] {
            #expect(lines.contains(line), "\(defined)")
        }
    }
}
