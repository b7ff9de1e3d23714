// Compares public-looking bytes such as MACs without leaking, through timing, where they differ.
import CSodium

/// Compares two byte arrays in time that depends only on their length.
///
/// Use it for MACs, tags and anything an attacker could probe byte by byte.
/// - Returns: `false` when the lengths differ (the length is not secret), otherwise whether
///   every byte matches.
public func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    guard !a.isEmpty else { return true }
    prepareSodium()
    return a.withBytePointer { left, count in
        b.withBytePointer { right, _ in sodium_memcmp(left, right, count) == 0 }
    }
}
