// The encrypting side of age's scrypt stanza: what it writes, and that our reader and its rules agree with it.
import Foundation
import MeldboekShare
import MeldboekSodium
import Testing

private func secret(_ text: String) -> SecureBytes {
    try! SecureBytes(copying: Array(text.utf8))
}

private func sealed(_ plaintext: [UInt8], passphrase: String, workFactor: UInt8 = 10) throws -> [UInt8] {
    var file: [UInt8] = []
    let writer = try AgeWriter(passphrase: try ScryptRecipient(secret(passphrase), workFactor: workFactor)) {
        file += $0
    }
    try writer.write(plaintext)
    try writer.finish()
    return file
}

struct ScryptRecipientTests {
    @Test(arguments: [0, 1, 65_536, 65_537])
    func ourReaderOpensWhatItSeals(size: Int) throws {
        let plaintext = patternBytes(size)
        let file = try sealed(plaintext, passphrase: "twaalf woorden")
        #expect(try decryptAll(file, identities: [ScryptPassphrase(secret("twaalf woorden"))]) == plaintext)
        #expect(throws: AgeError.noMatchingIdentity) {
            try decryptAll(file, identities: [ScryptPassphrase(secret("twaalf woorden!"))])
        }
    }

    @Test func theHeaderHasOneScryptStanzaWithAFreshSaltAndTheWorkFactor() throws {
        let first = try sealed([1, 2, 3], passphrase: "p", workFactor: 12)
        let second = try sealed([1, 2, 3], passphrase: "p", workFactor: 12)
        let lines = String(decoding: first.prefix(200), as: UTF8.self).split(separator: "\n")
        #expect(lines[0] == "age-encryption.org/v1")
        let stanza = lines[1].split(separator: " ")
        #expect(stanza.count == 4 && stanza[0] == "->" && stanza[1] == "scrypt" && stanza[3] == "12")
        #expect(try Encoding.fromBase64(String(stanza[2]), variant: .originalNoPadding).count == 16)
        #expect(lines[3].hasPrefix("--- "))
        #expect(String(decoding: second.prefix(200), as: UTF8.self).split(separator: "\n")[1] != lines[1])
    }

    @Test func theDefaultWorkFactorIsAges() throws {
        #expect(try ScryptRecipient(secret("p")).workFactor == 18)
    }

    @Test(arguments: [0 as UInt8, 23, 64])
    func aWorkFactorNoReaderAcceptsIsRefused(workFactor: UInt8) {
        #expect(throws: AgeError.malformedRecipient) { try ScryptRecipient(secret("p"), workFactor: workFactor) }
    }

    @Test func anEmptyPassphraseIsRefusedAndNoneIsPrinted() throws {
        #expect(throws: AgeError.malformedRecipient) { try ScryptRecipient(try SecureBytes(count: 0)) }
        let recipient = try ScryptRecipient(secret("geheim woord"), workFactor: 10)
        var dumped = ""
        dump(recipient, to: &dumped)
        #expect(!"\(recipient)".contains("geheim") && !dumped.contains("geheim"))
    }
}
