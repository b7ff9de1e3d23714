// What the guided interview asks and says: English and Dutch side by side.
import MeldboekCore

extension Localized {
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
        nl: "Wie waren erbij betrokken? Typ één naam (of een pseudoniem) per regel; druk op Enter als je klaar bent.")

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

    /// The question when a word names more than one kind of behaviour.
    public static func whichCategory(_ word: String) -> Localized {
        Localized(en: "By \"\(word)\", which kind of behaviour do you mean?",
                  nl: "Welke soort gedrag bedoel je met \"\(word)\"?")
    }

    /// The question when the word for someone's role can mean more than one role.
    public static func whichRole(_ word: String, person: String) -> Localized {
        guard !person.isEmpty else {
            return Localized(en: "By \"\(word)\", which role towards you do you mean?",
                             nl: "Welke rol ten opzichte van jou bedoel je met \"\(word)\"?")
        }
        return Localized(en: "\(person) is \"\(word)\": which role does \(person) have towards you?",
                         nl: "\(person) is \"\(word)\": welke rol heeft \(person) ten opzichte van jou?")
    }

    /// The line to type a number after.
    public static func chooseNumber(_ count: Int) -> Localized {
        Localized(en: "Type a number from 1 to \(count): ", nl: "Typ een nummer van 1 tot en met \(count): ")
    }
}
