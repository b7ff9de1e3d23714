// Tests for wipe and constantTimeEqual.
import Testing
import MeldboekSodium
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Test func wipeZeroesAnArrayAndKeepsItsLength() {
    var secret: [UInt8] = [1, 2, 3, 4]
    wipe(&secret)
    #expect(secret == [0, 0, 0, 0])
    var empty: [UInt8] = []
    wipe(&empty)
    #expect(empty.isEmpty)
}

@Test func wipeZeroesData() {
    var secret = Data([9, 8, 7])
    wipe(&secret)
    #expect(secret == Data([0, 0, 0]))
}

@Test func constantTimeEqualMatchesOrdinaryEquality() {
    #expect(constantTimeEqual([], []))
    #expect(constantTimeEqual([1, 2, 3], [1, 2, 3]))
    #expect(!constantTimeEqual([1, 2, 3], [1, 2, 4]))
    #expect(!constantTimeEqual([1, 2, 3], [1, 2]))
    #expect(!constantTimeEqual([], [0]))
}
