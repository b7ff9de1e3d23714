// One piece of text in both languages, its arguments already typed and in place.
//
// Each layer declares its own messages as `extension Localized { static func … }` in its own target,
// English and Dutch side by side, so a message, its translation and its plural rule are read together:
//
//     static func entryAdded(_ id: EntryID) -> Localized {
//         Localized(en: "Added entry \(id).", nl: "Aantekening \(id) toegevoegd.")
//     }
//     static func attachments(_ count: Int) -> Localized {
//         Localized(count: count, one: Localized(en: "1 attachment", nl: "1 bijlage"),
//                   other: Localized(en: "\(count) attachments", nl: "\(count) bijlagen"))
//     }
//
// Arguments are Swift values interpolated once, when the message is made: a typed argument can't be
// passed in the wrong place, and an argument's own text (a case called "Dossier {2}") is never read again.

/// A sentence, label or help text in English and Dutch, with its arguments filled in.
public struct Localized: Sendable, Hashable {
    /// The English text.
    public let en: String
    /// The Dutch text.
    public let nl: String

    /// A text in both languages.
    public init(en: String, nl: String) {
        self.en = en
        self.nl = nl
    }

    /// The form for exactly one when `count` is 1, the other form otherwise.
    ///
    /// English and Dutch share this rule, zero included ("0 attachments", "0 bijlagen").
    public init(count: Int, one: Localized, other: Localized) {
        self = count == 1 ? one : other
    }

    /// "1 bijlage" / "3 bijlagen": a count with its noun in the form the count asks for.
    public static func counted(_ count: Int, en: (one: String, other: String), nl: (one: String, other: String))
        -> Localized
    {
        Localized(count: count, one: Localized(en: "1 \(en.one)", nl: "1 \(nl.one)"),
                  other: Localized(en: "\(count) \(en.other)", nl: "\(count) \(nl.other)"))
    }

    /// "1 record" / "12 records": the size of a checkpoint or a log, in both languages.
    public static func records(_ count: some BinaryInteger) -> Localized {
        counted(Int(count), en: ("record", "records"), nl: ("record", "records"))
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: en
        case .nl: nl
        }
    }
}

extension Localizer {
    /// The user's language's text of a message.
    public func callAsFunction(_ message: Localized) -> String {
        message.text(in: language)
    }
}
