// Heap storage for a libsodium streaming state: aligned as libsodium needs, zeroed when released.
import CSodium

/// One libsodium hash or MAC state on the heap, shared copy-on-write by the `Hasher` value types.
///
/// Plain heap memory rather than `sodium_malloc`: creating a hasher should not cost guard pages
/// and a locked page, and should not be able to fail. The state of a keyed hash or an HMAC is
/// key-derived, so it is still zeroed before the memory is returned.
final class HashState: @unchecked Sendable {
    /// The start of the state; 64-byte aligned, because BLAKE2b's state is declared so.
    private let raw: UnsafeMutableRawPointer
    private let byteCount: Int

    /// Allocates a zeroed state of `byteCount` bytes (libsodium's `*_statebytes()`).
    init(byteCount: Int) {
        self.byteCount = byteCount
        raw = UnsafeMutableRawPointer.allocate(byteCount: byteCount, alignment: 64)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount)
    }

    /// Calls `body` with the state seen as the C struct a libsodium function takes.
    ///
    /// A closure rather than a returned pointer, so this object outlives every use of its memory.
    func withState<State, R>(as type: State.Type, _ body: (UnsafeMutablePointer<State>) -> R) -> R {
        precondition(MemoryLayout<State>.size <= byteCount, "hash state too small for \(State.self)")
        return body(raw.bindMemory(to: State.self, capacity: 1))
    }

    /// Calls `body` with the state as an opaque pointer, for structs Swift cannot import
    /// (BLAKE2b's state is over-aligned, so its functions take `OpaquePointer`).
    func withOpaqueState<R>(_ body: (OpaquePointer) -> R) -> R {
        body(OpaquePointer(raw))
    }

    /// Returns an independent copy, so a `Hasher` value can be copied and both copies go on.
    func copy() -> HashState {
        let twin = HashState(byteCount: byteCount)
        twin.raw.copyMemory(from: raw, byteCount: byteCount)
        return twin
    }

    deinit {
        sodium_memzero(raw, byteCount)
        raw.deallocate()
    }
}
