// Reads ustar archives from strangers strictly and in a stream: regular files only, safe names, bounded sizes.
import Foundation

/// Reads a ustar archive strictly, for files from strangers.
///
/// It accepts what ``TarWriter`` writes and what `tar --format=ustar` writes of regular
/// files, and fails closed on everything else: a bad checksum, magic or octal field, any
/// member that is not a regular file, an unsafe or duplicate name, a size over the
/// ``Limits``, non-zero padding, an archive that ends early, and anything but zeros after
/// the end-of-archive blocks. It reads the source to its end, so a layer below that checks
/// its own ending (age's last chunk) gets to.
///
/// It holds one 512-byte block at a time plus the piece the caller asks for.
///
/// ```swift
/// let reader = TarReader(source: source, limits: .init(maxEntrySize: 1 << 30, maxEntries: 10_000, maxTotalSize: 1 << 32))
/// while let entry = try reader.next() {
///     while case let piece = try reader.read(upTo: 65_536), !piece.isEmpty { consume(entry, piece) }
/// }
/// ```
///
/// After an error, from the archive or the source, every further call throws the same error.
public final class TarReader {
    /// Bounds on what an archive may hold, checked from the headers before any content is read.
    public struct Limits: Sendable, Equatable {
        /// The largest size of one member's content, in bytes.
        public var maxEntrySize: UInt64
        /// The largest number of members.
        public var maxEntries: Int
        /// The largest sum of all members' content sizes, in bytes.
        public var maxTotalSize: UInt64

        /// Creates limits.
        public init(maxEntrySize: UInt64, maxEntries: Int, maxTotalSize: UInt64) {
            self.maxEntrySize = maxEntrySize
            self.maxEntries = maxEntries
            self.maxTotalSize = maxTotalSize
        }
    }

    private enum State {
        /// The next block is a header or the end of the archive.
        case atHeader
        /// Inside a member: content bytes still to read (at least one), then padding.
        case inContent(name: String, remaining: UInt64, padding: Int)
        case finished
        /// An error ended reading; a source error too, since bytes may have been lost with it.
        case failed(any Error)
    }

    private var source: any ByteSource
    private let limits: Limits
    private var state = State.atHeader
    /// Bytes consumed from the source so far, for the record-boundary check at the end.
    private var offset: UInt64 = 0
    private var names: Set<String> = []
    private var totalSize: UInt64 = 0

    /// Creates a reader that pulls the archive from `source`.
    public init(source: any ByteSource, limits: Limits) {
        self.source = source
        self.limits = limits
    }

    /// Moves to the next member, skipping what is left of the current one.
    ///
    /// - Returns: The next member, or `nil` after the end-of-archive blocks (checked to be
    ///   followed only by zeros, up to the record boundary, and the end of the source).
    /// - Throws: A `TarError` for anything malformed, or the source's error.
    public func next() throws -> TarEntry? {
        try failingClosed {
            switch state {
            case .failed(let error): throw error
            case .finished: return nil
            case .inContent:
                while try !readContent(upTo: Ustar.blockSize).isEmpty {}
            case .atHeader: break
            }
            let block = try readExactly(Ustar.blockSize)
            if block.allSatisfy({ $0 == 0 }) {
                try readEnd()
                state = .finished
                return nil
            }
            let entry = try parseHeader(block)
            state =
                entry.size == 0
                ? .atHeader
                : .inContent(
                    name: entry.name, remaining: entry.size,
                    padding: (Ustar.blockSize - Int(entry.size % UInt64(Ustar.blockSize))) % Ustar.blockSize)
            return entry
        }
    }

    /// Reads the next piece of the current member's content.
    ///
    /// - Parameter count: The most bytes to return; more than 0.
    /// - Returns: Up to `count` bytes, or `[]` at the end of the member (and before the first
    ///   ``next()`` or after the last).
    /// - Throws: `TarError.truncated` if the archive ends inside the content,
    ///   `TarError.malformedHeader` for non-zero padding after it, or the source's error.
    public func read(upTo count: Int) throws -> [UInt8] {
        precondition(count > 0, "TarReader.read(upTo:) needs a positive count")
        return try failingClosed {
            if case .failed(let error) = state { throw error }
            return try readContent(upTo: count)
        }
    }

    /// Runs `body`, and after any error stays failed, so no later call reads past the damage.
    private func failingClosed<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private func readContent(upTo count: Int) throws -> [UInt8] {
        guard case .inContent(let name, let remaining, let padding) = state else { return [] }
        let wanted = Int(min(UInt64(count), remaining))
        let piece = try source.read(upTo: wanted)
        guard !piece.isEmpty else { throw TarError.truncated }
        precondition(piece.count <= wanted, "ByteSource returned more bytes than asked for")
        offset += UInt64(piece.count)
        let left = remaining - UInt64(piece.count)
        if left > 0 {
            state = .inContent(name: name, remaining: left, padding: padding)
        } else {
            // Check the padding now, so a caller that reads to the end hears of damage at once.
            guard try readExactly(padding).allSatisfy({ $0 == 0 }) else {
                throw TarError.malformedHeader("non-zero padding after \(Ustar.printable(name.utf8))")
            }
            state = .atHeader
        }
        return piece
    }

