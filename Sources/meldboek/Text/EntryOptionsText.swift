// EntryOptionsText: English and Dutch side by side.
import MeldboekCore

extension Localized {
    static let helpTitle = Localized(
        en: "A short title.",
        nl: "Een korte titel.")

    static let helpWhen = Localized(
        en: "When it happened: a date or time, or words such as \"gisteren 14:00\", \"yesterday 2pm\" or \"3 days ago\".",
        nl: "Wanneer het gebeurde: een datum of tijd, of woorden zoals \"gisteren 14:00\", \"vorige week dinsdag\" of \"maart 2025\".")

    static let helpWhenApprox = Localized(
        en: "When it happened, in your own words, when you are not sure (\"voorjaar 2024\").",
        nl: "Wanneer het gebeurde, in je eigen woorden, als je het niet precies weet (\"voorjaar 2024\").")

    static let helpWhere = Localized(
        en: "Where it happened.",
        nl: "Waar het gebeurde.")

    static let helpPerson = Localized(
        en: "Someone involved, as NAME or NAME:ROLE, the role in your own words (teamleider) or manager, colleague, client, report or other; NAME:WORDS:ROLE keeps your words and says which of those five is meant (Sanne:stagiair:colleague); repeat for more.",
        nl: "Een betrokkene, als NAAM of NAAM:ROL, de rol in je eigen woorden (teamleider) of leidinggevende, collega, klant, ondergeschikte of anders; NAAM:WOORDEN:ROL houdt je woorden en zegt welke van die vijf bedoeld is (Sanne:stagiair:collega); herhaal voor meer.")

    static let helpWitness = Localized(
        en: "A witness; repeat for more.",
        nl: "Een getuige; herhaal voor meer.")

    static let helpCategory = Localized(
        en: "The kind of behaviour: sexual-harassment, aggression, discrimination, bullying, integrity, other or not-sure; repeat for more.",
        nl: "Het soort gedrag: seksuele-intimidatie, agressie, discriminatie, pesten, integriteit, anders of weet-niet; herhaal voor meer.")

    static let helpTag = Localized(
        en: "A tag of your own; repeat for more.",
        nl: "Een eigen label; herhaal voor meer.")

    static let helpImpact = Localized(
        en: "How it affected you.",
        nl: "Wat het met je deed.")

    static let helpAction = Localized(
        en: "What you did afterwards, or the route you chose.",
        nl: "Wat je daarna hebt gedaan, of welke weg je koos.")

    static let helpText = Localized(
        en: "What happened.",
        nl: "Wat er gebeurde.")

    static let helpStdin = Localized(
        en: "Read what happened from standard input.",
        nl: "Lees wat er gebeurde van standaardinvoer.")

    static let helpEditor = Localized(
        en: "Write what happened in your editor ($VISUAL or $EDITOR), through a file kept in memory.",
        nl: "Schrijf wat er gebeurde in je editor ($VISUAL of $EDITOR), via een bestand dat in het geheugen blijft.")

    static let errOneNarrativeSource = Localized(
        en: "Give what happened in one way only: --text, --stdin or --editor.",
        nl: "Geef wat er gebeurde op één manier: --text, --stdin of --editor.")

    static let errWhenTwice = Localized(
        en: "Give --when or --when-approx, not both.",
        nl: "Geef --when of --when-approx, niet allebei.")
}
