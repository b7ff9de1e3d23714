// The command line itself in the user's language: `--lang` anywhere, mistyped commands, the parser's own text.
//
// The argument parser writes its errors and its help headings in English and can't be told otherwise. Its
// sentences come in a few fixed shapes; each known shape is read back here and said again in English and Dutch,
// in the `meldboek: error:` form. A sentence not in the table is shown as the parser wrote it: English, but
// never wrong.
import ArgumentParser
import MeldboekCore

/// `--lang`, wherever it stands before a `--`, taken off the command line before parsing.
///
/// The language must be known before parsing, because help texts are built while parsing; taking it off
/// also lets it stand before the command (`meldboek --lang nl list`), where no command has it yet.
struct LanguageChoice: Equatable {
    /// The language the last `--lang` names, if any.
    var language: Language?
    /// A `--lang` value that is no language Meldboek speaks.
    var unknown: String?
    /// Whether a `--lang` came without a value: last, or followed by an option.
    var lacksValue = false
    /// The command line without the `--lang` options it held.
    var remaining: [String]

    /// Takes `--lang VALUE` and `--lang=VALUE` out of `arguments` (the program's name not included).
    ///
    init(_ arguments: [String]) {
        remaining = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            var value: String?
            if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            } else if argument == "--lang", index + 1 < arguments.endIndex, !arguments[index + 1].hasPrefix("-") {
                index += 1
                value = arguments[index]
            }
            if let value {
                if let language = Language(rawValue: value) {
                    self.language = language
                } else {
                    unknown = value
                }
            } else if argument == "--lang" {
                lacksValue = true
            } else {
                remaining.append(argument)
            }
            index += 1
        }
    }
}

/// A command name the user typed that no command at that place has, and the nearest one that does.
struct UnknownCommand: Equatable {
    /// What the user typed.
    var typed: String
    /// The command names typed before it, such as `["adviser"]`.
    var parent: [String]
    /// The nearest command name or alias at that place, if one is near enough to be what was meant.
    var suggestion: String?

    /// The first word of `arguments` that stands where a command belongs but names none; nil when every
    /// command word is known, or an option comes first (then the parser's own message says what is wrong).
    static func find(in arguments: [String], root: ParsableCommand.Type) -> UnknownCommand? {
        let words = commandWords(in: arguments, root: root)
        guard let typed = words.unknown else { return nil }
        var command = root
        for word in words.known {
            command = command.configuration.subcommands.first { names(of: $0).contains(word) } ?? command
        }
        let shown = command.configuration.subcommands.filter { $0.configuration.shouldDisplay }.flatMap { names(of: $0) }
        let suggestion = nearest(to: typed, among: shown + (words.known.isEmpty ? ["help"] : []))
        return UnknownCommand(typed: typed, parent: words.known, suggestion: suggestion)
    }

    /// The words that open `arguments` as far as they name commands (`["adviser", "import"]`), and the
    /// word after them if it stands where a command belongs but names none. An option ends the words.
    static func commandWords(in arguments: [String], root: ParsableCommand.Type) -> (known: [String], unknown: String?) {
        var command = root
        var known: [String] = []
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !argument.hasPrefix("-"), !subcommands.isEmpty else { break }
            guard let next = subcommands.first(where: { names(of: $0).contains(argument) }) else {
                // The parser adds `help` to the root command itself.
                if known.isEmpty, argument == "help" { break }
                return (known, argument)
            }
            command = next
            known.append(argument)
        }
        return (known, nil)
    }

    /// A command's name and its aliases.
    static func names(of command: ParsableCommand.Type) -> [String] {
        [command._commandName] + command.configuration.aliases
    }

    /// The candidate closest to `typed`, if it is close enough to be a slip of the keyboard: one edit
    /// for a word of up to four letters, two up to eight, three beyond. The first of equally close ones wins.
    static func nearest(to typed: String, among candidates: [String]) -> String? {
        let limit = typed.count <= 4 ? 1 : typed.count <= 8 ? 2 : 3
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - typed.count) <= limit {
            let distance = editDistance(typed, candidate)
            if distance <= limit, distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The number of letters to insert, delete, replace or swap with their neighbour to turn `a` into `b`,
    /// ignoring case (Damerau-Levenshtein, optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let replace = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, replace)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// What the user reads: a usage error, with the command probably meant or where the commands are listed.
    var errorPresentation: ErrorPresentation {
        let hint: Localized = suggestion.map { .didYouMean((parent + [$0]).joined(separator: " ")) }
            ?? .commandsListedBy((["meldboek"] + parent).joined(separator: " "))
        return ErrorPresentation(t(.unknownCommand(typed)), hint: t(hint), exitCode: ExitStatus.usage)
    }
}