    /// Reads exactly `count` bytes (at most one block), or throws `truncated`.
    private func readExactly(_ count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            let piece = try source.read(upTo: count - bytes.count)
            guard !piece.isEmpty else { throw TarError.truncated }
            precondition(piece.count <= count - bytes.count, "ByteSource returned more bytes than asked for")
            bytes += piece
        }
        offset += UInt64(count)
        return bytes
    }

    /// Checks the second zero block and that only zeros follow, up to the record boundary.
    private func readEnd() throws {
        guard try readExactly(Ustar.blockSize).allSatisfy({ $0 == 0 }) else {
            throw TarError.malformedHeader("a single zero block inside the archive")
        }
        let record = UInt64(Ustar.recordSize)
        let boundary = (offset + record - 1) / record * record
        while case let piece = try source.read(upTo: Ustar.blockSize), !piece.isEmpty {
            offset += UInt64(piece.count)
            guard offset <= boundary, piece.allSatisfy({ $0 == 0 }) else { throw TarError.trailingData }
        }
    }

    /// Checks one header block and the limits, and records the member's name.
    private func parseHeader(_ header: [UInt8]) throws -> TarEntry {
        let recorded = try Ustar.octal(header, Ustar.checksum, named: "checksum")
        guard recorded == Ustar.checksum(of: header) else { throw TarError.badChecksum }
        guard header[Ustar.magic].elementsEqual(Ustar.magicValue) else {
            throw TarError.malformedHeader("not a POSIX ustar header (magic)")
        }
        guard header[Ustar.version].elementsEqual(Ustar.versionValue) else {
            throw TarError.malformedHeader("unknown ustar version")
        }
        let type = header[Ustar.typeflag]
        guard type == Ustar.regularType || type == 0 else { throw TarError.unsupportedType(Self.describe(type)) }

        guard let shortName = Ustar.text(header, Ustar.name), let prefix = Ustar.text(header, Ustar.prefix) else {
            let raw = header[Ustar.prefix].filter { $0 != 0 } + header[Ustar.name].filter { $0 != 0 }
            throw TarError.unsafeName(Ustar.printable(raw))
        }
        let nameBytes = prefix.isEmpty ? Array(shortName) : Array(prefix) + [UInt8(ascii: "/")] + shortName
        let name = try Ustar.checkName(nameBytes)

        guard header[Ustar.linkname].allSatisfy({ $0 == 0 }) else {
            throw TarError.malformedHeader("a regular file with a link name")
        }
        guard Ustar.text(header, Ustar.uname) != nil, Ustar.text(header, Ustar.gname) != nil else {
            throw TarError.malformedHeader("owner name has bytes after its NUL")
        }
        guard header[Ustar.unused].allSatisfy({ $0 == 0 }) else {
            throw TarError.malformedHeader("non-zero bytes after the prefix field")
        }
        _ = try Ustar.octal(header, Ustar.mode, named: "mode")
        _ = try Ustar.octal(header, Ustar.uid, named: "uid")
        _ = try Ustar.octal(header, Ustar.gid, named: "gid")
        _ = try Ustar.octal(header, Ustar.mtime, named: "mtime")
        _ = try Ustar.octal(header, Ustar.devmajor, named: "devmajor", allowEmpty: true)
        _ = try Ustar.octal(header, Ustar.devminor, named: "devminor", allowEmpty: true)
        let size = try Ustar.octal(header, Ustar.size, named: "size")

        let shown = Ustar.printable(nameBytes)
        guard names.count < limits.maxEntries else {
            throw TarError.tooLarge("more than \(limits.maxEntries) members")
        }
        guard size <= limits.maxEntrySize else {
            throw TarError.tooLarge("\(shown): \(size) bytes, over the limit of \(limits.maxEntrySize)")
        }
        guard size <= limits.maxTotalSize - totalSize else {
            throw TarError.tooLarge("\(shown): members total over the limit of \(limits.maxTotalSize) bytes")
        }
        guard names.insert(name).inserted else { throw TarError.duplicateName(shown) }
        totalSize += size
        return TarEntry(name: name, size: size)
    }

    /// Names a typeflag for an error message.
    private static func describe(_ type: UInt8) -> String {
        switch type {
        case UInt8(ascii: "1"): "hard link"
        case UInt8(ascii: "2"): "symbolic link"
        case UInt8(ascii: "3"): "character device"
        case UInt8(ascii: "4"): "block device"
        case UInt8(ascii: "5"): "directory"
        case UInt8(ascii: "6"): "FIFO"
        case UInt8(ascii: "7"): "contiguous file"
        case UInt8(ascii: "x"): "pax extended header"
        case UInt8(ascii: "g"): "pax global header"
        case UInt8(ascii: "L"): "GNU long name"
        case UInt8(ascii: "K"): "GNU long link name"
        default: "typeflag 0x" + String(type, radix: 16)
        }
    }
}
