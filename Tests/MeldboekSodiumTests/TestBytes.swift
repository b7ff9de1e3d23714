// Byte helpers for the tests, written without MeldboekSodium so vectors are not decoded by the code under test.

/// Decodes a hex literal from a test vector; whitespace is allowed so long vectors can wrap.
func hex(_ text: String) -> [UInt8] {
    let digits = text.filter { !$0.isWhitespace }.map { $0.hexDigitValue! }
    precondition(digits.count % 2 == 0, "odd hex literal in a test vector")
    return stride(from: 0, to: digits.count, by: 2).map { UInt8(digits[$0] << 4 | digits[$0 + 1]) }
}

/// The UTF-8 bytes of a string.
func utf8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Returns `bytes` with one bit flipped at `index`.
func flippingBit(of bytes: [UInt8], at index: Int) -> [UInt8] {
    var copy = bytes
    copy[index] ^= 0x01
    return copy
}
