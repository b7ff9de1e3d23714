// Subkeys derived from one key, so each purpose (records, attachments) has its own.
import CSodium

extension SymmetricKey {
    /// Derives an independent 32-byte key for one purpose from this key.
    ///
    /// The subkey is keyed BLAKE2b-256 of `"meldboek-subkey" ‖ context ‖ 0x00 ‖ id`
    /// under this key, written straight into sodium memory. Different contexts
    /// or ids give unrelated keys; none reveals this key.
    /// - Parameters:
    ///   - context: What the key is for, e.g. `"records"`.
    ///   - id: Optional bytes naming one instance, e.g. an attachment stream id.
    public func derive(context: String, id: [UInt8] = []) throws -> SymmetricKey {
        let input = Array("meldboek-subkey".utf8) + Array(context.utf8) + [0] + id
        let out = try SecureBytes(count: SymmetricKey.byteCount)
        let status = out.withUnsafeMutableBytes { outBuffer in
            withUnsafeBytes { keyBuffer in
                crypto_generichash(
                    outBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self), outBuffer.count,
                    input, UInt64(input.count),
                    keyBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self), keyBuffer.count)
            }
        }
        guard status == 0 else { throw SodiumError.unavailable }
        return try SymmetricKey(out)
    }
}

extension SymmetricKey {
    /// Keyed BLAKE2b of `input` under this key (a MAC), with the key read in place.
    public func keyedHash(_ input: [UInt8], outputByteCount: Int = 32) -> [UInt8] {
        precondition((16...64).contains(outputByteCount), "keyed BLAKE2b output of 16 to 64 bytes")
        var output = [UInt8](repeating: 0, count: outputByteCount)
        let status = withUnsafeBytes { keyBuffer in
            crypto_generichash(
                &output, outputByteCount, input, UInt64(input.count),
                keyBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self), keyBuffer.count)
        }
        precondition(status == 0, "crypto_generichash rejected checked parameters")
        return output
    }
}

extension SymmetricKey {
    /// Keyed BLAKE2b-256 of `message` under this key, written straight into sodium memory:
    /// a secret derived from this one under a label (`BLAKE2b-256(key: self, message: label)`),
    /// with none of ``derive(context:id:)``'s framing, so other implementations can recompute it.
    public func keyedSecret(_ message: [UInt8]) throws -> SecureBytes {
        let out = try SecureBytes(count: SymmetricKey.byteCount)
        let status = out.withUnsafeMutableBytes { outBuffer in
            withUnsafeBytes { keyBuffer in
                crypto_generichash(
                    outBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self), outBuffer.count,
                    message, UInt64(message.count),
                    keyBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self), keyBuffer.count)
            }
        }
        guard status == 0 else { throw SodiumError.unavailable }
        return out
    }
}
