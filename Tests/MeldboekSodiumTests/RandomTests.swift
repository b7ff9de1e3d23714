// Tests for Random: lengths, variety, and the bound of uniform.
import Testing
import MeldboekSodium

@Test func randomBytesHaveTheRequestedLength() {
    #expect(Random.bytes(count: 0).isEmpty)
    #expect(Random.bytes(count: 24).count == 24)
    #expect(Random.bytes(count: 32) != Random.bytes(count: 32))
}

@Test func uniformStaysBelowTheBound() {
    for _ in 0..<1000 {
        #expect(Random.uniform(10) < 10)
    }
    #expect(Random.uniform(1) == 0)
    #expect(Random.uniform(0) == 0)
    let seen = Set((0..<1000).map { _ in Random.uniform(4) })
    #expect(seen == [0, 1, 2, 3])
}
