// Hands libsodium real pointers even for empty input, because its headers mark most buffers nonnull.

extension UnsafeBufferPointer<UInt8> {
    /// Calls `body` with the start and count of the buffer, substituting a valid pointer when empty.
    func withBytePointer<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        if let base = baseAddress {
            return try body(base, count)
        }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { scratch in
            scratch.initialize(repeating: 0)
            return try body(UnsafePointer(scratch.baseAddress!), 0)
        }
    }
}

extension UnsafeMutableBufferPointer<UInt8> {
    /// Calls `body` with the start and count of the buffer, substituting a valid pointer when empty.
    func withMutableBytePointer<R>(_ body: (UnsafeMutablePointer<UInt8>, Int) throws -> R) rethrows -> R {
        if let base = baseAddress {
            return try body(base, count)
        }
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { scratch in
            scratch.initialize(repeating: 0)
            return try body(scratch.baseAddress!, 0)
        }
    }
}

extension UnsafeRawBufferPointer {
    /// Calls `body` with the buffer seen as bytes, substituting a valid pointer when empty.
    func withBytePointer<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try withMemoryRebound(to: UInt8.self) { try $0.withBytePointer(body) }
    }
}

extension Array where Element == UInt8 {
    /// Calls `body` with the array's bytes and count; the pointer is valid even for an empty array.
    func withBytePointer<R>(_ body: (UnsafePointer<UInt8>, Int) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try $0.withBytePointer(body) }
    }

    /// Calls `body` with the array's mutable bytes and count; the pointer is valid even when empty.
    mutating func withMutableBytePointer<R>(
        _ body: (UnsafeMutablePointer<UInt8>, Int) throws -> R
    ) rethrows -> R {
        try withUnsafeMutableBufferPointer { try $0.withMutableBytePointer(body) }
    }
}

/// Views bytes as C `char`s; Swift lets Int8 and UInt8 alias, so no rebinding is needed.
func characters(_ bytes: UnsafePointer<UInt8>) -> UnsafePointer<CChar> {
    UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)
}
