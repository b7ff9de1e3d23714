// What the user reads when a part of an id fits more than one entry.
import MeldboekCore
import MeldboekText

extension Localized {
    /// How many entries `reference` fits.
    static func entryAmbiguous(_ reference: String, count: Int) -> Localized {
        Localized(en: "\"\(reference)\" fits \(count) entries.", nl: "\"\(reference)\" past bij \(count) aantekeningen.")
    }

    /// The entries that fit, by short id and title, so the user can pick one; at most five, then how many more.
    static func entryAmbiguousMatches(_ matches: [EntryMatch]) -> Localized {
        let shown = matches.prefix(5).map { match in
            let title = OutsideText.line(match.title)
            let short = title.count > 40 ? String(title.prefix(39)) + "…" : title
            return short.isEmpty ? match.short : "\(match.short) (\(short))"
        }.joined(separator: ", ")
        let more = matches.count - min(matches.count, 5)
        let rest = Localized(count: more, one: Localized(en: " and 1 more", nl: " en nog 1"),
                             other: Localized(en: " and \(more) more", nl: " en nog \(more)"))
        return Localized(en: "Give one of these ids: \(shown)\(more > 0 ? rest.en : "").",
                         nl: "Geef een van deze id's: \(shown)\(more > 0 ? rest.nl : "").")
    }
}
