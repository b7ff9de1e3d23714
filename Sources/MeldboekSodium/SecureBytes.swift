// Bytes that must stay secret: kept in guarded, locked libsodium memory and zeroed when released.
import CSodium

/// A fixed-size run of secret bytes held in `sodium_malloc` memory.
///
/// The memory sits between guard pages, is locked against swapping where the system allows,
/// and is zeroed by `sodium_free` when the last reference goes away. Use it for keys,
/// passphrases and anything derived from them, so they never linger in ordinary arrays.
///
/// `SecureBytes` is deliberately not `Codable`, not `Equatable` (`==` would invite a
/// variable-time comparison; use ``isEqual(to:)``), and its descriptions print only the count.
/// It is `Sendable` so keys can cross tasks; writing to it from two tasks at once is the
/// caller's race to avoid.
public final class SecureBytes: @unchecked Sendable {
    /// The number of bytes held.
    public let count: Int

    /// Start of the `sodium_malloc` region; never nil, even for zero bytes.
    private let pointer: UnsafeMutablePointer<UInt8>

    /// Allocates `count` zeroed secret bytes.
    ///
    /// - Parameter count: The number of bytes, zero or more.
    /// - Throws: `SodiumError.invalidLength` for a negative count, `SodiumError.outOfMemory`
    ///   if libsodium cannot allocate, `SodiumError.unavailable` if libsodium did not start.
    public init(count: Int) throws {
        try ensureSodium()
        guard count >= 0 else {
            throw SodiumError.invalidLength(what: "secure bytes", expected: 0, actual: count)
        }
        guard let raw = sodium_malloc(count) else { throw SodiumError.outOfMemory }
        // sodium_malloc fills with garbage on purpose, to expose reads of uninitialised memory.
        sodium_memzero(raw, count)
        self.pointer = raw.bindMemory(to: UInt8.self, capacity: count)
        self.count = count
    }

    /// Copies `bytes` into new secret memory.
    ///
    /// The source is not wiped; if it was secret, `wipe(_:)` it yourself.
    /// - Throws: `SodiumError.outOfMemory` or `SodiumError.unavailable`.
    public convenience init<C: Collection>(copying bytes: C) throws where C.Element == UInt8 {
        try self.init(count: bytes.count)
        withUnsafeMutableBytes { $0.copyBytes(from: bytes) }
    }

    /// Returns `count` bytes from libsodium's CSPRNG, written straight into secret memory.
    ///
    /// - Throws: `SodiumError.invalidLength`, `SodiumError.outOfMemory` or `SodiumError.unavailable`.
    public static func random(count: Int) throws -> SecureBytes {
        let bytes = try SecureBytes(count: count)
        randombytes_buf(bytes.pointer, count)
        return bytes
    }

    deinit {
        // sodium_free zeroes the region before unmapping it.
        sodium_free(pointer)
    }

    /// Calls `body` with read access to the bytes; do not let the pointer escape.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// Calls `body` with write access to the bytes; do not let the pointer escape.
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: pointer, count: count))
    }

    /// Compares with `other` in time that depends only on the length, never on the contents.
    ///
    /// - Returns: `true` if both hold the same number of bytes and every byte matches.
    public func isEqual(to other: SecureBytes) -> Bool {
        guard count == other.count else { return false }
        return sodium_memcmp(pointer, other.pointer, count) == 0
    }

    /// Calls `body` with a typed pointer to the bytes, for the C calls in this module.
    func withBytePointer<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try body(pointer, count)
    }

    /// Calls `body` with a typed mutable pointer to the bytes, for the C calls in this module.
    func withMutableBytePointer<R>(_ body: (UnsafeMutablePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try body(pointer, count)
    }

    /// Calls `body` with the bytes seen as a libsodium state struct that lives in secret memory.
    func withMemory<State, R>(
        as type: State.Type,
        _ body: (UnsafeMutablePointer<State>) throws -> R
    ) rethrows -> R {
        precondition(count >= MemoryLayout<State>.size, "secure region too small for \(State.self)")
        return try UnsafeMutableRawPointer(pointer).withMemoryRebound(to: State.self, capacity: 1, body)
    }
}

extension SecureBytes: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A description that gives the size and never the bytes.
    public var description: String { "SecureBytes(\(count) bytes)" }

    /// The same as ``description``, so `debugPrint` and string interpolation cannot leak bytes.
    public var debugDescription: String { description }

    /// A mirror with only the count, so `dump` and debuggers' reflection cannot leak bytes.
    public var customMirror: Mirror { Mirror(self, children: ["count": count]) }
}
