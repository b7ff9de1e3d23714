// `meldboek identity` and `meldboek contacts`: cards, fingerprints, and who the melder can share with.
import ArgumentParser
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekText

/// Prints a card as text or JSON.
func printCard(_ card: Card, json: Bool) throws {
    if json {
        try printJSON(CardDocument(card))
    } else {
        // Only the card on standard output, so `> card.txt` or a pipe holds exactly what to send.
        print(card.text)
        FileHandle.standardError.write(Data((t(.yourFingerprint(card.fingerprint)) + "\n").utf8))
    }
}

extension Meldboek {
    struct Identity: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: t(.identityAbstract), aliases: ["identiteit"])
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let card = try global.unlockJournal().identity().card
            // The keys themselves only for scripts and for checking a bundle by hand (Docs/bundle-format.md): no
            // one needs the melder's card to receive from them, since every bundle carries the melder's keys.
            if output.json { return try printJSON(CardDocument(card)) }
            print(t(.ownFingerprint(card.fingerprint)))
            print(t(.ownFingerprintUse))
        }
    }

    struct ContactsCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "contacts", abstract: t(.contactsAbstract), subcommands: [Add.self, List.self, Remove.self],
                aliases: ["contacten"])
        }

        struct Add: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.contactsAddAbstract), aliases: ["toevoegen"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpContactName), valueName: t(.placeholderName)))
            var name: String

            @Argument(help: ArgumentHelp(t(.helpCard), valueName: t(.placeholderCard)))
            var card: String

            func run() throws {
                let contact = try Contacts(try global.unlockJournal()).add(name: name, card: card)
                print(t(.contactAdded(OutsideText.line(contact.name))))
                print(t(.compareFingerprint(contact.card.fingerprint, OutsideText.line(contact.name))))
            }
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.contactsListAbstract), aliases: ["lijst"])
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: JSONOption

            struct Document: Encodable {
                var name: String
                var card: CardDocument
                var addedAt: Date
            }

            func run() throws {
                let contacts = try Contacts(try global.unlockJournal()).all()
                if output.json {
                    try printJSON(contacts.map { Document(name: $0.name, card: CardDocument($0.card), addedAt: $0.addedAt) })
                } else if contacts.isEmpty {
                    print(t(.noContacts))
                } else {
                    for contact in contacts { print("\(OutsideText.line(contact.name))  \(contact.card.fingerprint)") }
                }
            }
        }

        struct Remove: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(abstract: t(.contactsRemoveAbstract), aliases: ["verwijder"])
            }

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp(t(.helpContactName), valueName: t(.placeholderName)))
            var name: String

            func run() throws {
                try Contacts(try global.unlockJournal()).remove(name: name)
                print(t(.contactRemoved(OutsideText.line(name))))
            }
        }
    }
}

extension Localized {
    static var identityAbstract: Localized {
        Localized(en: "Print your fingerprint, which your adviser compares to know a bundle comes from you.",
                  nl: "Toon je vingerafdruk, waarmee je vertrouwenspersoon nagaat of een bundel van jou komt.")
    }

    /// Not just "Fingerprint": `init` prints the journal's fingerprint right after it, which is another thing.
    static func ownFingerprint(_ fingerprint: String) -> Localized {
        Localized(en: "Your fingerprint: \(fingerprint)", nl: "Je vingerafdruk: \(fingerprint)")
    }

    /// Where the melder's own fingerprint is needed: the one place, said where it is shown.
    static var ownFingerprintUse: Localized {
        Localized(
            en: "Your adviser sees this fingerprint when they import your first bundle. Read it out to them by phone "
                + "or in person, so they know the bundle really comes from you.",
            nl: "Je vertrouwenspersoon ziet deze vingerafdruk bij het importeren van je eerste bundel. Lees hem dan "
                + "telefonisch of persoonlijk voor: zo weet je vertrouwenspersoon dat de bundel echt van jou komt.")
    }
}
