// The journal's own messages and labels, and those several layers share: English and Dutch side by side.
// Each layer's other messages live with it (Sources/meldboek/Text, MeldboekReport/ReportText.swift).

extension Localized {
    public static func entryAdded(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Added entry \(id).",
            nl: "Aantekening \(id) toegevoegd.")
    }

    public static let noEntries = Localized(
        en: "No entries.",
        nl: "Geen aantekeningen.")

    public static let labelEntry = Localized(
        en: "Entry",
        nl: "Aantekening")

    public static let labelTitle = Localized(
        en: "Title",
        nl: "Titel")

    public static let labelWhen = Localized(
        en: "When",
        nl: "Wanneer")

    public static let labelRecorded = Localized(
        en: "Recorded",
        nl: "Vastgelegd")

    public static let labelAmended = Localized(
        en: "Last amended",
        nl: "Laatst aangevuld")

    public static let labelWhere = Localized(
        en: "Where",
        nl: "Waar")

    public static let labelPeople = Localized(
        en: "People involved",
        nl: "Betrokkenen")

    public static let labelWitnesses = Localized(
        en: "Witnesses",
        nl: "Getuigen")

    public static let labelCategories = Localized(
        en: "Kind of behaviour",
        nl: "Soort gedrag")

    public static let labelTags = Localized(
        en: "Tags",
        nl: "Labels")

    public static let labelNarrative = Localized(
        en: "What happened",
        nl: "Wat er gebeurde")

    public static let labelImpact = Localized(
        en: "How it affected you",
        nl: "Wat het met je deed")

    public static let labelActions = Localized(
        en: "Actions taken",
        nl: "Ondernomen stappen")

    public static let labelAttachments = Localized(
        en: "Attachments",
        nl: "Bijlagen")

    public static func labelVersion(_ number: some CustomStringConvertible, _ recordedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Version \(number), recorded \(recordedAt)",
            nl: "Versie \(number), vastgelegd \(recordedAt)")
    }

    public static let labelVersions = Localized(
        en: "Versions",
        nl: "Versies")

    public static let labelDateUnknown = Localized(
        en: "date unknown",
        nl: "datum onbekend")

    public static let exportTitle = Localized(
        en: "Meldboek: exported entries",
        nl: "Meldboek: geëxporteerde aantekeningen")

    public static func exportedAt(_ exportedAt: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Exported \(exportedAt). This file is not encrypted.",
            nl: "Geëxporteerd op \(exportedAt). Dit bestand is niet versleuteld.")
    }

    public static func errIO(_ path: some CustomStringConvertible, _ t: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path): \(t).",
            nl: "\(path): \(t).")
    }

    public static let errChooseEntries = Localized(
        en: "Choose what to share: entry ids, filters (--since, --category, …), or --all.",
        nl: "Kies wat je deelt: id's van aantekeningen, filters (--since, --category, …) of --all.")

    public static let pseudonym = Localized(
        en: "Person",
        nl: "Persoon")

    public static func caseSummary(_ count: Int, _ bundles: Int, _ last: some CustomStringConvertible) -> Localized {
        let entries = counted(count, en: ("entry", "entries"), nl: ("aantekening", "aantekeningen"))
        let bundles = counted(bundles, en: ("bundle", "bundles"), nl: ("bundel", "bundels"))
        return Localized(
            en: "\(entries.en) from \(bundles.en), last \(last)",
            nl: "\(entries.nl) uit \(bundles.nl), laatste \(last)")
    }

    public static func errContactNotFound(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "No contact named \(name).",
            nl: "Geen contact met de naam \(name).")
    }

    public static func errCaseKeyMismatch(_ name: some CustomStringConvertible, _ known: some CustomStringConvertible, _ new: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Case \(name) belongs to sender \(known), but this bundle is signed by \(new).",
            nl: "Dossier \(name) hoort bij afzender \(known), maar deze bundel is ondertekend door \(new).")
    }

    public static let reportNoKind = Localized(
        en: "no kind given",
        nl: "geen soort opgegeven")

    public static let reportRepeated = Localized(
        en: "repeated pattern",
        nl: "herhaald patroon")

    public static func reportBytes(_ size: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(size) bytes",
            nl: "\(size) bytes")
    }

    public static func statsTotal(_ total: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Entries: \(total)",
            nl: "Aantekeningen: \(total)")
    }

    public static func statsUndated(_ undated: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Without a known date: \(undated)",
            nl: "Zonder bekende datum: \(undated)")
    }

    public static let statsPerKind = Localized(
        en: "Per kind of behaviour",
        nl: "Per soort gedrag")

    public static let statsPerMonth = Localized(
        en: "Per month",
        nl: "Per maand")

    public static let statsPerPerson = Localized(
        en: "Per person",
        nl: "Per persoon")

    public static let statsPerPlace = Localized(
        en: "Per place",
        nl: "Per plaats")

    public static let interviewIntro = Localized(
        en: "Let's write down what happened. Press Enter to skip any question. Ctrl-C lets you stop, and keep what you typed as a draft if you like.",
        nl: "We schrijven op wat er gebeurde. Druk op Enter om een vraag over te slaan. Met Ctrl-C kun je stoppen en, als je wilt, wat je typte bewaren als concept.")

    public static let askNarrative = Localized(
        en: "What happened? Tell it in your own words, everything you remember. Several lines are fine; end with an empty line.",
        nl: "Wat is er gebeurd? Vertel het in je eigen woorden, alles wat je je herinnert. Meerdere regels mag; sluit af met een lege regel.")

    public static let askTitleInstead = Localized(
        en: "You skipped what happened. Give at least a short title, or press Enter to stop without saving:",
        nl: "Je hebt overgeslagen wat er gebeurde. Geef dan ten minste een korte titel, of druk op Enter om te stoppen zonder op te slaan:")

    public static let askWhen = Localized(
        en: "When did it happen? For example \"yesterday 2pm\", \"last Tuesday\", \"March 2025\" or your own words; \"not sure\" is fine too.",
        nl: "Wanneer gebeurde het? Bijvoorbeeld \"gisteren 14:00\", \"vorige week dinsdag\", \"maart 2025\" of je eigen woorden; \"weet ik niet\" mag ook.")

    public static func whenOwnWords(_ kept: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Kept in your own words: \(kept).",
            nl: "Bewaard in je eigen woorden: \(kept).")
    }

    public static let whenLeftOpen = Localized(
        en: "The date stays open.",
        nl: "De datum blijft open.")

    public static let askWhere = Localized(
        en: "Where did it happen?",
        nl: "Waar gebeurde het?")

    public static let askPeople = Localized(
        en: "Who was involved? Type one name (or an alias) per line; press Enter when done.",
        nl: "Wie waren erbij betrokken? Typ één naam (of schuilnaam) per regel; druk op Enter als je klaar bent.")

    public static func askRole(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "What is \(name)'s role towards you?",
            nl: "Welke rol heeft \(name) ten opzichte van jou?")
    }

    public static let rolePrompt = Localized(
        en: "Number, or the role in your own words (Enter = other): ",
        nl: "Nummer, of de rol in je eigen woorden (Enter = anders): ")

    public static func badChoice(_ typed: some CustomStringConvertible, _ count: Int) -> Localized {
        Localized(
            en: "'\(typed)' is not one of the choices: type a number from 1 to \(count), or a name.",
            nl: "'\(typed)' is geen van de keuzes: typ een nummer van 1 tot en met \(count), of een naam.")
    }

    public static let askWitnesses = Localized(
        en: "Who saw or heard it? One name per line; press Enter when done.",
        nl: "Wie heeft het gezien of gehoord? Eén naam per regel; druk op Enter als je klaar bent.")

    public static let askCategories = Localized(
        en: "What kind of behaviour was it? More than one is possible, and not sure is fine:",
        nl: "Wat voor soort gedrag was het? Meer dan één kan, en twijfel mag:")

    public static let categoryPrompt = Localized(
        en: "Numbers or names, such as \"1 3\" (Enter skips): ",
        nl: "Nummers of namen, zoals \"1 3\" (Enter slaat over): ")

    public static let explainSexualHarassment = Localized(
        en: "words, gestures or touching with a sexual meaning that harm your dignity",
        nl: "woorden, gebaren of aanrakingen met een seksuele lading die je waardigheid aantasten")

    public static let explainAggression = Localized(
        en: "being harassed, threatened or attacked, in words or physically, in connection with your work",
        nl: "in verband met je werk lastiggevallen, bedreigd of aangevallen worden, met woorden of fysiek")

    public static let explainDiscrimination = Localized(
        en: "being treated differently or worse for who you are: origin, religion, sex, sexual orientation, age, disability",
        nl: "anders of slechter behandeld worden om wie je bent: afkomst, geloof, geslacht, seksuele oriëntatie, leeftijd, beperking")

    public static let explainBullying = Localized(
        en: "repeated intimidating behaviour by one or more people against someone who can't defend themselves against it",
        nl: "herhaald intimiderend gedrag van een of meer mensen tegen iemand die zich er niet tegen kan verweren")

    public static let explainIntegrity = Localized(
        en: "fraud, theft, abuse of power or position, or breaking rules and norms at work",
        nl: "fraude, diefstal, misbruik van macht of positie, of het overtreden van regels en normen op het werk")

    public static let explainOther = Localized(
        en: "something else, or you are not sure what to call it: that is fine",
        nl: "iets anders, of je weet niet goed hoe je het moet noemen: dat is goed")

    public static let askImpact = Localized(
        en: "How did it affect you? Several lines are fine; end with an empty line.",
        nl: "Wat deed het met je? Meerdere regels mag; sluit af met een lege regel.")

    public static let askActions = Localized(
        en: "What did you do afterwards? For example whom you told, or a route you chose. End with an empty line.",
        nl: "Wat deed je daarna? Bijvoorbeeld aan wie je het vertelde, of welke route je koos. Sluit af met een lege regel.")

    public static let askFiles = Localized(
        en: "Files to attach, such as a photo, an e-mail or a screenshot? One path per line; press Enter when done.",
        nl: "Bestanden om bij te voegen, zoals een foto, een e-mail of een schermafdruk? Eén pad per regel; druk op Enter als je klaar bent.")

    public static func fileMissing(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "There is no file \(path); try again, or press Enter to go on.",
            nl: "Er is geen bestand \(path); probeer het opnieuw, of druk op Enter om verder te gaan.")
    }

    public static func fileIsFolder(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) is a folder, not a file; try again, or press Enter to go on.",
            nl: "\(path) is een map, geen bestand; probeer het opnieuw, of druk op Enter om verder te gaan.")
    }

    public static func fileUnreadable(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) can't be read (no permission); try again, or press Enter to go on.",
            nl: "\(path) kan niet worden gelezen (geen toestemming); probeer het opnieuw, of druk op Enter om verder te gaan.")
    }

    public static func fileNameTaken(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "A file named \(name) is attached already; rename it first, or press Enter to go on.",
            nl: "Er is al een bestand met de naam \(name) bijgevoegd; geef het eerst een andere naam, of druk op Enter om verder te gaan.")
    }

    public static let summaryHeader = Localized(
        en: "This is what will be saved:",
        nl: "Dit wordt opgeslagen:")

    public static let confirmSave = Localized(
        en: "Save this entry? [Y/n] ",
        nl: "Deze aantekening opslaan? [J/n] ")

    public static let confirmAmend = Localized(
        en: "Save this as a new version? [Y/n] ",
        nl: "Dit opslaan als nieuwe versie? [J/n] ")

    public static let answerYesNo = Localized(
        en: "Please answer y or n.",
        nl: "Antwoord met j of n.")

    public static func amendIntro(_ id: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Amending entry \(id). For each field press Enter to keep it, type to replace it, or type - to clear it. Ctrl-C asks whether to stop.",
            nl: "Aanvullen van aantekening \(id). Druk per veld op Enter om het te houden, typ om het te vervangen, of typ - om het te wissen. Met Ctrl-C kun je stoppen.")
    }

    public static func currentValue(_ separator: some CustomStringConvertible) -> Localized {
        Localized(
            en: "Now: \(separator)",
            nl: "Nu: \(separator)")
    }

    public static let currentEmpty = Localized(
        en: "(empty)",
        nl: "(leeg)")

    public static let askNarrativeAddition = Localized(
        en: "What happened: what you type now is added as a new paragraph. End with an empty line; Enter alone leaves it as it is.",
        nl: "Wat er gebeurde: wat je nu typt komt erbij als nieuwe alinea. Sluit af met een lege regel; alleen Enter laat het zoals het is.")

    public static func askKeepLine(_ labelTitle: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(labelTitle) (Enter keeps, - clears): ",
            nl: "\(labelTitle) (Enter houdt, - wist): ")
    }

    public static func askReplaceText(_ labelImpact: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(labelImpact): type new text to replace it and end with an empty line; Enter alone keeps it, - clears it.",
            nl: "\(labelImpact): typ nieuwe tekst om het te vervangen en sluit af met een lege regel; alleen Enter houdt het, - wist het.")
    }

    public static func askAmendList(_ labelPeople: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(labelPeople): type a name to add, or -name to remove; press Enter when done.",
            nl: "\(labelPeople): typ een naam om toe te voegen, of -naam om te verwijderen; druk op Enter als je klaar bent.")
    }

    public static func notOnList(_ name: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(name) is not on the list.",
            nl: "\(name) staat niet op de lijst.")
    }

    public static let askAmendCategories = Localized(
        en: "Enter keeps the current kinds, a new choice replaces them, - clears them.",
        nl: "Enter houdt de huidige soorten, een nieuwe keuze vervangt ze, - wist ze.")

    public static func fileNotOrdinary(_ path: some CustomStringConvertible) -> Localized {
        Localized(
            en: "\(path) is not an ordinary file but a pipe, device or socket; try again, or press Enter to go on.",
            nl: "\(path) is geen gewoon bestand, maar een pipe, apparaat of socket; probeer het opnieuw, of druk op Enter om verder te gaan.")
    }

    public static let logLabelCommitted = Localized(
        en: "Committed no later than",
        nl: "Vastgelegd uiterlijk op")

    public static let logNotWitnessed = Localized(
        en: "not witnessed yet (only this computer's clock)",
        nl: "nog niet bevestigd (alleen de klok van deze computer)")

    public static let logLateFlag = Localized(
        en: "(!) recorded more than 24 hours before its first witness: until then only this computer's clock vouches for it",
        nl: "(!) meer dan 24 uur voor de eerste bevestiging vastgelegd: tot dan staat alleen de klok van deze computer ervoor in")

    public static let logWitnessCosignature = Localized(
        en: "adviser's cosignature",
        nl: "medeondertekening van de vertrouwenspersoon")

    public static let logWitnessTimestamp = Localized(
        en: "timestamp authority",
        nl: "tijdstempeldienst")

    public static let logWitnessBitcoin = Localized(
        en: "Bitcoin block",
        nl: "Bitcoin-blok")
}