/// The argument parser's English, said again in English and Dutch.
enum ParserText {
    /// The parser's one-line error message as a message and maybe a hint; nil for a sentence not in the table.
    static func mistake(_ message: String) -> (message: Localized, hint: Localized?)? {
        if let match = message.wholeMatch(of: /Unknown option '([^']*)'(?:\. Did you mean '([^']*)'\?)?/) {
            let option = String(match.1)
            return (.unknownOption(option), match.2.map { .didYouMean(String($0)) })
        }
        // `-xn` where `-n` takes a value: either the whole is unknown or `-n` lacks its value.
        if let match = message.wholeMatch(
            of: /Unknown option '([^']*)'(?:\. Did you mean '[^']*'\?)?\n {3}or: Missing value for '([^']*)' in '[^']*'/) {
            return (.unknownOption(String(match.1)), .orMissingValue(String(match.2)))
        }
        if let match = message.wholeMatch(of: /Missing value for '([^']*)'/) {
            return (.missingValue(String(match.1)), nil)
        }
        if let match = message.wholeMatch(of: /Missing expected argument '([^']*)'/) {
            return (.missingArgument(String(match.1)), nil)
        }
        if let match = message.wholeMatch(of: /Missing one of: ('.*')/) {
            return (.missingOneOf(String(match.1)), nil)
        }
        if let match = message.wholeMatch(of: /Unexpected argument '(.*)'/) {
            return (.unexpectedArguments(1, "'\(match.1)'"), nil)
        }
        if let match = message.wholeMatch(of: /([0-9]+) unexpected arguments: ('.*')/), let count = Int(match.1) {
            return (.unexpectedArguments(count, String(match.2)), nil)
        }
        if let match = message.wholeMatch(of: /The option '([^']*)' does not take any value, but '(.*)' was specified\./) {
            return (.optionTakesNoValue(String(match.1), String(match.2)), nil)
        }
        if message == "Missing required subcommand." {
            return (.missingCommand, nil)
        }
        if let match = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']*)'(\. Please provide one of (.*)\.)?/) {
            let invalid = Localized.invalidValue(String(match.1), for: String(match.2))
            guard let choices = match.4 else { return (invalid, nil) }
            let values = choices.matches(of: /'([^']*)'/).map { String($0.1) }
            return values.isEmpty ? nil : (invalid, .chooseOneOf(values))
        }
        return nil
    }

    /// The parser's help screen with its headings and its own lines in `language`; anything else
    /// (the version, a help dump) stays as it is.
    static func help(_ text: String, in language: Language) -> String {
        guard language == .nl, text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") else { return text }
        var lines: [String] = []
        for var line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            // Meldboek's usage lines are generated, one line each.
            if line.hasPrefix("USAGE: ") {
                line = "GEBRUIK: " + line.dropFirst("USAGE: ".count)
                line = line.replacing("<subcommand>", with: "<opdracht>").replacing("<options>", with: "<opties>")
            }
            if line.hasPrefix("OVERVIEW: ") { line = "OVERZICHT: " + line.dropFirst("OVERVIEW: ".count) }
            if let heading = headings[line] { line = heading }
            if let match = line.wholeMatch(of: /\ \ See '(.*) <subcommand>' for detailed help\./) {
                line = "  Zie '\(match.1) <opdracht>' voor uitgebreide hulp bij een opdracht."
            }
            for (english, dutch) in builtInHelp where line.hasSuffix(english) {
                line = line.dropLast(english.count) + dutch
            }
            // The parser wraps lines, so "(values:" may end a line and "default:" begin the next.
            line = line.replacing("(default:", with: "(standaard:").replacing("(values:", with: "(waarden:")
                .replacing("; default:", with: "; standaard:")
            if let start = line.firstIndex(where: { $0 != " " }), line[start...].hasPrefix("default: ") {
                line.replaceSubrange(start..<line.index(start, offsetBy: "default:".count), with: "standaard:")
            }
            // A default subcommand's mark widens its label: take the extra width from the padding after it.
            line = line.replacing(/\ \(default\)(?:\ \ (?=\ \ ))?/, with: " (standaard)")
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Section headings, whole lines.
    static let headings = [
        "ARGUMENTS:": "ARGUMENTEN:",
        "OPTIONS:": "OPTIES:",
        "SUBCOMMANDS:": "OPDRACHTEN:",
    ]

    /// The help lines the parser adds itself, by how they end.
    static let builtInHelp = [
        ("Show help information.", "Toon deze hulp."),
        ("Show the version.", "Toon het versienummer."),
    ]
}

extension Localized {
    static func unknownCommand(_ typed: String) -> Localized {
        Localized(en: "Unknown command '\(typed)'.", nl: "Onbekende opdracht '\(typed)'.")
    }

    static func didYouMean(_ name: String) -> Localized {
        Localized(en: "Did you mean '\(name)'?", nl: "Bedoelde je '\(name)'?")
    }

    static func helpFor(_ command: String) -> Localized {
        Localized(en: "'meldboek help \(command)' shows what '\(command)' takes.",
                  nl: "'meldboek help \(command)' toont wat '\(command)' verwacht.")
    }

