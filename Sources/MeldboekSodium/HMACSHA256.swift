// HMAC-SHA-256 with keys of any length: age's header MAC, and the building block of HKDF.
import CSodium

/// HMAC with SHA-256 (`crypto_auth_hmacsha256_init/update/final`), accepting keys of any length.
///
/// Keys longer than 64 bytes are hashed first, as RFC 2104 says; an empty key is allowed.
public enum HMACSHA256 {
    /// The authentication code length in bytes.
    public static let byteCount = 32

    /// Computes the HMAC of `message` under a public or already-exposed key.
    public static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        var authenticator = Authenticator(key: key)
        authenticator.update(message)
        return authenticator.finalize()
    }

    /// Computes the HMAC of `message` under a key held in secret memory.
    public static func authenticate(_ message: [UInt8], key: SecureBytes) -> [UInt8] {
        var authenticator = Authenticator(key: key)
        authenticator.update(message)
        return authenticator.finalize()
    }

    /// Checks an authentication code in constant time.
    ///
    /// - Returns: `true` only if `code` is the 32-byte HMAC of `message` under `key`.
    public static func isValidAuthenticationCode(_ code: [UInt8], for message: [UInt8], key: [UInt8]) -> Bool {
        constantTimeEqual(code, authenticate(message, key: key))
    }

    /// Checks an authentication code in constant time, with a key held in secret memory.
    ///
    /// - Returns: `true` only if `code` is the 32-byte HMAC of `message` under `key`.
    public static func isValidAuthenticationCode(_ code: [UInt8], for message: [UInt8], key: SecureBytes) -> Bool {
        constantTimeEqual(code, authenticate(message, key: key))
    }

    /// An incremental HMAC-SHA-256 computation, for messages that arrive in pieces.
    ///
    /// A value type: copying forks the computation, and ``finalize()`` leaves it usable.
    /// The key-derived state is zeroed when the last copy goes away.
    public struct Authenticator: Sendable {
        private var state: HashState

        /// Starts an HMAC under a public or already-exposed key of any length.
        public init(key: [UInt8]) {
            self.state = key.withUnsafeBytes { Self.makeState(key: $0) }
        }

        /// Starts an HMAC under a key held in secret memory.
        public init(key: SecureBytes) {
            self.state = key.withUnsafeBytes { Self.makeState(key: $0) }
        }

        private static func makeState(key: UnsafeRawBufferPointer) -> HashState {
            prepareSodium()
            let state = HashState(byteCount: crypto_auth_hmacsha256_statebytes())
            // Always a valid pointer: RFC 5869 turns an empty salt into an empty HMAC key.
            _ = state.withState(as: crypto_auth_hmacsha256_state.self) { pointer in
                key.withBytePointer { keyPointer, count in crypto_auth_hmacsha256_init(pointer, keyPointer, count) }
            }
            return state
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            if !isKnownUniquelyReferenced(&state) { state = state.copy() }
            _ = state.withState(as: crypto_auth_hmacsha256_state.self) { pointer in
                bytes.withBytePointer { input, count in crypto_auth_hmacsha256_update(pointer, input, UInt64(count)) }
            }
        }

        /// Feeds more bytes.
        public mutating func update(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { update($0) }
        }

        /// Returns the authentication code of everything fed so far.
        public func finalize() -> [UInt8] {
            var output = [UInt8](repeating: 0, count: HMACSHA256.byteCount)
            output.withMutableBytePointer { out, _ in finalize(into: out) }
            return output
        }

        /// Writes the 32-byte code to `output`, which HKDF points into secret memory.
        func finalize(into output: UnsafeMutablePointer<UInt8>) {
            let scratch = state.copy()
            _ = scratch.withState(as: crypto_auth_hmacsha256_state.self) { crypto_auth_hmacsha256_final($0, output) }
        }
    }
}
