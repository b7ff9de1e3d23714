// Shared helpers for the age tests: hex, hashing, reading a whole file, zlib inflation.
import CZlib
import Foundation
import MeldboekShare
import MeldboekSodium

/// Lower-case hex of `bytes`.
func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// Hex SHA-256 of `bytes`.
func sha256Hex(_ bytes: [UInt8]) -> String {
    hexString(SHA256.hash(bytes))
}

/// Reads an age file to its end with `identities`, returning the plaintext.
func decryptAll(_ file: [UInt8], identities: [any AgeIdentityProtocol]) throws -> [UInt8] {
    let reader = try AgeReader(source: ArraySource(file), identities: identities)
    var plaintext: [UInt8] = []
    while true {
        let bytes = try reader.read(upTo: 70_000)
        if bytes.isEmpty { return plaintext }
        plaintext += bytes
    }
}

/// Encrypts `plaintext` to `recipients` in one call, writing in pieces of `piece` bytes.
func encryptAll(_ plaintext: [UInt8], to recipients: [AgeRecipient], piece: Int = 10_000) throws -> [UInt8] {
    var file: [UInt8] = []
    let writer = try AgeWriter(recipients: recipients) { file += $0 }
    var offset = 0
    while offset < plaintext.count {
        let end = min(offset + piece, plaintext.count)
        try writer.write(Array(plaintext[offset..<end]))
        offset = end
    }
    try writer.finish()
    return file
}

/// Deterministic test bytes: a simple counter pattern that differs between positions.
func patternBytes(_ count: Int, seed: UInt8 = 0) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8 &+ Int(seed)) }
}

/// Inflates a zlib (RFC 1950) stream.
struct InflateError: Error {
    let status: Int32
}

func inflateZlib(_ compressed: [UInt8]) throws -> [UInt8] {
    var stream = z_stream()
    guard czlib_inflate_init(&stream) == Z_OK else { throw InflateError(status: Z_STREAM_ERROR) }
    defer { inflateEnd(&stream) }
    var input = compressed
    var output: [UInt8] = []
    var block = [UInt8](repeating: 0, count: 1 << 20)
    return try input.withUnsafeMutableBufferPointer { inputBuffer in
        stream.next_in = inputBuffer.baseAddress
        stream.avail_in = uInt(inputBuffer.count)
        while true {
            let status = block.withUnsafeMutableBufferPointer { blockBuffer in
                stream.next_out = blockBuffer.baseAddress
                stream.avail_out = uInt(blockBuffer.count)
                return inflate(&stream, Z_NO_FLUSH)
            }
            output += block[0..<(block.count - Int(stream.avail_out))]
            if status == Z_STREAM_END { return output }
            guard status == Z_OK else { throw InflateError(status: status) }
        }
    }
}
