// The files a device writes in the sync folder: its head, its segments of items, its key slots and the
// content of its attachments. Every one is written once under a new name, except the head and the key
// file, which are replaced whole by rename.
import Foundation
import MeldboekCore
import MeldboekSodium

/// One thing a device wrote, in its order: a record of the journal, an entry deleted, or (after
/// compaction) only the digest of what was there.
struct SyncItem: Codable, Equatable, Sendable {
    /// The item's number in its device's chain: 1, 2, 3, ...
    var n: Int64
    /// A record's plaintext (`kind ‖ JSON body`).
    var record: Data?
    /// An entry deleted on the device.
    var deleted: DeletedEntry?
    /// What compaction left of an item whose entry was deleted: its digest alone.
    var removed: Data?

    struct DeletedEntry: Codable, Equatable, Sendable {
        var entry: EntryID
        /// When, in milliseconds since 1970: a whole number, so every device hashes the same bytes.
        var deletedAt: Int64

        init(entry: EntryID, deletedAt: Date) {
            self.entry = entry
            self.deletedAt = Int64((deletedAt.timeIntervalSince1970 * 1000).rounded())
        }
    }

    /// BLAKE2b-256 of the item's content (`0x01 ‖ plaintext` or `0x02 ‖ entry id ‖ milliseconds`), the
    /// compacted item's kept digest; nil when the item holds none or more than one of them.
    var digest: Data? {
        switch (record, deleted, removed) {
        case (let record?, nil, nil):
            return Data(BLAKE2b.hash([1] + Array(record)))
        case (nil, let deleted?, nil):
            var bytes: [UInt8] = [2] + withUnsafeBytes(of: deleted.entry.uuid.uuid) { Array($0) }
            withUnsafeBytes(of: UInt64(bitPattern: deleted.deletedAt).bigEndian) { bytes += $0 }
            return Data(BLAKE2b.hash(bytes))
        case (nil, nil, let removed?):
            return removed.count == 32 ? removed : nil
        default:
            return nil
        }
    }

    /// The entry the item is about: a revision's, an attachment's, or the one deleted.
    var entry: EntryID? {
        if let deleted { return deleted.entry }
        return record.flatMap { OpenedRecord(plaintext: Array($0)) }?.entryID
    }
}

/// A segment: a run of one device's items, sealed.
struct SyncSegment: Codable, Equatable, Sendable {
    var version = 1
    var items: [SyncItem]
}

/// A device's head: how far its chain goes and which of its files hold it.
struct DeviceHead: Codable, Equatable, Sendable {
    struct Segment: Codable, Equatable, Sendable {
        /// The file's name in the device's folder.
        var file: String
        var first: Int64
        var last: Int64
        /// BLAKE2b-256 of the whole file.
        var digest: Data
        /// The file's size in bytes: no more is read.
        var size: Int64?
    }

    /// An attachment's content file; its chunks are checked against the attachment record when taken in.
    struct Attachment: Codable, Equatable, Sendable {
        var file: String
        var stream: Data
    }

    var version = 1
    var device: DeviceID
    /// The name the device was given (`--device-name`, else its host name), for people.
    var name: String
    /// Raised by every compaction, which rewrites the segments under new names.
    var generation: Int
    var count: Int64
    var hash: Data
    /// The position in the device's own vault up to which its records are in the folder.
    var exportedThrough: Int64
    /// The device's vault's chain hash at `exportedThrough`: another copy of that vault (a copied folder, or
    /// the vault put back from a backup) has another one there once it wrote anything of its own.
    var vaultHash: Data?
    var segments: [Segment]
    var attachments: [Attachment]
    var writtenAt: Date
}

/// How the files are laid out, sealed and read back.
enum SyncFiles {
    static let headName = "head"
    static let keyName = "key"
    /// How our own temporary files start (``AtomicFileWriter``); a device's folder may hold one a crash left.
    static let temporaryPrefix = ".meldboek-"
    /// Files the sync engines keep for themselves at the top of a folder: never warned about.
    static let engineFiles: Set<String> = [".stfolder", ".stignore", ".stversions", ".dropbox", ".dropbox.cache"]

