// The melder's contacts: advisers' cards by a name of the melder's choosing.
import Foundation
import MeldboekCore

/// A contact added to the journal.
struct ContactBody: RecordContent {
    static let kind = RecordKind(rawValue: 20)
    var prev: Data
    var name: String
    var card: String
    var addedAt: Date
}

/// A contact removed; earlier shares to them stay in the share log.
struct ContactRemovalBody: RecordContent {
    static let kind = RecordKind(rawValue: 21)
    var prev: Data
    var name: String
    var removedAt: Date
}

/// Someone the melder can share with.
public struct Contact: Equatable, Sendable {
    public var name: String
    public var card: Card
    public var addedAt: Date
}

/// The contacts kept in a melder's journal, as records in its chain.
public struct Contacts {
    let journal: Journal

    public init(_ journal: Journal) throws {
        try journal.requireRole(.melder)
        self.journal = journal
    }

    /// The current contacts, by name.
    public func all() throws -> [Contact] {
        try load().contacts.values.sorted { Folding.fold($0.name) < Folding.fold($1.name) }
    }

    /// The current contacts by folded name, and the error of each stored card that no longer passes the checks
    /// (a card added before this build refused low-order keys).
    private func load() throws -> (contacts: [String: Contact], unusable: [String: (name: String, error: Error)]) {
        var contacts: [String: Contact] = [:]
        var unusable: [String: (name: String, error: Error)] = [:]
        for record in try journal.records() {
            if let added = try record.decode(ContactBody.self) {
                let key = Folding.fold(added.name)
                do {
                    contacts[key] = Contact(name: added.name, card: try Card(added.card), addedAt: added.addedAt)
                    unusable[key] = nil
                } catch {
                    contacts[key] = nil
                    unusable[key] = (added.name, error)
                }
            } else if let removed = try record.decode(ContactRemovalBody.self) {
                contacts[Folding.fold(removed.name)] = nil
                unusable[Folding.fold(removed.name)] = nil
            }
        }
        return (contacts, unusable)
    }

    /// The contact called `name` (case and accents ignored).
    ///
    /// - Throws: ``ShareError/contactNotFound(_:)``, or the card's own error when the contact's
    ///   card no longer passes the checks, so nothing is ever shared with an unusable key.
    public func named(_ name: String) throws -> Contact {
        let (contacts, unusable) = try load()
        if let broken = unusable[Folding.fold(name)] { throw broken.error }
        guard let contact = contacts[Folding.fold(name)] else { throw ShareError.contactNotFound(name) }
        return contact
    }

    /// Adds a contact from their card, read as pasted (``Card/init(pasted:)``).
    @discardableResult
    public func add(name: String, card text: String, now: Date = Date()) throws -> Contact {
        let card = try Card(pasted: text)
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ShareError.contactNotFound(name) }
        if try all().contains(where: { Folding.fold($0.name) == Folding.fold(name) }) {
            throw ShareError.contactExists(name)
        }
        try journal.transaction { try $0.append(ContactBody(prev: Data(), name: name, card: card.text, addedAt: now)) }
        return Contact(name: name, card: card, addedAt: now)
    }

    /// Removes a contact.
    public func remove(name: String, now: Date = Date()) throws {
        let (contacts, unusable) = try load()
        // A contact whose card fails the checks can still be removed.
        guard let stored = contacts[Folding.fold(name)]?.name ?? unusable[Folding.fold(name)]?.name else {
            throw ShareError.contactNotFound(name)
        }
        try journal.transaction { try $0.append(ContactRemovalBody(prev: Data(), name: stored, removedAt: now)) }
    }
}

extension Journal {
    /// Throws unless this vault belongs to `role`.
    public func requireRole(_ role: VaultRole) throws {
        guard vault.role == role else { throw ShareError.wrongRole(expected: role.rawValue) }
    }
}
