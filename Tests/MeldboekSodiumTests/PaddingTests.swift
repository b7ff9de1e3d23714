// Tests for Padding: ISO/IEC 7816-4 layout, round trips around the block size, and garbage.
import Testing
import MeldboekSodium

@Test func padAppendsMarkerThenZeros() {
    // ISO/IEC 7816-4: 0x80, then zeros to the block boundary; a full block when already aligned.
    #expect(Padding.pad([1, 2, 3], blockSize: 4) == [1, 2, 3, 0x80])
    #expect(Padding.pad([1, 2, 3, 4], blockSize: 4) == [1, 2, 3, 4, 0x80, 0, 0, 0])
    #expect(Padding.pad([], blockSize: 4) == [0x80, 0, 0, 0])
}

@Test(arguments: [15, 16, 17, 0, 1, 100])
func padRoundTrips(count: Int) throws {
    let blockSize = 16
    let bytes = Random.bytes(count: count)
    let padded = Padding.pad(bytes, blockSize: blockSize)
    #expect(padded.count % blockSize == 0)
    #expect(padded.count > bytes.count)
    #expect(try Padding.unpad(padded, blockSize: blockSize) == bytes)
}

@Test func padLengthsAroundTheBlockSize() {
    #expect(Padding.pad([UInt8](repeating: 7, count: 15), blockSize: 16).count == 16)
    #expect(Padding.pad([UInt8](repeating: 7, count: 16), blockSize: 16).count == 32)
    #expect(Padding.pad([UInt8](repeating: 7, count: 17), blockSize: 16).count == 32)
}

@Test func unpadRejectsGarbage() {
    let garbage: [[UInt8]] = [
        [],
        [UInt8](repeating: 0, count: 16),
        [UInt8](repeating: 0x41, count: 16),
        [1, 2, 3, 0x80, 0, 0, 0, 1],
        [1, 2, 3, 0x80, 0],
    ]
    for bytes in garbage {
        #expect(throws: SodiumError.invalidPadding) { try Padding.unpad(bytes, blockSize: 4) }
    }
    // A padded text must be whole blocks, even if the tail looks right.
    #expect(throws: SodiumError.invalidPadding) { try Padding.unpad([9, 1, 2, 3, 0x80], blockSize: 4) }
}
