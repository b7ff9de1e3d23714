// Tests for SecretStream: round trips, and truncation, reordering, extension and damage all failing.
import Testing
import MeldboekSodium

/// Encrypts `chunks`, marking the last final, and returns the header and the ciphertexts.
private func encrypt(_ chunks: [[UInt8]], key: SymmetricKey) throws -> (header: [UInt8], chunks: [[UInt8]]) {
    var pusher = try SecretStream.Pusher(key: key)
    var sealed: [[UInt8]] = []
    for (index, chunk) in chunks.enumerated() {
        sealed.append(try pusher.push(chunk, isFinal: index == chunks.count - 1))
    }
    return (pusher.header, sealed)
}

@Test func secretStreamRoundTripsSeveralChunks() throws {
    let key = try SymmetricKey.random()
    let chunks = [Random.bytes(count: 4096), Random.bytes(count: 1), [], Random.bytes(count: 100)]
    let (header, sealed) = try encrypt(chunks, key: key)
    #expect(header.count == SecretStream.headerByteCount)
    #expect(zip(chunks, sealed).allSatisfy { $1.count == $0.count + SecretStream.additionalByteCount })

    var puller = try SecretStream.Puller(key: key, header: header)
    for (index, ciphertext) in sealed.enumerated() {
        let (plaintext, isFinal) = try puller.pull(ciphertext)
        #expect(plaintext == chunks[index])
        #expect(isFinal == (index == sealed.count - 1))
    }
    try puller.finish()
}

@Test func secretStreamDetectsTruncation() throws {
    let key = try SymmetricKey.random()
    let (header, sealed) = try encrypt([[1], [2], [3]], key: key)
    var puller = try SecretStream.Puller(key: key, header: header)
    for ciphertext in sealed.dropLast() {
        #expect(try puller.pull(ciphertext).isFinal == false)
    }
    #expect(throws: SodiumError.streamTruncated) { try puller.finish() }

    let empty = try SecretStream.Puller(key: key, header: header)
    #expect(throws: SodiumError.streamTruncated) { try empty.finish() }
}

@Test func secretStreamRejectsReorderedChunks() throws {
    let key = try SymmetricKey.random()
    let (header, sealed) = try encrypt([[1], [2], [3]], key: key)
    var puller = try SecretStream.Puller(key: key, header: header)
    #expect(throws: SodiumError.authenticationFailed) { try puller.pull(sealed[1]) }
    // Fails closed: even the right chunk is refused after a failure.
    #expect(throws: SodiumError.authenticationFailed) { try puller.pull(sealed[0]) }
    #expect(throws: SodiumError.authenticationFailed) { try puller.finish() }

    var replay = try SecretStream.Puller(key: key, header: header)
    _ = try replay.pull(sealed[0])
    #expect(throws: SodiumError.authenticationFailed) { try replay.pull(sealed[0]) }
}

@Test func secretStreamRejectsDataAfterFinal() throws {
    let key = try SymmetricKey.random()
    let (header, sealed) = try encrypt([[1], [2]], key: key)
    var puller = try SecretStream.Puller(key: key, header: header)
    _ = try puller.pull(sealed[0])
    #expect(try puller.pull(sealed[1]).isFinal)
    #expect(throws: SodiumError.dataAfterFinal) { try puller.pull(sealed[0]) }
    try puller.finish()

    var pusher = try SecretStream.Pusher(key: key)
    _ = try pusher.push([1], isFinal: true)
    #expect(throws: SodiumError.dataAfterFinal) { try pusher.push([2], isFinal: false) }
}

@Test func secretStreamRejectsDamageWrongKeysAndBadHeaders() throws {
    let key = try SymmetricKey.random()
    let (header, sealed) = try encrypt([[1, 2, 3], [4]], key: key)
    for index in sealed[0].indices {
        var puller = try SecretStream.Puller(key: key, header: header)
        #expect(throws: SodiumError.authenticationFailed) { try puller.pull(flippingBit(of: sealed[0], at: index)) }
    }
    var wrongKey = try SecretStream.Puller(key: try SymmetricKey.random(), header: header)
    #expect(throws: SodiumError.authenticationFailed) { try wrongKey.pull(sealed[0]) }
    var wrongHeader = try SecretStream.Puller(key: key, header: flippingBit(of: header, at: 0))
    #expect(throws: SodiumError.authenticationFailed) { try wrongHeader.pull(sealed[0]) }
    var short = try SecretStream.Puller(key: key, header: header)
    #expect(throws: SodiumError.authenticationFailed) { try short.pull(Array(sealed[1].prefix(16))) }
    #expect(throws: SodiumError.invalidLength(what: "secret stream header", expected: 24, actual: 23)) {
        _ = try SecretStream.Puller(key: key, header: Array(header.prefix(23)))
    }
}

@Test func secretStreamPushAcceptsRawBuffers() throws {
    let key = try SymmetricKey.random()
    var pusher = try SecretStream.Pusher(key: key)
    let chunk = Random.bytes(count: 64)
    let sealed = try chunk.withUnsafeBytes { try pusher.push($0, isFinal: true) }
    var puller = try SecretStream.Puller(key: key, header: pusher.header)
    let (plaintext, isFinal) = try sealed.withUnsafeBytes { try puller.pull($0) }
    #expect(plaintext == chunk)
    #expect(isFinal)
}
