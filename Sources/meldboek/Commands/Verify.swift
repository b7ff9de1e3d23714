// `meldboek verify`: check every record, the chain and every attachment.
import ArgumentParser
import Foundation
import MeldboekCore

extension Meldboek {
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: t(.verifyAbstract)) }

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let report = try global.unlockJournal().verify()
            if report.isIntact {
                print(t(.verifyOK, report.records, report.entries, report.attachments, report.deletions))
                return
            }
            print(t(.verifyFailed, report.problems.count))
            for problem in report.problems { print("  " + Self.describe(problem)) }
            throw ExitCode(ExitStatus.integrity)
        }

        static func describe(_ problem: VerificationReport.Problem) -> String {
            switch problem {
            case .altered(let seq, let id): t(.problemAltered, seq, id)
            case .outOfChain(let seq, let entry): t(.problemOutOfChain, seq, entry.map { t(.ofEntry, $0.short) } ?? "")
            case .missing(let seq): t(.problemMissing, seq)
            case .reappeared(let seq): t(.problemReappeared, seq)
            case .headMismatch(let expected, let found): t(.problemHead, expected, found)
            case .headAltered: t(.problemHeadAltered)
            case .attachmentCorrupt(let entry, let name): t(.problemAttachment, entry.short, name)
            }
        }
    }
}
