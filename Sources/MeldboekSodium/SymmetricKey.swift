// A 32-byte secret key for the AEADs and the secret stream, held in guarded memory.
import CSodium

/// A 256-bit symmetric key kept in ``SecureBytes``.
///
/// The type exists so a key cannot be confused with a nonce, a salt or a plaintext: every
/// cipher in this module asks for a `SymmetricKey`, and the only ways to make one check the
/// length. Not `Codable`, and its descriptions print no bytes; to store a key, seal it with
/// another key (`XChaCha20Poly1305.seal(secret:additionalData:key:)`).
public final class SymmetricKey: Sendable {
    /// The length of every key, in bytes.
    public static let byteCount = 32

    /// The key bytes; internal so the ciphers here can reach them without copying.
    let secure: SecureBytes

    /// Wraps bytes this module produced itself, already in secret memory and of the right length.
    init(adopting secure: SecureBytes) {
        precondition(secure.count == Self.byteCount, "a SymmetricKey holds exactly 32 bytes")
        self.secure = secure
    }

    /// Copies a 32-byte secret into a new key.
    ///
    /// The key gets its own copy, so later changes to `secure` do not reach it.
    /// - Throws: `SodiumError.invalidLength` unless `secure` holds exactly 32 bytes;
    ///   `SodiumError.outOfMemory`.
    public convenience init(_ secure: SecureBytes) throws {
        guard secure.count == Self.byteCount else {
            throw SodiumError.invalidLength(what: "symmetric key", expected: Self.byteCount, actual: secure.count)
        }
        let copy = try SecureBytes(count: Self.byteCount)
        secure.withBytePointer { source, count in
            copy.withMutableBytePointer { target, _ in target.update(from: source, count: count) }
        }
        self.init(adopting: copy)
    }

    /// Copies 32 bytes into a new key, for keys that arrive from outside (test vectors, files).
    ///
    /// - Throws: `SodiumError.invalidLength` unless exactly 32 bytes are given; `SodiumError.outOfMemory`.
    public convenience init<C: Collection>(copying bytes: C) throws where C.Element == UInt8 {
        guard bytes.count == Self.byteCount else {
            throw SodiumError.invalidLength(what: "symmetric key", expected: Self.byteCount, actual: bytes.count)
        }
        self.init(adopting: try SecureBytes(copying: bytes))
    }

    /// Returns a fresh key from libsodium's CSPRNG.
    ///
    /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
    public static func random() throws -> SymmetricKey {
        SymmetricKey(adopting: try SecureBytes.random(count: byteCount))
    }

    /// Calls `body` with read access to the key bytes; do not let the pointer escape.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try secure.withUnsafeBytes(body)
    }

    /// Compares with `other` in constant time.
    public func isEqual(to other: SymmetricKey) -> Bool {
        secure.isEqual(to: other.secure)
    }
}

extension SymmetricKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description that never includes the key.
    public var description: String { "SymmetricKey(\(Self.byteCount) bytes)" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` cannot reach the key bytes.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
