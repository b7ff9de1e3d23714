// The vault row's key-derivation settings, checked before they are used.
import Foundation
import MeldboekSodium

extension VaultHeader {
    /// The fewest and most Argon2id passes a vault may ask for: libsodium's minimum to
    /// more than twice its `sensitive` preset.
    static let opsLimitBounds: ClosedRange<Int64> = 1...10
    /// The least and most Argon2id memory a vault may ask for: libsodium's minimum
    /// (8 KiB) to four times its `sensitive` preset (4 GiB).
    static let memLimitBounds: ClosedRange<Int64> = 8 * 1024...4 * 1024 * 1024 * 1024
    /// A wrapped vault key: nonce, the 32-byte key, tag.
    static let wrappedKeyByteCount =
        XChaCha20Poly1305.nonceByteCount + SymmetricKey.byteCount + XChaCha20Poly1305.tagByteCount

    /// Checks that the key-derivation settings and the wrapped key are ones Meldboek
    /// writes, so a damaged or altered vault can't make it derive for hours, ask for
    /// terabytes of memory, or stop on a number it can't convert.
    ///
    /// - Throws: ``MeldboekError/vaultSettingsDamaged(path:setting:value:)`` naming the first value out of bounds.
    func checkBounds(folder: URL) throws {
        func damaged(_ setting: String, _ value: String) -> MeldboekError {
            .vaultSettingsDamaged(path: folder.path, setting: setting, value: value)
        }
        guard Self.opsLimitBounds.contains(opsLimit) else { throw damaged("opsLimit", String(opsLimit)) }
        guard Self.memLimitBounds.contains(memLimit) else { throw damaged("memLimit", String(memLimit)) }
        guard salt.count == Argon2id.saltByteCount else { throw damaged("salt", "\(salt.count) bytes") }
        guard wrappedKey.count == Self.wrappedKeyByteCount else {
            throw damaged("wrappedKey", "\(wrappedKey.count) bytes")
        }
    }
}
