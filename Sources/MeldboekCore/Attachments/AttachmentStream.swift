// Attachments in and out of the vault in fixed chunks, never whole in memory.
import Foundation
import GRDB
import MeldboekSodium
import SystemPackage

/// Streams a file's content into sealed chunks and back.
///
/// Content is cut into 64 KiB chunks sealed with libsodium's secretstream
/// (XChaCha20-Poly1305) under a key derived for this stream. Every chunk holds
/// exactly 64 KiB of plaintext: the final one is padded, and is always present
/// (empty before padding when the size is a multiple of 64 KiB), so stored
/// sizes reveal the size only to the nearest 64 KiB. The stream header is the
/// first 24 bytes of chunk 0's row.
enum AttachmentStream {
    static let chunkSize = 64 * 1024

    /// Reads `file` and stores it as chunks of `stream`.
    static func write(file: URL, stream: Data, key: SymmetricKey, db: Database) throws -> StoredStream {
        let fd = try NamedFile.openForReading(file.path)
        defer { close(fd) }
        return try write(stream: stream, key: key, db: db) { count in
            var bytes = [UInt8](repeating: 0, count: count)
            do {
                let n = try bytes.withUnsafeMutableBytes { try FileDescriptor(rawValue: fd).read(into: $0) }
                return Array(bytes[0..<n])
            } catch let error as Errno {
                throw MeldboekError.io(path: file.path, reason: FileProblem(errno: error.rawValue))
            }
        }
    }

    /// Stores what `read` yields (up to the count asked, `[]` at the end) as chunks of `stream`.
    static func write(stream: Data, key: SymmetricKey, db: Database, read: (Int) throws -> [UInt8]) throws -> StoredStream {
        var pusher = try SecretStream.Pusher(key: key)
        var hasher = SHA256.Hasher()
        var size: UInt64 = 0
        var n = 0
        var atEnd = false
        let insert = try db.cachedStatement(sql: "INSERT INTO chunks (stream, n, sealed) VALUES (?, ?, ?)")
        while true {
            // Sources may return less than asked; fill a whole block unless the input ends.
            var block: [UInt8] = []
            block.reserveCapacity(chunkSize)
            while block.count < chunkSize, !atEnd {
                let piece = try read(chunkSize - block.count)
                if piece.isEmpty { atEnd = true } else { block += piece }
            }
            hasher.update(block)
            size += UInt64(block.count)
            let isFinal = block.count < chunkSize
            let plain = isFinal ? Padding.pad(block, blockSize: chunkSize) : block
            var sealed = try pusher.push(plain, isFinal: isFinal)
            if n == 0 { sealed = pusher.header + sealed }
            try insert.execute(arguments: [stream, n, Data(sealed)])
            n += 1
            if isFinal { break }
        }
        return StoredStream(stream: stream, size: size, sha256: Encoding.hex(hasher.finalize()), chunkCount: n)
    }

    /// Reads the chunks of `attachment` in order, handing each piece of content to `sink`.
    ///
    /// - Throws: ``MeldboekError/attachmentCorrupt(name:)`` when a chunk is missing,
    ///   altered, out of order or extra, or the content's hash differs.
    static func read(
        _ attachment: StoredStream, name: String, key: SymmetricKey, db: Database, sink: ([UInt8]) throws -> Void
    ) throws {
        let corrupt = MeldboekError.attachmentCorrupt(name: name)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT n, sealed FROM chunks WHERE stream = ? ORDER BY n", arguments: [attachment.stream])
        guard let first = try rows.next(), first["n"] as Int == 0 else { throw corrupt }
        let firstSealed = [UInt8](first["sealed"] as Data)
        guard firstSealed.count > SecretStream.headerByteCount,
              var puller = try? SecretStream.Puller(key: key, header: Array(firstSealed.prefix(SecretStream.headerByteCount)))
        else { throw corrupt }
        var hasher = SHA256.Hasher()
        var size: UInt64 = 0
        var count = 0
        var sealed = Array(firstSealed.dropFirst(SecretStream.headerByteCount))
        while true {
            guard let (plain, isFinal) = try? puller.pull(sealed), plain.count == chunkSize else { throw corrupt }
            let content: [UInt8]? = isFinal ? try? Padding.unpad(plain, blockSize: chunkSize) : plain
            guard let content else { throw corrupt }
            hasher.update(content)
            size += UInt64(content.count)
            try sink(content)
            count += 1
            guard let row = try rows.next() else {
                guard isFinal else { throw corrupt }
                break
            }
            guard !isFinal, row["n"] as Int == count else { throw corrupt }
            sealed = [UInt8](row["sealed"] as Data)
        }
        guard count == attachment.chunkCount, size == attachment.size,
              Encoding.hex(hasher.finalize()) == attachment.sha256 else { throw corrupt }
    }
}

extension AttachmentStream {
    /// Seals every chunk of `stream` again under `newKey` (for `rekey`), one chunk in memory at a time.
    ///
    /// - Throws: ``MeldboekError/rewriteNeedsIntactJournal`` when a chunk does not open or
    ///   the chunks don't end with exactly one final one.
    static func reseal(stream: Data, from oldKey: SymmetricKey, to newKey: SymmetricKey, db: Database) throws {
        let broken = MeldboekError.rewriteNeedsIntactJournal
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM chunks WHERE stream = ?", arguments: [stream]) ?? 0
        func chunk(_ n: Int) throws -> [UInt8] {
            guard let stored = try Data.fetchOne(
                db, sql: "SELECT sealed FROM chunks WHERE stream = ? AND n = ?", arguments: [stream, n])
            else { throw broken }
            return [UInt8](stored)
        }
        var first = try chunk(0)
        guard first.count > SecretStream.headerByteCount,
              var puller = try? SecretStream.Puller(key: oldKey, header: Array(first.prefix(SecretStream.headerByteCount)))
        else { throw broken }
        first.removeFirst(SecretStream.headerByteCount)
        var pusher = try SecretStream.Pusher(key: newKey)
        let update = try db.cachedStatement(sql: "UPDATE chunks SET sealed = ? WHERE stream = ? AND n = ?")
        for n in 0..<count {
            guard let pulled = try? puller.pull(n == 0 ? first : try chunk(n)), pulled.isFinal == (n == count - 1)
            else { throw broken }
            var plain = pulled.plaintext
            defer { wipe(&plain) }
            var resealed = try pusher.push(plain, isFinal: pulled.isFinal)
            if n == 0 { resealed = pusher.header + resealed }
            try update.execute(arguments: [Data(resealed), stream, n])
        }
    }
}
