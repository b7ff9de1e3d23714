// Round trips through AgeWriter and AgeReader at chunk edges, and every way a file can be damaged.
import MeldboekSodium
import Testing

@testable import MeldboekShare

private let chunk = AgeStream.chunkByteCount
private let sizes = [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 5]

@Test(arguments: sizes, [1, 2])
func roundTrip(size: Int, recipientCount: Int) throws {
    let identities = try (0..<recipientCount).map { _ in try AgeIdentity.generate() }
    let plaintext = patternBytes(size, seed: UInt8(recipientCount))
    let file = try encryptAll(plaintext, to: identities.map(\.recipient))

    // Every recipient can read it alone; the stanzas are X25519 ones, one per recipient.
    for identity in identities {
        #expect(try decryptAll(file, identities: [identity]) == plaintext)
    }
    let reader = try AgeReader(source: ArraySource(file), identities: [identities[0]])
    #expect(reader.stanzas.count == recipientCount)
    #expect(reader.stanzas.allSatisfy { $0.type == "X25519" && $0.arguments.count == 1 && $0.body.count == 32 })

    // The payload is nonce + full chunks + a final chunk that is empty only for an empty payload.
    let chunkCount = max(1, (size + chunk - 1) / chunk)
    let header = try AgeHeader.parse(ByteReader(ArraySource(file)))
    let headerLength = header.authenticatedBytes.count + 1 + 43 + 1
    #expect(file.count == headerLength + AgeStream.nonceByteCount + size + chunkCount * AgeStream.tagByteCount)
}

@Test func writerAcceptsAnyWriteSizes() throws {
    let identity = try AgeIdentity.generate()
    let plaintext = patternBytes(2 * chunk + 77)
    for piece in [1, 4096, chunk, chunk + 3, 3 * chunk] {
        let file = try encryptAll(plaintext, to: [identity.recipient], piece: piece)
        #expect(try decryptAll(file, identities: [identity]) == plaintext)
    }
}

@Test func wrongIdentityFindsNoMatch() throws {
    let file = try encryptAll(patternBytes(100), to: [try AgeIdentity.generate().recipient])
    #expect(throws: AgeError.noMatchingIdentity) {
        try decryptAll(file, identities: [try AgeIdentity.generate()])
    }
    #expect(throws: AgeError.noMatchingIdentity) {
        try decryptAll(file, identities: [ScryptPassphrase(try SecureBytes(copying: Array("pass".utf8)))])
    }
    #expect(throws: AgeError.noMatchingIdentity) { try decryptAll(file, identities: []) }
}

@Test func secondIdentityIsTried() throws {
    let right = try AgeIdentity.generate()
    let file = try encryptAll(patternBytes(10), to: [right.recipient])
    #expect(try decryptAll(file, identities: [try AgeIdentity.generate(), right]) == patternBytes(10))
}

@Test func writerRejectsNoRecipientsAndLowOrderKeys() throws {
    #expect(throws: AgeError.malformedRecipient) { try AgeWriter(recipients: []) { _ in } }
    let lowOrder = try AgeRecipient(publicKey: [UInt8](repeating: 0, count: 32))
    #expect(throws: AgeError.malformedRecipient) { try AgeWriter(recipients: [lowOrder]) { _ in } }
}

@Test func truncatedFilesFail() throws {
    let identity = try AgeIdentity.generate()
    let file = try encryptAll(patternBytes(2 * chunk + 100), to: [identity.recipient])
    // The header ends with "--- " + 43 MAC characters + LF; then the 16-byte nonce, then chunks.
    let header = try AgeHeader.parse(ByteReader(ArraySource(file))).authenticatedBytes.count + 45
    let payload = header + AgeStream.nonceByteCount
    let sealedChunk = AgeStream.sealedChunkByteCount
    let cases: [(cut: Int, error: AgeError)] = [
        (0, .notAgeFile), (1, .notAgeFile), (10, .notAgeFile),
        (30, .truncated), (header - 1, .truncated), (header, .truncated), (header + 8, .truncated),
        (payload, .truncated), (payload + 1, .payloadCorrupt), (payload + 16, .payloadCorrupt),
        (payload + sealedChunk - 1, .payloadCorrupt), (payload + sealedChunk, .truncated),
        (payload + sealedChunk + 17, .payloadCorrupt), (payload + 2 * sealedChunk, .truncated),
        (file.count - 17, .payloadCorrupt), (file.count - 16, .payloadCorrupt), (file.count - 1, .payloadCorrupt),
    ]
    for (cut, expected) in cases {
        #expect(throws: expected, "cut at \(cut) of \(file.count)") {
            try decryptAll(Array(file.prefix(cut)), identities: [identity])
        }
    }
}

