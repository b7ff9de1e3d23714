// ISO/IEC 7816-4 padding (sodium_pad), so ciphertext lengths reveal only a bucket, not the text length.
import CSodium

/// Pads to a multiple of a block size, and strips that padding again.
public enum Padding {
    /// Appends 0x80 and then zeros up to the next multiple of `blockSize`.
    ///
    /// A full block is added when the input already ends on a boundary, so padding is always removable.
    /// - Parameter blockSize: The bucket size; must be positive.
    public static func pad(_ bytes: [UInt8], blockSize: Int) -> [UInt8] {
        precondition(blockSize > 0, "Padding needs a positive block size")
        prepareSodium()
        let paddedCount = (bytes.count / blockSize + 1) * blockSize
        var output = bytes + [UInt8](repeating: 0, count: paddedCount - bytes.count)
        var written = 0
        let status = output.withMutableBytePointer { pointer, capacity in
            sodium_pad(&written, pointer, bytes.count, blockSize, capacity)
        }
        // The buffer was sized above for exactly this, so failure would be a bug here.
        precondition(status == 0 && written == paddedCount, "sodium_pad disagreed with the computed length")
        return output
    }

    /// Removes padding added by ``pad(_:blockSize:)``.
    ///
    /// - Parameter blockSize: The block size used to pad; must be positive.
    /// - Throws: `SodiumError.invalidPadding` unless the input is a whole number of blocks ending
    ///   in 0x80 followed only by zeros within the last block.
    public static func unpad(_ bytes: [UInt8], blockSize: Int) throws -> [UInt8] {
        precondition(blockSize > 0, "Padding needs a positive block size")
        prepareSodium()
        // sodium_unpad looks only at the last block; a padded text is always whole blocks, so check that too.
        guard !bytes.isEmpty, bytes.count % blockSize == 0 else { throw SodiumError.invalidPadding }
        var unpaddedCount = 0
        let status = bytes.withBytePointer { pointer, count in
            sodium_unpad(&unpaddedCount, pointer, count, blockSize)
        }
        guard status == 0 else { throw SodiumError.invalidPadding }
        return Array(bytes.prefix(unpaddedCount))
    }
}
