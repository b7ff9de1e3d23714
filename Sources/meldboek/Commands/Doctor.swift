// `meldboek doctor`: what on this computer puts the journal at risk, each with what to do.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekDoctor
import MeldboekTerminal

extension Meldboek {
    struct Doctor: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.doctorAbstract), discussion: t(.doctorDiscussion), aliases: ["dokter"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        @Flag(help: ArgumentHelp(t(.helpDoctorAdviser)))
        var adviser = false

        func run() throws {
            let folder = adviser ? global.adviserFolder : global.vaultFolder
            let checkup = Checkup(Checkup.computerChecks(vault: folder,
                                                         inheritedCoreLimit: ProcessHardening.inheritedCoreLimit))
            if output.json {
                try printJSON(CheckupDocument(checkup, vault: folder, language: interfaceLanguage))
            } else {
                print(t(.doctorHeading(folder.path)))
                for finding in checkup.findings {
                    print("")
                    print(t(.doctorLine(status: finding.status, item: finding.item)))
                    print("  " + t(finding.finding))
                    if let advice = finding.advice { print("  " + t(.doctorAdvice(t(advice)))) }
                }
                print("")
                print(t(.doctorSummary(checkup.findings.filter { $0.status == .risk }.count)))
            }
            if checkup.isAtRisk { throw ExitCode(ExitStatus.failure) }
        }
    }
}