@Test func trailingBytesFail() throws {
    let identity = try AgeIdentity.generate()
    for size in [0, 5, chunk] {
        let file = try encryptAll(patternBytes(size), to: [identity.recipient])
        for extra in [[0], [0x0A], patternBytes(40), patternBytes(chunk + 16)] {
            let error = #expect(throws: AgeError.self) { try decryptAll(file + extra, identities: [identity]) }
            #expect(error == .trailingData || error == .payloadCorrupt, "size \(size) + \(extra.count)")
        }
    }
}

/// Flips one bit at each position (every bit of the header and nonce, and a spread through the
/// payload); each damaged file must fail somewhere before the verified end.
@Test func everyFlippedBitIsDetected() throws {
    let identity = try AgeIdentity.generate()
    let file = try encryptAll(patternBytes(chunk + 300), to: [identity.recipient, try AgeIdentity.generate().recipient])
    let headerLength = try AgeHeader.parse(ByteReader(ArraySource(file))).authenticatedBytes.count + 45
    var positions = Array(0..<(headerLength + AgeStream.nonceByteCount))
    positions += stride(from: headerLength + AgeStream.nonceByteCount, to: file.count, by: 997)
    positions += [headerLength + 16 + chunk + 15, headerLength + 16 + chunk + 16, file.count - 16, file.count - 1]
    for position in positions {
        for bit in (position < headerLength + 16 ? Array(0..<8) : [position % 8]) {
            var damaged = file
            damaged[position] ^= 1 << UInt8(bit)
            #expect(throws: (any Error).self, "bit \(bit) of byte \(position)") {
                try decryptAll(damaged, identities: [identity])
            }
        }
    }
}

@Test func armoredRoundTrip() throws {
    let identity = try AgeIdentity.generate()
    for size in [0, 1, 47, 48, 1000] {
        let plaintext = patternBytes(size)
        let armored = AgeArmor.encode(try encryptAll(plaintext, to: [identity.recipient]))
        #expect(try decryptAll(armored, identities: [identity]) == plaintext)
        // CRLF line ends and surrounding whitespace are accepted, as the spec allows.
        let crlf = Array(String(decoding: armored, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8)
        #expect(try decryptAll(Array(" \n\t".utf8) + crlf + Array("\n \n".utf8), identities: [identity]) == plaintext)
    }
}

@Test func notAgeFiles() throws {
    let identity = try AgeIdentity.generate()
    for input in ["", "hello world\n", "age-encryption.org", "%PDF-1.7\n", String(repeating: "x", count: 70_000)] {
        #expect(throws: AgeError.notAgeFile) { try decryptAll(Array(input.utf8), identities: [identity]) }
    }
    #expect(throws: AgeError.unsupportedVersion) {
        try decryptAll(Array("age-encryption.org/v2\n".utf8), identities: [identity])
    }
    #expect(throws: AgeError.truncated) {
        try decryptAll(Array("age-encryption.org/v1\n-> X25519".utf8), identities: [identity])
    }
}

@Test func payloadErrorsAreSticky() throws {
    let identity = try AgeIdentity.generate()
    var file = try encryptAll(patternBytes(3 * chunk), to: [identity.recipient])
    file[file.count - chunk - 100] ^= 1  // inside the second chunk
    let reader = try AgeReader(source: ArraySource(file), identities: [identity])
    #expect(try reader.read(upTo: 2 * chunk).count == chunk)
    for _ in 0..<3 {
        #expect(throws: AgeError.payloadCorrupt) { try reader.read(upTo: chunk) }
    }
}

/// A source that hands out its bytes in small uneven pieces, as pipes and sockets do.
private struct AgeTrickleSource: ByteSource {
    var bytes: [UInt8]
    var offset = 0
    var step = 0

    mutating func read(upTo count: Int) throws -> [UInt8] {
        step += 1
        let end = min(bytes.count, offset + min(count, 1 + step % 7 * 613))
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

@Test func sourcesMayReturnShortReads() throws {
    let identity = try AgeIdentity.generate()
    let plaintext = patternBytes(2 * chunk + 9)
    let file = try encryptAll(plaintext, to: [identity.recipient])
    for input in [file, AgeArmor.encode(file)] {
        let reader = try AgeReader(source: AgeTrickleSource(bytes: input), identities: [identity])
        var output: [UInt8] = []
        while case let bytes = try reader.read(upTo: 5000), !bytes.isEmpty { output += bytes }
        #expect(output == plaintext)
    }
}