    static func commandsListedBy(_ command: String) -> Localized {
        Localized(en: "'\(command) --help' lists the commands.", nl: "'\(command) --help' toont de opdrachten.")
    }

    static func unknownLanguage(_ value: String) -> Localized {
        Localized(en: "Unknown language '\(value)'.", nl: "Onbekende taal '\(value)'.")
    }

    static func unknownOption(_ option: String) -> Localized {
        Localized(en: "Unknown option '\(option)'.", nl: "Onbekende optie '\(option)'.")
    }

    static func missingValue(_ option: String) -> Localized {
        Localized(en: "'\(option)' needs a value.", nl: "'\(option)' heeft een waarde nodig.")
    }

    static func orMissingValue(_ option: String) -> Localized {
        Localized(en: "Or '\(option)' is missing its value.", nl: "Of bij '\(option)' ontbreekt de waarde.")
    }

    /// A positional argument (`<id>`) or a required option (`--out <path>`) that isn't there.
    static func missingArgument(_ argument: String) -> Localized {
        Localized(en: "'\(argument)' is missing.", nl: "'\(argument)' ontbreekt.")
    }

    /// `arguments` as the parser quoted them: `'<a>', '<b>'`.
    static func missingOneOf(_ arguments: String) -> Localized {
        Localized(en: "One of these is missing: \(arguments).", nl: "Een van deze ontbreekt: \(arguments).")
    }

    /// `arguments` as the parser quoted them: `'a', 'b'`.
    static func unexpectedArguments(_ count: Int, _ arguments: String) -> Localized {
        Localized(count: count,
                  one: Localized(en: "Unexpected argument \(arguments).", nl: "Onverwacht argument \(arguments)."),
                  other: Localized(en: "\(count) unexpected arguments: \(arguments).",
                                   nl: "\(count) onverwachte argumenten: \(arguments)."))
    }

    static func optionTakesNoValue(_ option: String, _ value: String) -> Localized {
        Localized(en: "'\(option)' takes no value, but was given '\(value)'.",
                  nl: "Bij '\(option)' hoort geen waarde, maar er staat '\(value)'.")
    }

    static var missingCommand: Localized {
        Localized(en: "A command is missing.", nl: "Er ontbreekt een opdracht.")
    }

    static func invalidValue(_ value: String, for option: String) -> Localized {
        Localized(en: "'\(value)' is not a valid value for '\(option)'.", nl: "'\(value)' is geen geldige waarde voor '\(option)'.")
    }

    static func chooseOneOf(_ values: [String]) -> Localized {
        let quoted = values.map { "'\($0)'" }
        guard let last = quoted.last, quoted.count > 1 else {
            return Localized(en: "The only choice is \(quoted.first ?? "").", nl: "De enige keuze is \(quoted.first ?? "").")
        }
        let others = quoted.dropLast().joined(separator: ", ")
        return Localized(en: "Choose \(others) or \(last).", nl: "Kies \(others) of \(last).")
    }
}

extension Localized {
    // What stands in angle brackets for an option's value in help and usage errors (`--vault <pad>`).
    // Placeholders that list the values to type (`<nl|en>`, `<people,witnesses,location>`) are not translated.
    static var placeholderBundleID: Localized { Localized(en: "bundle-id", nl: "bundel-id") }
    static var placeholderCard: Localized { Localized(en: "card", nl: "kaart") }
    static var placeholderCase: Localized { Localized(en: "case", nl: "dossier") }
    static var placeholderCategory: Localized { Localized(en: "category", nl: "soort") }
    static var placeholderDate: Localized { Localized(en: "date", nl: "datum") }
    static var placeholderDuration: Localized { Localized(en: "duration", nl: "duur") }
    static var placeholderFile: Localized { Localized(en: "file", nl: "bestand") }
    static var placeholderFingerprint: Localized { Localized(en: "fingerprint", nl: "vingerafdruk") }
    static var placeholderFolder: Localized { Localized(en: "folder", nl: "map") }
    static var placeholderFormat: Localized { Localized(en: "format", nl: "indeling") }
    static var placeholderName: Localized { Localized(en: "name", nl: "naam") }
    static var placeholderNumber: Localized { Localized(en: "number", nl: "aantal") }
    static var placeholderNameAndRole: Localized { Localized(en: "name[:role]", nl: "naam[:rol]") }
    static var placeholderPath: Localized { Localized(en: "path", nl: "pad") }
    static var placeholderPlace: Localized { Localized(en: "place", nl: "plaats") }
    static var placeholderPseudonym: Localized { Localized(en: "pseudonym", nl: "pseudoniem") }
    static var placeholderStrength: Localized { Localized(en: "strength", nl: "sterkte") }
    static var placeholderTag: Localized { Localized(en: "tag", nl: "label") }
    static var placeholderText: Localized { Localized(en: "text", nl: "tekst") }
    static var placeholderTitle: Localized { Localized(en: "title", nl: "titel") }
}
