// The journal's own messages and labels, and those several layers share, in English and Dutch.
// Each case must be given in both languages: a missing translation does not compile.
//
// New messages are `Localized` values in the layer that shows them (see Localized.swift): the command
// line's in Sources/meldboek/Text, the report's in MeldboekReport/ReportText.swift. What is left here is
// used by the journal itself (the interview, statistics, entry text) or by more than one layer.

/// A piece of text the interface shows; `{1}`, `{2}`, … stand for arguments.
public enum Message: String, CaseIterable, Sendable {
    case entryAdded
    case noEntries
    case labelEntry
    case labelTitle
    case labelWhen
    case labelRecorded
    case labelAmended
    case labelWhere
    case labelPeople
    case labelWitnesses
    case labelCategories
    case labelTags
    case labelNarrative
    case labelImpact
    case labelActions
    case labelAttachments
    case labelVersion
    case labelVersions
    case labelDateUnknown
    case exportTitle
    case exportedAt
    case errEntryAmbiguous
    case hintEntryAmbiguous
    case errIO
    case errInput

    case errChooseEntries
    case pseudonym
    case caseSummary
    case errContactNotFound
    case errCaseKeyMismatch
    case unlockedUntil
    case reportNoKind
    case reportColumnPlace
    case reportRepeated
    case reportBytes
    case statsTotal
    case statsUndated
    case statsPerKind
    case statsPerMonth
    case statsPerPerson
    case statsPerPlace
    case interviewIntro
    case askNarrative
    case askTitleInstead
    case askWhen
    case whenUnderstood
    case whenOwnWords
    case whenLeftOpen
    case askWhere
    case askPeople
    case askRole
    case rolePrompt
    case badChoice
    case askWitnesses
    case askCategories
    case categoryPrompt
    case explainSexualHarassment
    case explainAggression
    case explainDiscrimination
    case explainBullying
    case explainIntegrity
    case explainOther
    case askImpact
    case askActions
    case askFiles
    case fileMissing
    case fileIsFolder
    case fileUnreadable
    case fileNameTaken
    case summaryHeader
    case confirmSave
    case confirmAmend
    case answerYesNo
    case amendIntro
    case currentValue
    case currentEmpty
    case askNarrativeAddition
    case askKeepLine
    case askReplaceText
    case askAmendList
    case notOnList
    case askAmendCategories
    case fileNotOrdinary
    case logLabelCommitted
    case logNotWitnessed
    case logLateFlag
    case logWitnessCosignature
    case logWitnessTimestamp
    case logWitnessBitcoin
    /// The English text.
    public var en: String {
        switch self {
        case .entryAdded: "Added entry {1}."
        case .noEntries: "No entries."
        case .labelEntry: "Entry"
        case .labelTitle: "Title"
        case .labelWhen: "When"
        case .labelRecorded: "Recorded"
        case .labelAmended: "Last amended"
        case .labelWhere: "Where"
        case .labelPeople: "People involved"
        case .labelWitnesses: "Witnesses"
        case .labelCategories: "Kind of behaviour"
        case .labelTags: "Tags"
        case .labelNarrative: "What happened"
        case .labelImpact: "How it affected you"
        case .labelActions: "Actions taken"
        case .labelAttachments: "Attachments"
        case .labelVersion: "Version {1}, recorded {2}"
        case .labelVersions: "Versions"
        case .labelDateUnknown: "date unknown"
        case .exportTitle: "Meldboek: exported entries"
        case .exportedAt: "Exported {1}. This file is not encrypted."
        case .errEntryAmbiguous: "{1} matches {2} entries"
        case .hintEntryAmbiguous: "give more of the id"
        case .errIO: "{1}: {2}"
        case .errInput: "{1}"
        case .errChooseEntries: "choose what to share: entry ids, filters (--since, --category, …), or --all"
        case .pseudonym: "Person"
        case .caseSummary: "{1} entries from {2} bundles, last {3}"
        case .errContactNotFound: "no contact named {1}"
        case .errCaseKeyMismatch: "case {1} belongs to sender {2}, but this bundle is signed by {3}"
        case .unlockedUntil: "unlocked until {1}; each use extends it by {2} (`meldboek lock` locks it now)"
        case .reportNoKind: "no kind given"
        case .reportColumnPlace: "Place"
        case .reportRepeated: "repeated pattern"
        case .reportBytes: "{1} bytes"
        case .statsTotal: "Entries: {1}"
        case .statsUndated: "Without a known date: {1}"
        case .statsPerKind: "Per kind of behaviour"
        case .statsPerMonth: "Per month"
        case .statsPerPerson: "Per person"
        case .statsPerPlace: "Per place"
        case .interviewIntro: "Let's write down what happened. Press Enter to skip any question. Ctrl-C lets you stop, and keep what you typed as a draft if you like."
        case .askNarrative: "What happened? Tell it in your own words, everything you remember. Several lines are fine; end with an empty line."
        case .askTitleInstead: "You skipped what happened. Give at least a short title, or press Enter to stop without saving:"
        case .askWhen: "When did it happen? For example \"yesterday 2pm\", \"last Tuesday\", \"March 2025\" or your own words; \"not sure\" is fine too."
        case .whenUnderstood: "Understood as {1}."
        case .whenOwnWords: "Kept in your own words: {1}."
        case .whenLeftOpen: "The date stays open."
        case .askWhere: "Where did it happen?"
        case .askPeople: "Who was involved? Type one name (or an alias) per line; press Enter when done."
        case .askRole: "What is {1}'s role towards you?"
        case .rolePrompt: "Number, or the role in your own words (Enter = other): "
        case .badChoice: "'{1}' is not one of the choices: type a number from 1 to {2}, or a name."
        case .askWitnesses: "Who saw or heard it? One name per line; press Enter when done."
        case .askCategories: "What kind of behaviour was it? More than one is possible, and not sure is fine:"
        case .categoryPrompt: "Numbers or names, such as \"1 3\" (Enter skips): "
        case .explainSexualHarassment: "words, gestures or touching with a sexual meaning that harm your dignity"
        case .explainAggression: "being harassed, threatened or attacked, in words or physically, in connection with your work"
        case .explainDiscrimination: "being treated differently or worse for who you are: origin, religion, sex, sexual orientation, age, disability"
        case .explainBullying: "repeated intimidating behaviour by one or more people against someone who can't defend themselves against it"
        case .explainIntegrity: "fraud, theft, abuse of power or position, or breaking rules and norms at work"
        case .explainOther: "something else, or you are not sure what to call it: that is fine"
        case .askImpact: "How did it affect you? Several lines are fine; end with an empty line."
        case .askActions: "What did you do afterwards? For example whom you told, or a route you chose. End with an empty line."
        case .askFiles: "Files to attach, such as a photo, an e-mail or a screenshot? One path per line; press Enter when done."
        case .fileMissing: "There is no file {1}; try again, or press Enter to go on."
        case .fileIsFolder: "{1} is a folder, not a file; try again, or press Enter to go on."
        case .fileUnreadable: "{1} can't be read (no permission); try again, or press Enter to go on."
        case .fileNameTaken: "A file named {1} is attached already; rename it first, or press Enter to go on."
        case .summaryHeader: "This is what will be saved:"
        case .confirmSave: "Save this entry? [Y/n] "
        case .confirmAmend: "Save this as a new version? [Y/n] "
        case .answerYesNo: "Please answer y or n."
        case .amendIntro: "Amending entry {1}. For each field press Enter to keep it, type to replace it, or type - to clear it. Ctrl-C asks whether to stop."
        case .currentValue: "Now: {1}"
        case .currentEmpty: "(empty)"
        case .askNarrativeAddition: "What happened: what you type now is added as a new paragraph. End with an empty line; Enter alone leaves it as it is."
        case .askKeepLine: "{1} (Enter keeps, - clears): "
        case .askReplaceText: "{1}: type new text to replace it and end with an empty line; Enter alone keeps it, - clears it."
        case .askAmendList: "{1}: type a name to add, or -name to remove; press Enter when done."
        case .notOnList: "{1} is not on the list."
        case .askAmendCategories: "Enter keeps the current kinds, a new choice replaces them, - clears them."
        case .fileNotOrdinary: "{1} is not an ordinary file but a pipe, device or socket; try again, or press Enter to go on."
        case .logLabelCommitted: "Committed no later than"
        case .logNotWitnessed: "not witnessed yet (only this computer's clock)"
        case .logLateFlag: "(!) recorded more than 24 hours before its first witness: until then only this computer's clock vouches for it"
        case .logWitnessCosignature: "adviser's cosignature"
        case .logWitnessTimestamp: "timestamp authority"
        case .logWitnessBitcoin: "Bitcoin block"
        }
    }

