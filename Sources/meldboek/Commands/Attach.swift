// `meldboek attach` and `meldboek attachment save`: files in and out, encrypted in the vault.
import ArgumentParser
import Foundation
import MeldboekCore

extension Meldboek {
    struct Attach: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.attachAbstract), aliases: ["bijvoegen"])
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
        var id: String

        @Argument(help: ArgumentHelp(t(.helpFiles), valueName: t(.placeholderFile)), completion: .file())
        var files: [String]

        func run() throws {
            for file in files { try NamedFile.checkReadable(file) }
            let entry = try global.unlockJournal().attach(files.map { URL(fileURLWithPath: $0) }, to: id)
            for file in files {
                print(t(.attached(URL(fileURLWithPath: file).lastPathComponent, entry.id.short)))
            }
        }
    }

    struct AttachmentCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "attachment", abstract: t(.attachmentAbstract), subcommands: [Save.self], aliases: ["bijlage"])
        }

        struct Save: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.attachmentSaveAbstract), aliases: ["bewaar"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpID), valueName: "id"))
            var id: String

            @Argument(help: ArgumentHelp(t(.helpAttachmentName), valueName: t(.placeholderName)))
            var name: String

            @Option(help: ArgumentHelp(t(.helpOut), valueName: t(.placeholderPath)), completion: .file())
            var out: String

            func run() throws {
                try NamedFile.checkAbsent(out)
                let journal = try global.unlockJournal()
                let destination = URL(fileURLWithPath: out)
                let attachment = try journal.saveAttachment(of: id, named: name, to: destination)
                print(t(.attachmentSaved(name, destination.path, attachment.size, attachment.sha256)))
            }
        }
    }
}
