// `meldboek verify`: check every record, the chain and every attachment.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekEvidence
import MeldboekSync
import MeldboekText

extension Meldboek {
    struct Verify: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.verifyAbstract), aliases: ["controleer"])
        }

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp(t(.helpExpect), valueName: t(.placeholderFingerprint)))
        var expect: String?

        @Flag(help: ArgumentHelp(t(.helpAccept)))
        var accept = false

        func validate() throws {
            if let expect, HeadFingerprint(expect) == nil {
                throw ValidationError(t(.errBadFingerprint(expect)))
            }
        }

        func run() throws {
            let journal = try global.unlockJournal()
            let report = try journal.verify(expecting: expect.flatMap(HeadFingerprint.init))
            if report.isIntact {
                print(t(.verifyOK(records: report.records, entries: report.entries, attachments: report.attachments,
                             deletions: report.deletions)))
            } else {
                print(t(.verifyFailed(report.problems.count)))
                for problem in report.problems { print("  " + Self.describe(problem)) }
            }
            // Each use of the recovery code is a record in the chain: said every time, so misuse shows.
            for used in report.recoveries {
                print(t(.recoveryCodeUsed(Localized.dateAtClock(used, timeZone: .current))))
            }
            // The recovery slot is outside the chain: checked on its own, by unwrapping it with the kept code, so a
            // slot copied from another vault or changed in place shows now rather than the day the code is needed.
            var slotIntact = true
            do {
                _ = try journal.checkedRecoveryState()
            } catch MeldboekError.recoverySlotDamaged {
                print(t(.errRecoverySlotDamaged))
                slotIntact = false
            }
            let logIntact = try Self.verifyLog(journal)
            let devicesIntact = Self.verifyDevices(journal)
            if let head = report.head { print(t(.journalFingerprint(head))) }
            var expectationHolds = true
            if let expected = expect.flatMap(HeadFingerprint.init), let expectation = report.expectation {
                switch expectation {
                case .found:
                    print(t(.verifyExpectFound(expected)))
                case .differs(let found?):
                    print(t(.verifyExpectDiffers(expected, found)))
                    expectationHolds = false
                case .differs(nil):
                    print(t(.verifyExpectUnknown(expected)))
                    expectationHolds = false
                case .beyondEnd(let head):
                    print(t(.verifyExpectBeyond(expected, head)))
                    expectationHolds = false
                }
            }
            guard report.isIntact, logIntact, slotIntact, devicesIntact, expectationHolds else { throw ExitCode(ExitStatus.integrity) }
            // Only an intact vault is taken as the one to go on with.
            if accept, let head = report.head {
                SeenHeads.record(journal)
                print(t(.acceptedAsSeen(head)))
            }
        }

        /// Checks every device's chain in the sync folder of a synced vault and lists them; true when none is
        /// damaged (a folder not there, or files still arriving, is said but is no damage).
        static func verifyDevices(_ journal: Journal) -> Bool {
            let folder: URL
            do {
                guard let joined = try Sync.folder(of: journal) else { return true }
                folder = joined
            } catch {
                print(t(.syncStateDamaged))
                return false
            }
            print(t(.syncVerifyHeading))
            do {
                let devices = try Sync.devices(journal)
                for device in devices { print(describeDevice(device)) }
                return !devices.contains { $0.chain == .damaged }
            } catch {
                print("  " + t(.syncErrFolderMissing(OutsideText.line(folder.path))))
                return true
            }
        }

        /// Checks the commitment log of a melder's vault in format 3 and says what it found; true when intact.
        static func verifyLog(_ journal: Journal) throws -> Bool {
            guard journal.vault.role == .melder, journal.vault.format >= CommitmentLog.firstFormat else { return true }
            let report: LogReport
            do {
                report = try EvidenceStore(journal: journal).verify()
            } catch MeldboekError.headDamaged {
                // The chain's own report above already names the damaged head; the log can't be read against it.
                return true
            }
            if report.isIntact {
                print(t(.logVerifyOK(leaves: report.leaves, checkpoints: report.checkpoints)))
            } else {
                print(t(.logVerifyFailed(report.problems.count)))
                for problem in report.problems { print("  " + Self.describe(problem)) }
            }
            return report.isIntact
        }

        static func describe(_ problem: LogReport.Problem) -> String {
            switch problem {
            case .notContiguous(let position): t(.logProblemNotContiguous(position))
            case .leafMismatch(let seq): t(.logProblemLeafMismatch(seq))
            case .unlogged(let seq): t(.logProblemUnlogged(seq))
            case .extraLeaf(let position): t(.logProblemExtraLeaf(position))
            case .checkpointMismatch(let size): t(.logProblemCheckpoint(size))
            case .checkpointSignature(let size): t(.logProblemCheckpointSignature(size))
            }
        }

        static func describe(_ problem: VerificationReport.Problem) -> String {
            switch problem {
            case .altered(let seq, let id): t(.problemAltered(seq, id))
            case .outOfChain(let seq, let entry): t(.problemOutOfChain(seq, entry.map { t(.ofEntry($0.short)) } ?? ""))
            case .missing(let seq): t(.problemMissing(seq))
            case .reappeared(let seq): t(.problemReappeared(seq))
            case .headMismatch(let expected, let found): t(.problemHead(expected, found))
            case .outsideChain(let seq, let head): t(.problemOutsideChain(seq, head))
            case .removedCountMismatch(let sealed, let listed): t(.problemRemovedCount(sealed, listed))
            case .headAltered: t(.problemHeadAltered)
            case .attachmentCorrupt(let entry, let name): t(.problemAttachment(entry.short, name))
            }
        }
    }
}
