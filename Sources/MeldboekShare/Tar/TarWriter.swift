// Writes canonical ustar archives of regular files in a stream, so large members never sit in memory.
import Foundation

/// Writes a ustar archive in a stream: a header, the content in pieces, zero padding to
/// 512 bytes, and two zero blocks at the end.
///
/// The output is canonical: the same members in the same order give the same bytes.
/// Every member is a regular file with mode 0644 (or the mode asked for), owner and group 0 with empty names,
/// and the given modification time (whole seconds; times before 1970 are written as 0).
/// The writer refuses the names ``TarReader`` would refuse, so it never makes an archive
/// that its own reader rejects.
///
/// ```swift
/// let writer = TarWriter { try output.write(contentsOf: $0) }
/// try writer.beginFile(name: "manifest.json", size: UInt64(manifest.count), modified: now)
/// try writer.write(manifest)
/// try writer.endFile()
/// try writer.finish()
/// ```
///
/// Calling the methods out of order (content with no file begun, a file begun inside
/// another, anything after ``finish()``) is a programming error and stops the program.
public final class TarWriter {
    private let sink: ([UInt8]) throws -> Void
    /// Every name written so far, to refuse duplicates.
    private var names: Set<String> = []
    /// The member being written: its name, declared size and the bytes written so far.
    private var current: (name: String, size: UInt64, written: UInt64)?
    private var isFinished = false

    /// Creates a writer that hands each piece of the archive to `sink`, in order.
    ///
    /// - Parameter sink: Receives headers, content and padding; an error it throws is passed
    ///   on to the caller of the method that produced the piece.
    public init(sink: @escaping ([UInt8]) throws -> Void) {
        self.sink = sink
    }

    /// Writes the header of a new regular file; its content follows through ``write(_:)``.
    ///
    /// - Parameters:
    ///   - name: The member's path, `/`-separated and relative. Up to 100 bytes of UTF-8 are
    ///     stored as is; longer names are split at a `/` into ustar's 155-byte prefix and
    ///     100-byte name.
    ///   - size: The exact number of content bytes that will follow.
    ///   - modified: The modification time to record.
    ///   - mode: The permission bits to record: 0644 for what is meant to be read (a bundle's files),
    ///     0600 for what only its owner should read once unpacked (a backup's database).
    /// - Throws: `TarError.unsafeName`, `TarError.duplicateName`, `TarError.nameTooLong`,
    ///   `TarError.tooLarge` for sizes of 8 GiB and more, or the sink's error.
    public func beginFile(name: String, size: UInt64, modified: Date, mode: UInt64 = 0o644) throws {
        precondition(!isFinished, "TarWriter.beginFile after finish")
        precondition(current == nil, "TarWriter.beginFile while a file is open")
        let nameBytes = Array(name.utf8)
        _ = try Ustar.checkName(nameBytes)
        guard let (prefix, shortName) = Self.split(nameBytes) else {
            throw TarError.nameTooLong(Ustar.printable(nameBytes))
        }
        guard !names.contains(name) else { throw TarError.duplicateName(Ustar.printable(nameBytes)) }
        guard size <= Ustar.maximumOctal11 else {
            throw TarError.tooLarge("\(Ustar.printable(nameBytes)): \(size) bytes is more than ustar can hold")
        }

        var header = [UInt8](repeating: 0, count: Ustar.blockSize)
        header.replaceSubrange(Ustar.name.lowerBound..<Ustar.name.lowerBound + shortName.count, with: shortName)
        Ustar.putOctal(mode, into: &header, at: Ustar.mode)
        Ustar.putOctal(0, into: &header, at: Ustar.uid)
        Ustar.putOctal(0, into: &header, at: Ustar.gid)
        Ustar.putOctal(size, into: &header, at: Ustar.size)
        Ustar.putOctal(Self.seconds(modified), into: &header, at: Ustar.mtime)
        header[Ustar.typeflag] = Ustar.regularType
        header.replaceSubrange(Ustar.magic, with: Ustar.magicValue)
        header.replaceSubrange(Ustar.version, with: Ustar.versionValue)
        Ustar.putOctal(0, into: &header, at: Ustar.devmajor)
        Ustar.putOctal(0, into: &header, at: Ustar.devminor)
        header.replaceSubrange(Ustar.prefix.lowerBound..<Ustar.prefix.lowerBound + prefix.count, with: prefix)
        // Six octal digits, NUL, space: the traditional form GNU tar also writes.
        let checksum = Array(String(Ustar.checksum(of: header), radix: 8).utf8)
        let checksumField =
            [UInt8](repeating: UInt8(ascii: "0"), count: 6 - checksum.count) + checksum + [0, UInt8(ascii: " ")]
        header.replaceSubrange(Ustar.checksum, with: checksumField)

        try sink(header)
        names.insert(name)
        current = (name, size, 0)
    }

    /// Writes the next piece of the open file's content.
    ///
    /// - Throws: `TarError.tooLarge` if the content would exceed the size given to
    ///   ``beginFile(name:size:modified:)`` (nothing is written then), or the sink's error.
    public func write(_ bytes: [UInt8]) throws {
        guard let file = current else { preconditionFailure("TarWriter.write with no file begun") }
        guard UInt64(bytes.count) <= file.size - file.written else {
            throw TarError.tooLarge("\(Ustar.printable(file.name.utf8)): more than the \(file.size) bytes declared")
        }
        guard !bytes.isEmpty else { return }
        try sink(bytes)
        current?.written += UInt64(bytes.count)
    }

    /// Ends the open file, padding its content with zeros to a whole block.
    ///
    /// - Throws: `TarError.truncated` if fewer bytes were written than declared, or the sink's error.
    public func endFile() throws {
        guard let file = current else { preconditionFailure("TarWriter.endFile with no file begun") }
        guard file.written == file.size else { throw TarError.truncated }
        let remainder = Int(file.size % UInt64(Ustar.blockSize))
        if remainder != 0 {
            try sink([UInt8](repeating: 0, count: Ustar.blockSize - remainder))
        }
        current = nil
    }

    /// Writes the two zero blocks that end the archive.
    ///
    /// - Throws: The sink's error.
    public func finish() throws {
        precondition(!isFinished, "TarWriter.finish called twice")
        precondition(current == nil, "TarWriter.finish while a file is open")
        try sink([UInt8](repeating: 0, count: 2 * Ustar.blockSize))
        isFinished = true
    }

    /// Splits a name into ustar's prefix and name fields, or returns nil if no split fits.
    ///
    /// Names up to 100 bytes go whole into the name field. Longer ones split at the last `/`
    /// that leaves at most 155 bytes before it: that leaves the shortest possible name part,
    /// so if it does not fit in 100 bytes, no split does.
    private static func split(_ name: [UInt8]) -> (prefix: ArraySlice<UInt8>, name: ArraySlice<UInt8>)? {
        if name.count <= Ustar.name.count { return ([], name[...]) }
        guard name.count <= Ustar.maximumNameLength,
            let slash = name.prefix(Ustar.prefix.count + 1).lastIndex(of: UInt8(ascii: "/"))
        else { return nil }
        let rest = name[(slash + 1)...]
        guard !rest.isEmpty, rest.count <= Ustar.name.count else { return nil }
        return (name[..<slash], rest)
    }

    /// Whole seconds since 1970, clamped to what ustar's 11 octal digits can hold.
    private static func seconds(_ date: Date) -> UInt64 {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds > 0 else { return 0 }
        return seconds >= Double(Ustar.maximumOctal11) ? Ustar.maximumOctal11 : UInt64(seconds)
    }
}
