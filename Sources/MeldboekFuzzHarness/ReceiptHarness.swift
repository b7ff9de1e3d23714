// FuzzReceipt: receipts (a tar of receipt.json and its signature), imported into a melder's vault.
import Foundation
import MeldboekCore
import MeldboekShare
import MeldboekSodium

/// Imports the input as a receipt into one melder vault kept for the whole run.
public final class ReceiptHarness: @unchecked Sendable {
    let journal: Journal

    /// Creates the melder vault at `folder` (which must not exist), at the minimum key-derivation cost.
    public init(vaultAt folder: URL) throws {
        journal = try Vault.create(
            at: folder, passphrase: try SecureBytes(copying: Array("fuzz".utf8)), cost: .minimum, role: .melder)
    }

    /// Whether the receipt was imported; the vault has no shares, so every input should be refused.
    public func run(_ bytes: [UInt8]) -> Bool {
        (try? Receipt.importReceipt(Data(bytes), into: journal)) != nil
    }
}
