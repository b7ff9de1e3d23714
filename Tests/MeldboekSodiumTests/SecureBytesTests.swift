// Tests for SecureBytes: zeroed allocation, copying, constant-time equality and silent descriptions.
import Testing
import MeldboekSodium

@Test func newSecureBytesAreZeroed() throws {
    let bytes = try SecureBytes(count: 48)
    #expect(bytes.count == 48)
    bytes.withUnsafeBytes { #expect($0.allSatisfy { $0 == 0 }) }
}

@Test func emptySecureBytesAreAllowed() throws {
    let empty = try SecureBytes(count: 0)
    #expect(empty.count == 0)
    #expect(empty.isEqual(to: try SecureBytes(copying: [UInt8]())))
}

@Test func negativeCountIsRejected() {
    #expect(throws: SodiumError.invalidLength(what: "secure bytes", expected: 0, actual: -1)) {
        try SecureBytes(count: -1)
    }
}

@Test func copyingKeepsTheBytesAndIsIndependent() throws {
    var source: [UInt8] = [1, 2, 3, 4, 5]
    let bytes = try SecureBytes(copying: source)
    source[0] = 99
    bytes.withUnsafeBytes { #expect(Array($0) == [1, 2, 3, 4, 5]) }
    let fromSlice = try SecureBytes(copying: source[1...])
    fromSlice.withUnsafeBytes { #expect(Array($0) == [2, 3, 4, 5]) }
}

@Test func mutableAccessWrites() throws {
    let bytes = try SecureBytes(count: 3)
    bytes.withUnsafeMutableBytes { $0[1] = 7 }
    bytes.withUnsafeBytes { #expect(Array($0) == [0, 7, 0]) }
}

@Test func isEqualComparesContentsAndLength() throws {
    let a = try SecureBytes(copying: [1, 2, 3])
    #expect(a.isEqual(to: try SecureBytes(copying: [1, 2, 3])))
    #expect(!a.isEqual(to: try SecureBytes(copying: [1, 2, 4])))
    #expect(!a.isEqual(to: try SecureBytes(copying: [1, 2])))
}

@Test func randomSecureBytesDiffer() throws {
    let a = try SecureBytes.random(count: 32)
    let b = try SecureBytes.random(count: 32)
    #expect(a.count == 32)
    #expect(!a.isEqual(to: b))
}

@Test func descriptionsDoNotContainTheBytes() throws {
    let bytes = try SecureBytes(copying: [0xDE, 0xAD, 0xBE, 0xEF])
    #expect(bytes.description == "SecureBytes(4 bytes)")
    #expect(String(describing: bytes) == "SecureBytes(4 bytes)")
    #expect(String(reflecting: bytes) == "SecureBytes(4 bytes)")
    #expect("\(bytes)" == "SecureBytes(4 bytes)")
    var dumped = ""
    dump(bytes, to: &dumped)
    for leak in ["de", "DE", "222", "173", "190", "239"] {
        #expect(!dumped.contains(leak), "dump leaked \(leak): \(dumped)")
    }
}