    /// The Dutch text.
    public var nl: String {
        switch self {
        case .entryAdded: "Aantekening {1} toegevoegd."
        case .noEntries: "Geen aantekeningen."
        case .labelEntry: "Aantekening"
        case .labelTitle: "Titel"
        case .labelWhen: "Wanneer"
        case .labelRecorded: "Vastgelegd"
        case .labelAmended: "Laatst aangevuld"
        case .labelWhere: "Waar"
        case .labelPeople: "Betrokkenen"
        case .labelWitnesses: "Getuigen"
        case .labelCategories: "Soort gedrag"
        case .labelTags: "Labels"
        case .labelNarrative: "Wat er gebeurde"
        case .labelImpact: "Wat het met je deed"
        case .labelActions: "Ondernomen stappen"
        case .labelAttachments: "Bijlagen"
        case .labelVersion: "Versie {1}, vastgelegd {2}"
        case .labelVersions: "Versies"
        case .labelDateUnknown: "datum onbekend"
        case .exportTitle: "Meldboek: geëxporteerde aantekeningen"
        case .exportedAt: "Geëxporteerd op {1}. Dit bestand is niet versleuteld."
        case .errEntryAmbiguous: "{1} past bij {2} aantekeningen"
        case .hintEntryAmbiguous: "geef meer van het id"
        case .errIO: "{1}: {2}"
        case .errInput: "{1}"
        case .errChooseEntries: "kies wat je deelt: ids van aantekeningen, filters (--since, --category, …) of --all"
        case .pseudonym: "Persoon"
        case .caseSummary: "{1} aantekeningen uit {2} bundels, laatste {3}"
        case .errContactNotFound: "geen contact met de naam {1}"
        case .errCaseKeyMismatch: "dossier {1} hoort bij afzender {2}, maar deze bundel is ondertekend door {3}"
        case .unlockedUntil: "ontgrendeld tot {1}; elk gebruik verlengt dat met {2} (`meldboek lock` vergrendelt nu)"
        case .reportNoKind: "geen soort opgegeven"
        case .reportColumnPlace: "Plaats"
        case .reportRepeated: "herhaald patroon"
        case .reportBytes: "{1} bytes"
        case .statsTotal: "Aantekeningen: {1}"
        case .statsUndated: "Zonder bekende datum: {1}"
        case .statsPerKind: "Per soort gedrag"
        case .statsPerMonth: "Per maand"
        case .statsPerPerson: "Per persoon"
        case .statsPerPlace: "Per plaats"
        case .interviewIntro: "We schrijven op wat er gebeurde. Druk op Enter om een vraag over te slaan. Met Ctrl-C kun je stoppen en, als je wilt, wat je typte bewaren als concept."
        case .askNarrative: "Wat is er gebeurd? Vertel het in je eigen woorden, alles wat je je herinnert. Meerdere regels mag; sluit af met een lege regel."
        case .askTitleInstead: "Je hebt overgeslagen wat er gebeurde. Geef dan ten minste een korte titel, of druk op Enter om te stoppen zonder op te slaan:"
        case .askWhen: "Wanneer gebeurde het? Bijvoorbeeld \"gisteren 14:00\", \"vorige week dinsdag\", \"maart 2025\" of je eigen woorden; \"weet ik niet\" mag ook."
        case .whenUnderstood: "Begrepen als {1}."
        case .whenOwnWords: "Bewaard in je eigen woorden: {1}."
        case .whenLeftOpen: "De datum blijft open."
        case .askWhere: "Waar gebeurde het?"
        case .askPeople: "Wie waren erbij betrokken? Typ één naam (of schuilnaam) per regel; druk op Enter als je klaar bent."
        case .askRole: "Welke rol heeft {1} ten opzichte van jou?"
        case .rolePrompt: "Nummer, of de rol in je eigen woorden (Enter = anders): "
        case .badChoice: "'{1}' is geen van de keuzes: typ een nummer van 1 tot en met {2}, of een naam."
        case .askWitnesses: "Wie heeft het gezien of gehoord? Eén naam per regel; druk op Enter als je klaar bent."
        case .askCategories: "Wat voor soort gedrag was het? Meer dan één kan, en twijfel mag:"
        case .categoryPrompt: "Nummers of namen, zoals \"1 3\" (Enter slaat over): "
        case .explainSexualHarassment: "woorden, gebaren of aanrakingen met een seksuele lading die je waardigheid aantasten"
        case .explainAggression: "in verband met je werk lastiggevallen, bedreigd of aangevallen worden, met woorden of fysiek"
        case .explainDiscrimination: "anders of slechter behandeld worden om wie je bent: afkomst, geloof, geslacht, seksuele oriëntatie, leeftijd, beperking"
        case .explainBullying: "herhaald intimiderend gedrag van een of meer mensen tegen iemand die zich er niet tegen kan verweren"
        case .explainIntegrity: "fraude, diefstal, misbruik van macht of positie, of het overtreden van regels en normen op het werk"
        case .explainOther: "iets anders, of je weet niet goed hoe je het moet noemen: dat is goed"
        case .askImpact: "Wat deed het met je? Meerdere regels mag; sluit af met een lege regel."
        case .askActions: "Wat deed je daarna? Bijvoorbeeld aan wie je het vertelde, of welke route je koos. Sluit af met een lege regel."
        case .askFiles: "Bestanden om bij te voegen, zoals een foto, een e-mail of een schermafdruk? Eén pad per regel; druk op Enter als je klaar bent."
        case .fileMissing: "Er is geen bestand {1}; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileIsFolder: "{1} is een map, geen bestand; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileUnreadable: "{1} kan niet worden gelezen (geen toestemming); probeer het opnieuw, of druk op Enter om verder te gaan."
        case .fileNameTaken: "Er is al een bestand met de naam {1} bijgevoegd; geef het eerst een andere naam, of druk op Enter om verder te gaan."
        case .summaryHeader: "Dit wordt opgeslagen:"
        case .confirmSave: "Deze aantekening opslaan? [J/n] "
        case .confirmAmend: "Dit opslaan als nieuwe versie? [J/n] "
        case .answerYesNo: "Antwoord met j of n."
        case .amendIntro: "Aanvullen van aantekening {1}. Druk per veld op Enter om het te houden, typ om het te vervangen, of typ - om het te wissen. Met Ctrl-C kun je stoppen."
        case .currentValue: "Nu: {1}"
        case .currentEmpty: "(leeg)"
        case .askNarrativeAddition: "Wat er gebeurde: wat je nu typt komt erbij als nieuwe alinea. Sluit af met een lege regel; alleen Enter laat het zoals het is."
        case .askKeepLine: "{1} (Enter houdt, - wist): "
        case .askReplaceText: "{1}: typ nieuwe tekst om het te vervangen en sluit af met een lege regel; alleen Enter houdt het, - wist het."
        case .askAmendList: "{1}: typ een naam om toe te voegen, of -naam om te verwijderen; druk op Enter als je klaar bent."
        case .notOnList: "{1} staat niet op de lijst."
        case .askAmendCategories: "Enter houdt de huidige soorten, een nieuwe keuze vervangt ze, - wist ze."
        case .fileNotOrdinary: "{1} is geen gewoon bestand, maar een pipe, apparaat of socket; probeer het opnieuw, of druk op Enter om verder te gaan."
        case .logLabelCommitted: "Vastgelegd uiterlijk op"
        case .logNotWitnessed: "nog niet bevestigd (alleen de klok van deze computer)"
        case .logLateFlag: "(!) meer dan 24 uur voor de eerste bevestiging vastgelegd: tot dan staat alleen de klok van deze computer ervoor in"
        case .logWitnessCosignature: "medeondertekening van de vertrouwenspersoon"
        case .logWitnessTimestamp: "tijdstempeldienst"
        case .logWitnessBitcoin: "Bitcoin-blok"
        }
    }
}
