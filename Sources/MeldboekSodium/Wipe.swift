// Zeroes ordinary buffers that briefly held secrets, in a way the optimiser cannot remove.
import CSodium
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Overwrites the array's bytes with zeros using `sodium_memzero`.
///
/// The count is kept. Only this array's storage is wiped: if it shared storage with a copy,
/// Swift gives it a private buffer first and the copy keeps its bytes. Prefer ``SecureBytes``
/// for secrets so there is nothing to wipe.
public func wipe(_ bytes: inout [UInt8]) {
    bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        sodium_memzero(base, buffer.count)
    }
}

/// Overwrites the data's bytes with zeros using `sodium_memzero`.
///
/// The same caveat about shared storage applies as for `wipe(_:)`.
public func wipe(_ data: inout Data) {
    data.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        sodium_memzero(base, buffer.count)
    }
}
