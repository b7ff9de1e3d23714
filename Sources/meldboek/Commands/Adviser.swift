// `meldboek adviser …`: the confidential adviser's own vault, cases and receipts.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekTerminal
import MeldboekText

extension Meldboek {
    struct Adviser: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: t(.adviserAbstract),
                subcommands: [Init.self, Card.self, ExportIdentity.self, Import.self, Witness.self, Cases.self, Show.self, Note.self,
                              CaseReport.self],
                aliases: ["vertrouwenspersoon"])
        }

        struct Init: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.adviserInitAbstract)) }

            @OptionGroup var global: GlobalOptions

            @Option(help: ArgumentHelp(t(.helpKDF), valueName: t(.placeholderStrength)))
            var kdf: KDFChoice = .moderate

            @OptionGroup var recovery: NewVaultRecovery

            func run() throws {
                try createVault(at: global.adviserFolder, role: .adviser, kdf: kdf, recovery: recovery)
            }
        }

        struct Card: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.adviserCardAbstract), aliases: ["kaart"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: JSONOption

            func run() throws {
                try printCard(try global.unlockAdviser().identity().card, json: output.json)
            }
        }

        struct ExportIdentity: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "export-identity", abstract: t(.adviserExportIdentityAbstract))
            }

            @OptionGroup var global: GlobalOptions

            @Option(help: ArgumentHelp(t(.helpOut), valueName: t(.placeholderPath)), completion: .file())
            var out: String

            @Flag(help: ArgumentHelp(t(.helpYes)))
            var yes = false

            func run() throws {
                try NamedFile.checkAbsent(out)
                let journal = try global.unlockAdviser()
                FileHandle.standardError.write(Data((t(.identityWarning) + "\n").utf8))
                if !yes {
                    guard Terminal.isAvailable else { throw CommandError.confirmationNeedsTerminal }
                    guard Terminal.confirm(t(.identityConfirm)) else { throw MeldboekError.cancelled }
                }
                let identity = try journal.identity()
                let card = try identity.card
                let header = "# meldboek adviser identity, created \(ISO8601DateFormatter().string(from: Date()))\n"
                    + "# public key: \(card.ageRecipient.string)\n"
                let secret = try identity.ageIdentity.encoded()
                var data = Data(header.utf8)
                secret.withUnsafeBytes { data.append(contentsOf: $0) }
                data.append(0x0A)
                defer { data.resetBytes(in: 0..<data.count) }
                try PrivateFiles.write(data, to: URL(fileURLWithPath: out))
                print(t(.identityWritten(out)))
            }
        }

        struct Import: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.adviserImportAbstract), aliases: ["importeer"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpBundleFile), valueName: t(.placeholderFile)), completion: .file())
            var file: String

            @Option(name: .customLong("case"), help: ArgumentHelp(t(.helpCaseName), valueName: t(.placeholderName)))
            var caseName: String?

            @Flag(name: .customLong("accept-new-key"), help: ArgumentHelp(t(.helpAcceptNewKey)))
            var acceptNewKey = false

            @Option(name: .customLong("receipt-out"), help: ArgumentHelp(t(.helpReceiptOut), valueName: t(.placeholderPath)), completion: .file())
            var receiptOut: String?

            func run() throws {
                try NamedFile.checkReadable(file)
                if let receiptOut { try NamedFile.checkAbsent(receiptOut) }
                let journal = try global.unlockAdviser()
                let result = try BundleImport.run(
                    file: URL(fileURLWithPath: file), into: journal,
                    options: ImportOptions(caseName: caseName, acceptNewKey: acceptNewKey))
                if result.alreadyImported {
                    print(t(.importAlready(result.bundleId, OutsideText.line(result.caseName))))
                } else {
                    if result.openedCase { print(t(.caseOpened(OutsideText.line(result.caseName), result.senderFingerprint))) }
                    print(t(.imported(result.newEntries, result.newRevisions, result.newAttachments, OutsideText.line(result.caseName))))
                }
                reportWitness(result.witness, text: global.text)
                if let receiptOut {
                    try PrivateFiles.write(try Receipt.make(for: result, journal: journal), to: URL(fileURLWithPath: receiptOut))
                    print(t(.receiptWritten(OutsideText.line(receiptOut))))
                }
            }
        }

        struct Witness: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.witAdviserWitnessAbstract))
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.witHelpCheckpointFile), valueName: t(.placeholderFile)), completion: .file())
            var file: String

            @Option(help: ArgumentHelp(t(.helpReceiptOut), valueName: t(.placeholderPath)), completion: .file())
            var out: String

            func run() throws {
                try NamedFile.checkReadable(file)
                try NamedFile.checkAbsent(out)
                let journal = try global.unlockAdviser()
                // A checkpoint file is a bundle with no entry: the same checks, the same case, the same receipt.
                let result = try BundleImport.run(
                    file: URL(fileURLWithPath: file), into: journal, options: ImportOptions(checkpointOnly: true))
                if result.openedCase { print(t(.caseOpened(OutsideText.line(result.caseName), result.senderFingerprint))) }
                reportWitness(result.witness, text: global.text)
                try PrivateFiles.write(try Receipt.make(for: result, journal: journal), to: URL(fileURLWithPath: out))
                print(t(.receiptWritten(OutsideText.line(out))))
            }
        }

        struct Cases: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.adviserCasesAbstract), aliases: ["dossiers"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: JSONOption

            func run() throws {
                let cases = try CaseFile.all(in: try global.unlockAdviser())
                if output.json { return try printJSON(cases.map { CaseDocument($0, full: false) }) }
                if cases.isEmpty { return print(t(.noCases)) }
                let text = global.text
                for file in cases {
                    let last = file.bundles.last.map { text.moment($0.importedAt) } ?? "-"
                    print("\(OutsideText.line(file.name))  \(file.fingerprints.last ?? "")  " + t(.caseSummary(file.entries.count, file.bundles.count, last)))
                }
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.adviserShowAbstract), aliases: ["toon"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: JSONOption

            @Argument(help: ArgumentHelp(t(.helpCaseName), valueName: t(.placeholderCase)))
            var name: String

            func run() throws {
                var file = try CaseFile.named(name, in: try global.unlockAdviser())
                // In the order the incidents happened, as the melder's list and report show them, not by id.
                file.entries = file.entries(matching: EntryFilter(), calendar: global.calendar)
                if output.json { return try printJSON(CaseDocument(file, full: true)) }
                print(CaseText(text: global.text).render(file), terminator: "")
            }
        }

        struct Note: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.adviserNoteAbstract), aliases: ["notitie"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpCaseName), valueName: t(.placeholderCase)))
            var name: String

            @Argument(help: ArgumentHelp(t(.helpNoteText), valueName: t(.placeholderText)))
            var text: String

            func run() throws {
                try CaseFile.addNote(text, to: name, in: try global.unlockAdviser())
                print(t(.noteAdded(OutsideText.line(name))))
            }
        }
    }
}

/// Says what an import did with the bundle's checkpoint; a fork loudly, on standard error.
func reportWitness(_ witness: WitnessOutcome?, text: EntryText) {
    guard let witness else { return }
    switch witness.verdict {
    case .cosigned:
        print(t(.witCosigned(witness.journalId.prefix(8), witness.size)))
    case .cosignedBefore(let date):
        print(t(.witCosignedBefore(text.moment(date))))
    case .fork(let size, let date):
        FileHandle.standardError.write(Data((t(.witFork(witness.size, text.moment(date), size)) + "\n").utf8))
    case .unproven(let size, let date):
        FileHandle.standardError.write(Data((t(.witUnproven(witness.size, text.moment(date), size)) + "\n").utf8))
    }
}
