// Tests for SymmetricKey: the length check, independence from its source, silent descriptions.
import Testing
import MeldboekSodium

@Test func keyNeedsExactly32Bytes() throws {
    #expect(throws: SodiumError.invalidLength(what: "symmetric key", expected: 32, actual: 31)) {
        try SymmetricKey(copying: [UInt8](repeating: 1, count: 31))
    }
    #expect(throws: SodiumError.invalidLength(what: "symmetric key", expected: 32, actual: 33)) {
        try SymmetricKey(try SecureBytes(count: 33))
    }
    let key = try SymmetricKey(copying: [UInt8](repeating: 1, count: 32))
    key.withUnsafeBytes { #expect(Array($0) == [UInt8](repeating: 1, count: 32)) }
}

@Test func keyFromSecureBytesIsACopy() throws {
    let secure = try SecureBytes(copying: [UInt8](repeating: 5, count: 32))
    let key = try SymmetricKey(secure)
    secure.withUnsafeMutableBytes { $0[0] = 0 }
    key.withUnsafeBytes { #expect($0[0] == 5) }
}

@Test func randomKeysDiffer() throws {
    let a = try SymmetricKey.random()
    let b = try SymmetricKey.random()
    #expect(!a.isEqual(to: b))
    #expect(a.isEqual(to: try SymmetricKey(copying: a.withUnsafeBytes { Array($0) })))
}

@Test func keyDescriptionHidesTheKey() throws {
    let key = try SymmetricKey(copying: [UInt8](repeating: 0xAB, count: 32))
    #expect(key.description == "SymmetricKey(32 bytes)")
    #expect(String(reflecting: key) == "SymmetricKey(32 bytes)")
    var dumped = ""
    dump(key, to: &dumped)
    #expect(!dumped.contains("171"))
    #expect(!dumped.lowercased().contains("ab"))
}
