// A second keeper of the last chain head seen of a vault, which Core knows only by this face.
import Foundation
import MeldboekSodium
import Synchronization

/// Keeps, beside the state file (``SeenHeads``), the last chain head seen of a vault: the unlock
/// agent does while a session runs, in memory, so a vault rolled back together with the home
/// folder still shows as older.
///
/// Core does not know the agent: the command line registers one with ``SeenHeads/witness``.
public protocol HeadWitness: Sendable {
    /// The head last told about `vault`; nil when the witness knows none or is not there.
    func seenHead(of vault: Vault) -> SeenHeads.Seen?
    /// Tells the witness the head a command has seen of `vault`. Failing to is not an error.
    func tell(_ seen: SeenHeads.Seen, of vault: Vault)
}

extension SeenHeads {
    private static let registeredWitness = Mutex<(any HeadWitness)?>(nil)

    /// The second witness ``check(_:)`` and ``record(_:onlyForward:)`` ask besides the state file; nil: none.
    public static var witness: (any HeadWitness)? {
        get { registeredWitness.withLock { $0 } }
        set { registeredWitness.withLock { $0 = newValue } }
    }
}

extension Vault {
    /// Unlocks the vault with its vault key itself, as an unlock agent holds it.
    ///
    /// - Throws: When the key does not open the vault's chain head: it is another vault's, or an older one.
    package func unlock(vaultKey: SymmetricKey) throws -> Journal {
        let keys = try VaultKeys(vaultKey: vaultKey)
        _ = try ChainHead.open(header.head, with: keys.records)
        return Journal(vault: self, keys: keys)
    }

    /// The salt and the wrapped vault key: they change with the passphrase, so an agent names
    /// the key it holds by a hash of them.
    package var keyWrapping: (salt: Data, wrappedKey: Data) {
        (header.salt, header.wrappedKey)
    }
}

extension Journal {
    /// Lends the vault key's bytes, to hand to an unlock agent.
    package func withVaultKey<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try keys.vaultKey.withUnsafeBytes(body)
    }
}
