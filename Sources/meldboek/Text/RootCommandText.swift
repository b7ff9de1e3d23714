// MeldboekText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let rootAbstract = Localized(
        en: "An encrypted journal for unwanted behaviour at work.",
        nl: "Een versleuteld dagboek voor ongewenste omgangsvormen op het werk.")

    static func crashStopped(_ crashExitStatus: some CustomStringConvertible) -> Localized {
        Localized(
            en: "internal error: Meldboek stopped (exit code \(crashExitStatus)). Nothing more is shown, so that nothing of your journal ends up on the screen or in a log.",
            nl: "interne fout: Meldboek is gestopt (afsluitcode \(crashExitStatus)). Meer wordt niet getoond, zodat niets uit je dagboek op het scherm of in een logbestand terechtkomt.")
    }
}
