// The ustar header layout (POSIX.1-1988), its checksum and octal fields, and the rules for member names.
import Foundation

/// An error from writing or reading a ustar archive.
///
/// Names in the cases are member names from the archive, with control characters replaced,
/// so the text is safe to print; it never includes file content.
public enum TarError: Error, Equatable, Sendable {
    /// A header field is not what ustar allows; the text says which field and why.
    case malformedHeader(String)
    /// A header's checksum does not match the header's bytes.
    case badChecksum
    /// A member name that could escape or confuse a destination folder: empty, absolute,
    /// with an empty, `.` or `..` component, a backslash, a NUL or another control character,
    /// or not UTF-8.
    case unsafeName(String)
    /// A member that is not a regular file (a link, device, directory, FIFO, pax or GNU
    /// extension header); the text names the type.
    case unsupportedType(String)
    /// A second member with a name already in the archive, compared as Swift compares
    /// strings: a name in NFC and the same name in NFD are duplicates.
    case duplicateName(String)
    /// A member, the number of members or their total size is over a limit; or more content
    /// was written than the header declared.
    case tooLarge(String)
    /// The archive ended inside a header, inside content, or before its end-of-archive blocks;
    /// or a writer's member got fewer bytes than its header declared.
    case truncated
    /// Something other than zeros follows the end-of-archive blocks, or zeros go on past
    /// the record boundary.
    case trailingData
    /// A name too long for ustar, even split into prefix and name.
    case nameTooLong(String)
}

/// One regular file in an archive, as its header describes it.
public struct TarEntry: Equatable, Sendable {
    /// The member's path inside the archive, with `/` separators and no leading `/`.
    public var name: String
    /// The size of the member's content in bytes.
    public var size: UInt64

    /// Creates an entry description.
    public init(name: String, size: UInt64) {
        self.name = name
        self.size = size
    }
}

/// The fixed layout of a ustar header block, shared by ``TarWriter`` and ``TarReader``.
enum Ustar {
    /// Headers, content and padding come in blocks of this size.
    static let blockSize = 512
    /// GNU tar pads archives with zeros to a multiple of this (its default blocking factor of 20).
    static let recordSize = 10_240

    // Byte ranges of the header fields.
    static let name = 0..<100
    static let mode = 100..<108
    static let uid = 108..<116
    static let gid = 116..<124
    static let size = 124..<136
    static let mtime = 136..<148
    static let checksum = 148..<156
    static let typeflag = 156
    static let linkname = 157..<257
    static let magic = 257..<263
    static let version = 263..<265
    static let uname = 265..<297
    static let gname = 297..<329
    static let devmajor = 329..<337
    static let devminor = 337..<345
    static let prefix = 345..<500
    static let unused = 500..<512

    /// POSIX's magic, NUL-terminated; GNU's old "ustar  \0" is a different format.
    static let magicValue: [UInt8] = Array("ustar\0".utf8)
    static let versionValue: [UInt8] = Array("00".utf8)
    /// Regular file; the old NUL typeflag means the same.
    static let regularType = UInt8(ascii: "0")

    /// The largest value 11 octal digits hold: sizes and times up to 8 GiB and the year 2242.
    static let maximumOctal11: UInt64 = 0o77_777_777_777
    /// The longest full name: a 155-byte prefix, the `/` between, and a 100-byte name.
    static let maximumNameLength = 256

    /// The header checksum: the sum of all 512 bytes, with the checksum field counted as spaces.
    static func checksum(of header: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        for (index, byte) in header.enumerated() {
            sum += checksum.contains(index) ? UInt32(UInt8(ascii: " ")) : UInt32(byte)
        }
        return sum
    }

    /// Writes `value` into `field` as zero-padded octal digits followed by one NUL.
    static func putOctal(_ value: UInt64, into header: inout [UInt8], at field: Range<Int>) {
        let digits = Array(String(value, radix: 8).utf8)
        let width = field.count - 1
        precondition(digits.count <= width, "value \(value) does not fit a \(field.count)-byte ustar field")
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: width - digits.count) + digits + [0]
        header.replaceSubrange(field, with: padded)
    }

    /// Reads `field` as octal digits terminated by at least one space or NUL, and nothing else.
    ///
    /// - Parameter allowEmpty: Accept a field of only NULs as 0 (the device numbers, which
    ///   POSIX leaves unspecified for regular files).
    static func octal(
        _ header: [UInt8], _ field: Range<Int>, named fieldName: String, allowEmpty: Bool = false
    ) throws -> UInt64 {
        let bytes = header[field]
        if allowEmpty, bytes.allSatisfy({ $0 == 0 }) { return 0 }
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }
        let terminator = bytes.dropFirst(digits.count)
        guard !digits.isEmpty, !terminator.isEmpty,
            terminator.allSatisfy({ $0 == 0 || $0 == UInt8(ascii: " ") })
        else {
            throw TarError.malformedHeader("\(fieldName) is not an octal number")
        }
        // At most 11 digits (33 bits), so this cannot overflow.
        return digits.reduce(0) { $0 << 3 | UInt64($1 - UInt8(ascii: "0")) }
    }

    /// Reads a NUL-padded text field: its bytes up to the first NUL, or the whole field.
    ///
    /// - Returns: `nil` if anything but NULs follows the first NUL.
    static func text(_ header: [UInt8], _ field: Range<Int>) -> ArraySlice<UInt8>? {
        let bytes = header[field]
        guard let end = bytes.firstIndex(of: 0) else { return bytes }
        guard bytes[end...].allSatisfy({ $0 == 0 }) else { return nil }
        return bytes[..<end]
    }

    /// Checks a full member name against the rules both the writer and the reader apply.
    ///
    /// - Returns: The name as a string.
    /// - Throws: `TarError.unsafeName`.
    static func checkName<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw TarError.unsafeName(printable(bytes))
        }
        let isControl: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x7F }
        guard !bytes.isEmpty, !bytes.contains(where: isControl), !bytes.contains(UInt8(ascii: "\\")) else {
            throw TarError.unsafeName(printable(bytes))
        }
        // Splitting keeps empty pieces, so a leading "/" (absolute), "//" and a trailing "/" all show up as "".
        let components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let hasUnsafeComponent = components.contains {
            $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8)
        }
        guard !hasUnsafeComponent else { throw TarError.unsafeName(printable(bytes)) }
        return name
    }

    /// A form of possibly hostile name bytes that is safe to show: control characters and
    /// invalid UTF-8 replaced, and cut short if very long.
    static func printable<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let text = String(decoding: bytes.prefix(maximumNameLength), as: UTF8.self)
        let scalars = text.unicodeScalars.map { scalar -> Character in
            scalar.properties.generalCategory == .control ? "?" : Character(scalar)
        }
        return String(scalars) + (bytes.count > maximumNameLength ? "..." : "")
    }
}