    static let headMagic = Array("MBSYNCH1".utf8)
    static let segmentMagic = Array("MBSYNCS1".utf8)
    static let attachmentMagic = Array("MBSYNCA1".utf8)
    static let keyMagic = Array("MBSYNCK1\n".utf8)
    /// Larger than any segment Meldboek writes; a file past it is not read into memory.
    static let maximumSealedSize = 1 << 30
    /// Larger than any head or key file Meldboek writes (a head lists at most a few hundred segments, and
    /// its device's attachment files).
    static let maximumSmallFileSize = 16 << 20

    static func segmentName(generation: Int, first: Int64) -> String { "s\(generation)-\(first).seg" }
    static func attachmentName(stream: Data) -> String { Encoding.hex(Array(stream)) + ".att" }

    /// Whether `name` is one Meldboek gives a segment or an attachment file (not necessarily listed).
    static func isDataFileName(_ name: String) -> Bool {
        if name.hasSuffix(".att") { return name.count == 36 && name.dropLast(4).allSatisfy(\.isHexDigit) }
        guard name.hasPrefix("s"), name.hasSuffix(".seg") else { return false }
        let middle = name.dropFirst().dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
        return middle.count == 2 && middle.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()

    // MARK: Sealing

    static func headAssociatedData(_ device: DeviceID) -> [UInt8] {
        Array("meldboek/v1/sync-head\0".utf8) + Array(device.description.utf8)
    }

    static func segmentAssociatedData(_ device: DeviceID, file: String) -> [UInt8] {
        Array("meldboek/v1/sync-segment\0\(device)\0\(file)".utf8)
    }

    /// `magic ‖ nonce ‖ XChaCha20-Poly1305(key, pad(JSON), ad)`, padded to a power of two of at least 1 KiB.
    static func seal<T: Encodable>(_ value: T, magic: [UInt8], additionalData: [UInt8], key: SymmetricKey) throws -> Data {
        var plain = Array(try encoder.encode(value))
        defer { wipe(&plain) }
        var size = 1024
        while size <= plain.count { size *= 2 }
        var padded = Padding.pad(plain, blockSize: size)
        defer { wipe(&padded) }
        return Data(magic + (try XChaCha20Poly1305.seal(padded, additionalData: additionalData, key: key)))
    }

    /// The value sealed in `bytes`; nil when the magic, the tag, the padding or the JSON is wrong.
    /// (Fuzzed through ``SyncParsing``.)
    static func open<T: Decodable>(_ type: T.Type, _ bytes: Data, magic: [UInt8], additionalData: [UInt8], key: SymmetricKey)
        -> T?
    {
        guard bytes.count > magic.count, Array(bytes.prefix(magic.count)) == magic,
              var padded = try? XChaCha20Poly1305.open(Array(bytes.dropFirst(magic.count)), additionalData: additionalData, key: key)
        else { return nil }
        defer { wipe(&padded) }
        guard var plain = try? Padding.unpad(padded, blockSize: max(1, padded.count)) else { return nil }
        defer { wipe(&plain) }
        return try? decoder.decode(T.self, from: Data(plain))
    }

    // MARK: Files

    /// The file's bytes, or nil when it isn't there (yet), isn't a plain file, or is larger than anything written.
    static func read(_ url: URL, limit: Int = maximumSealedSize) -> Data? {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limit else {
            return nil
        }
        return try? NamedFile.contents(of: url.path)
    }

    /// An open file descriptor for the plain file `url`, never following a link nor waiting on a pipe or
    /// device someone put there; nil otherwise.
    static func openPlainFile(_ url: URL) -> FileHandle? {
        let fd = Glibc.open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            return nil
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// Writes `bytes` as `url` through a temporary file and a rename: a reader (or a sync engine) sees the
    /// whole file or none.
    static func write(_ bytes: Data, to url: URL, replacing: Bool) throws {
        let writer = try AtomicFileWriter(destination: url, replacing: replacing, temporaryPrefix: temporaryPrefix)
        do {
            try writer.write(bytes)
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
    }

    /// The key file: a line naming the format, then the key slots as JSON. Nothing in it opens without the
    /// passphrase or the recovery code (``VaultKeySlots``).
    static func keyFile(_ slots: VaultKeySlots) throws -> Data {
        Data(keyMagic + Array(try encoder.encode(slots)))
    }

    static func slots(inKeyFile bytes: Data) -> VaultKeySlots? {
        guard bytes.count > keyMagic.count, Array(bytes.prefix(keyMagic.count)) == keyMagic else { return nil }
        return try? decoder.decode(VaultKeySlots.self, from: bytes.dropFirst(keyMagic.count))
    }
}
