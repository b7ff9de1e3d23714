// Streams 64 MiB through AgeWriter and AgeReader without ever holding the file or the plaintext.
import MeldboekShare
import MeldboekSodium
import Testing

/// Deterministic plaintext, made one block at a time: a fixed 64 KiB block with its index stamped in.
private struct PlaintextGenerator {
    static let blockSize = 64 * 1024
    private static let base = patternBytes(blockSize)
    let blockCount: Int
    private(set) var produced = 0

    init(blockCount: Int) {
        self.blockCount = blockCount
    }

    mutating func next() -> [UInt8]? {
        guard produced < blockCount else { return nil }
        var block = Self.base
        withUnsafeBytes(of: UInt64(produced).bigEndian) { block.replaceSubrange(0..<8, with: $0) }
        produced += 1
        return block
    }
}

/// A byte source that produces the age file lazily: it encrypts more plaintext only when asked.
private final class EncryptingSource: ByteSource {
    private var generator: PlaintextGenerator
    private var writer: AgeWriter!
    private var pending: [UInt8] = []
    private var offset = 0
    private var finished = false
    private(set) var plaintextHash = SHA256.Hasher()
    private(set) var largestPending = 0

    init(recipient: AgeRecipient, blockCount: Int) throws {
        generator = PlaintextGenerator(blockCount: blockCount)
        writer = try AgeWriter(recipients: [recipient]) { [unowned self] in self.pending += $0 }
    }

    func read(upTo count: Int) throws -> [UInt8] {
        while offset == pending.count && !finished {
            pending.removeAll(keepingCapacity: true)
            offset = 0
            if let block = generator.next() {
                plaintextHash.update(block)
                try writer.write(block)
            } else {
                try writer.finish()
                finished = true
            }
            largestPending = max(largestPending, pending.count)
        }
        let take = min(count, pending.count - offset)
        defer { offset += take }
        return Array(pending[offset..<(offset + take)])
    }
}

// The limit catches a hang, not slowness: alone this takes about a second, but beside the whole suite on two
// busy cores it has taken over a minute, which failed CI runs that were otherwise green.
@Test(.timeLimit(.minutes(5)))
func streams64MiBInBothDirections() throws {
    let identity = try AgeIdentity.generate()
    let blockCount = 1024  // 64 MiB
    let source = try EncryptingSource(recipient: identity.recipient, blockCount: blockCount)
    let reader = try AgeReader(source: source, identities: [identity])

    var decryptedHash = SHA256.Hasher()
    var total = 0
    while case let bytes = try reader.read(upTo: 1 << 20), !bytes.isEmpty {
        decryptedHash.update(bytes)
        total += bytes.count
    }
    #expect(total == blockCount * PlaintextGenerator.blockSize)
    #expect(decryptedHash.finalize() == source.plaintextHash.finalize())
    // The writer never handed over more than the header or one sealed chunk at a time.
    #expect(source.largestPending <= 65_536 + 16)
}
