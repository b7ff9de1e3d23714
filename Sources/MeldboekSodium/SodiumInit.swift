// Runs sodium_init() once, before any primitive, so no caller ever has to remember it.
import CSodium

/// Whether libsodium initialised; Swift runs a global's initialiser once, lazily and thread-safely.
private let sodiumReady: Bool = sodium_init() >= 0

/// Makes sure libsodium is initialised before a primitive that needs it.
///
/// - Throws: `SodiumError.unavailable` if `sodium_init()` failed.
func ensureSodium() throws {
    guard sodiumReady else { throw SodiumError.unavailable }
}

/// Initialises libsodium for the entry points that cannot throw.
///
/// Those (hashes, encodings, padding, randomness) stay correct even if initialisation failed:
/// it only chooses faster code paths, and `randombytes_buf` aborts on its own rather than
/// return weak bytes. So they ask for initialisation but need not stop on failure.
func prepareSodium() {
    _ = sodiumReady
}
