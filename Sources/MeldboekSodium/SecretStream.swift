// XChaCha20-Poly1305 secret streams (crypto_secretstream_*): attachments encrypted chunk by chunk.
import CSodium

/// Encrypts a sequence of chunks so that reordering, dropping, truncating or extending fails.
///
/// The writer makes a ``Pusher``, stores its ``Pusher/header`` and then each chunk's
/// ciphertext (``additionalByteCount`` longer than the chunk), marking the last one final.
/// The reader makes a ``Puller`` from the same key and header, pulls the chunks in order and
/// calls ``Puller/finish()`` at the end of its input, which fails if the final chunk never came.
public enum SecretStream {
    /// The length of the stream header, in bytes.
    public static let headerByteCount = 24
    /// How much longer each encrypted chunk is than its plaintext (a tag byte and a 16-byte MAC).
    public static let additionalByteCount = 17

    typealias State = crypto_secretstream_xchacha20poly1305_state

    /// Allocates the stream state in secret memory, since it holds the current subkey.
    static func makeState() throws -> SecureBytes {
        try SecureBytes(count: max(crypto_secretstream_xchacha20poly1305_statebytes(), MemoryLayout<State>.size))
    }
}
