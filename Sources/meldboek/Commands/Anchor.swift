// `meldboek anchor` and `anchor import`: timestamp a checkpoint with an outside witness, offline first.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekText

extension Meldboek {
    struct AnchorCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "anchor", abstract: t(.anchorAbstract),
                                 subcommands: [Request.self, Import.self], defaultSubcommand: Request.self)
        }

        struct Request: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.anchorRequestAbstract)) }

            @OptionGroup var global: GlobalOptions

            @Option(help: ArgumentHelp(t(.anchorHelpOut), valueName: t(.placeholderFolder)), completion: .directory)
            var out: String

            @Flag(help: ArgumentHelp(t(.anchorHelpOts)))
            var ots = false

            func run() throws {
                let folder = URL(fileURLWithPath: out)
                // Before the passphrase is asked for: a folder that exists must not hold the files yet.
                if FileManager.default.fileExists(atPath: folder.path) {
                    for name in [Anchor.checkpointFile, Anchor.requestFile] {
                        try NamedFile.checkAbsent(folder.appendingPathComponent(name).path)
                    }
                }
                let journal = try global.unlockJournal()
                let files = try Anchor.prepare(try EvidenceStore(journal: journal), to: folder)
                print(t(.anchorWritten(files.checkpointFile.path, files.requestFile.path)))
                print(t(.anchorSendWhenOnline))
                print(Anchor.curlCommand(request: files.requestFile))
                if ots {
                    print(t(.anchorStampWithOts))
                    print(Anchor.otsCommand(checkpoint: files.checkpointFile))
                }
            }
        }

        struct Import: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.anchorImportAbstract)) }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.anchorHelpReplyFile), valueName: t(.placeholderFile)), completion: .file())
            var file: String

            @Option(help: ArgumentHelp(t(.anchorHelpCA), valueName: t(.placeholderFile)), completion: .file())
            var ca: String?

            func run() throws {
                try NamedFile.checkReadable(file)
                if let ca { try NamedFile.checkReadable(ca) }
                let bytes = Array(try NamedFile.contents(of: file))
                if bytes.starts(with: OpenTimestampsProof.magic) {
                    let store = try EvidenceStore(journal: try global.unlockJournal())
                    let proof = try Anchor.importProof(bytes, into: store)
                    if proof.isAttested {
                        let heights = proof.bitcoinAttestations.map { String($0.height) }.joined(separator: ", ")
                        print(t(.anchorProofAttested(heights)))
                    } else {
                        print(t(.anchorProofPending(proof.pendingCalendars.count)))
                    }
                    return
                }
                let roots = try ca.map { try TrustedRoots(pem: String(decoding: try NamedFile.contents(of: $0), as: UTF8.self)) }
                    ?? TrustedRoots.system()
                let journal = try global.unlockJournal()
                _ = try EvidenceStore(journal: journal)
                let token = try waitFor {
                    try await Anchor.importTimestamp(bytes, into: try EvidenceStore(journal: journal), roots: roots)
                }
                print(t(.anchorTimestampRecorded(OutsideText.line(token.authority), token.genTime.formatted(.iso8601))))
            }
        }
    }
}

/// Runs async library code (the certificate chain check of swift-certificates) from a synchronous command.
///
/// The command runs on the main thread, outside Swift's cooperative pool, so blocking it while a detached task
/// (on the pool, never on the main actor) runs cannot starve the task.
func waitFor<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) throws -> T {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var result: Result<T, Error>?
    Task.detached {
        do { result = .success(try await operation()) } catch { result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try result!.get()
}
