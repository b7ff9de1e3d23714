// Hostile archives for TarReader, built from raw headers: each must fail closed with its own error.
import Foundation
import MeldboekShare
import Testing

/// A raw ustar header for a regular file, built here rather than by TarWriter; `edit` runs
/// before the checksum is computed, so only the edit itself is wrong.
func tarRawHeader(
    name: String = "a.txt", size: Int = 0, type: Character = "0", edit: (inout [UInt8]) -> Void = { _ in }
) -> [UInt8] {
    var header = [UInt8](repeating: 0, count: 512)
    func put(_ text: String, at offset: Int) {
        header.replaceSubrange(offset..<offset + text.utf8.count, with: Array(text.utf8))
    }
    put(name, at: 0)
    put("0000644\0", at: 100)
    put("0000000\0", at: 108)
    put("0000000\0", at: 116)
    let octalSize = String(size, radix: 8)
    put(String(repeating: "0", count: 11 - octalSize.count) + octalSize + "\0", at: 124)
    put("14524770400\0", at: 136)
    header[156] = type.asciiValue!
    put("ustar\0" + "00", at: 257)
    put("0000000\0", at: 329)
    put("0000000\0", at: 337)
    edit(&header)
    return tarWithChecksum(header)
}

/// Returns `header` with its checksum field recomputed (six octal digits, NUL, space).
func tarWithChecksum(_ header: [UInt8]) -> [UInt8] {
    var header = header
    header.replaceSubrange(148..<156, with: Array("        ".utf8))
    let digits = String(header.reduce(0) { $0 + Int($1) }, radix: 8)
    header.replaceSubrange(148..<156, with: Array((String(repeating: "0", count: 6 - digits.count) + digits + "\0 ").utf8))
    return header
}

/// Content padded with zeros to a whole block.
func tarPadded(_ content: [UInt8]) -> [UInt8] {
    content + [UInt8](repeating: 0, count: (512 - content.count % 512) % 512)
}

let tarEndBlocks = [UInt8](repeating: 0, count: 1024)

/// Reads `archive` to its end and returns the error it fails with.
private func failure(of archive: [UInt8], limits: TarReader.Limits = tarTestLimits) -> TarError? {
    #expect(throws: TarError.self) { try tarContents(of: archive, limits: limits) }
}

@Suite struct TarHostileTests {
    @Test func acceptsTheHelpersBaseline() throws {
        let archive = tarRawHeader(size: 5) + tarPadded(Array("hello".utf8)) + tarEndBlocks
        let members = try tarContents(of: archive)
        #expect(members.map(\.entry) == [TarEntry(name: "a.txt", size: 5)])
        #expect(members.map(\.content) == [Array("hello".utf8)])
    }

    @Test func acceptsTheOldNulTypeflagForRegularFiles() throws {
        #expect(try tarContents(of: tarRawHeader(type: "\0") + tarEndBlocks).count == 1)
    }

    @Test func rejectsABadChecksum() {
        var header = tarRawHeader()
        header[0] ^= 0x01
        #expect(failure(of: header + tarEndBlocks) == .badChecksum)
    }

    @Test func rejectsGarbageWhereAHeaderShouldBe() {
        #expect(failure(of: [UInt8](repeating: 0x41, count: 512) + tarEndBlocks) != nil)
    }

    @Test func rejectsGNUAndUnknownMagic() {
        let gnu = tarRawHeader { $0.replaceSubrange(257..<265, with: Array("ustar  \0".utf8)) }
        #expect(failure(of: gnu + tarEndBlocks) == .malformedHeader("not a POSIX ustar header (magic)"))
        let v7 = tarRawHeader { $0.replaceSubrange(257..<265, with: [UInt8](repeating: 0, count: 8)) }
        #expect(failure(of: v7 + tarEndBlocks) == .malformedHeader("not a POSIX ustar header (magic)"))
        let version = tarRawHeader { $0.replaceSubrange(263..<265, with: Array("01".utf8)) }
        #expect(failure(of: version + tarEndBlocks) == .malformedHeader("unknown ustar version"))
    }

    @Test(arguments: [
        ("00000000x05\0", "size"),  // not octal
        ("00000000009\0", "size"),  // 9 is not an octal digit
        ("000000000050", "size"),  // no terminator
        ("\0\0\0\0\0\0\0\0\0\0\0\0", "size"),  // empty
        (" 0000000005\0", "size"),  // leading space
        ("0000000005\0x", "size"),  // something after the terminator
    ])
    func rejectsMalformedOctalFields(value: String, field: String) {
        let header = tarRawHeader { $0.replaceSubrange(124..<136, with: Array(value.utf8)) }
        #expect(failure(of: header + tarEndBlocks) == .malformedHeader("\(field) is not an octal number"))
    }

    @Test func rejectsMalformedModeAndTime() {
        let mode = tarRawHeader { $0.replaceSubrange(100..<108, with: Array("rw-r--r-".utf8)) }
        #expect(failure(of: mode + tarEndBlocks) == .malformedHeader("mode is not an octal number"))
        let time = tarRawHeader { $0.replaceSubrange(136..<148, with: Array("-0000000001\0".utf8)) }
        #expect(failure(of: time + tarEndBlocks) == .malformedHeader("mtime is not an octal number"))
    }

    @Test func acceptsSpaceTerminatedOctalAndEmptyDeviceNumbers() throws {
        let header = tarRawHeader(size: 1) {
            $0.replaceSubrange(124..<136, with: Array("1          \0".utf8))
            $0.replaceSubrange(329..<345, with: [UInt8](repeating: 0, count: 16))
        }
        #expect(try tarContents(of: header + tarPadded([9]) + tarEndBlocks).map(\.content) == [[9]])
    }

    @Test(arguments: [
        ("1", "hard link"), ("2", "symbolic link"), ("3", "character device"), ("4", "block device"),
        ("5", "directory"), ("6", "FIFO"), ("7", "contiguous file"), ("x", "pax extended header"),
        ("g", "pax global header"), ("L", "GNU long name"), ("K", "GNU long link name"), ("Z", "typeflag 0x5a"),
    ] as [(Character, String)])
    func rejectsEverythingButRegularFiles(type: Character, description: String) {
        #expect(failure(of: tarRawHeader(type: type) + tarEndBlocks) == .unsupportedType(description))
    }

    @Test(arguments: [
        "/etc/passwd", "../escape", "a/../../b", "a/..", "./a", "a/./b", ".", "..", "a//b", "dir/", "a\\b",
        "C:\\x", "a\u{1}b", "a\u{7F}b",
    ])
    func rejectsUnsafeNames(name: String) {
        let error = failure(of: tarRawHeader(name: name) + tarEndBlocks)
        guard case .unsafeName = error else {
            Issue.record("\(name.debugDescription): expected unsafeName, got \(String(describing: error))")
            return
        }
    }

    @Test func rejectsAnEmptyName() {
        let header = tarRawHeader { $0.replaceSubrange(0..<100, with: [UInt8](repeating: 0, count: 100)) }
        #expect(failure(of: header + tarEndBlocks) == .unsafeName(""))
    }

    @Test func rejectsANulInsideTheName() {
        let header = tarRawHeader(name: "safe\0../../etc/passwd")
        #expect(failure(of: header + tarEndBlocks) == .unsafeName("safe../../etc/passwd"))
        let inPrefix = tarRawHeader(name: "file") { $0.replaceSubrange(345..<351, with: Array("a\0b/cd".utf8)) }
        guard case .unsafeName = failure(of: inPrefix + tarEndBlocks) else {
            Issue.record("a NUL inside the prefix was accepted")
            return
        }
    }

    @Test func rejectsAnAbsoluteOrEscapingPrefix() {
        let absolute = tarRawHeader(name: "passwd") { $0.replaceSubrange(345..<349, with: Array("/etc".utf8)) }
        #expect(failure(of: absolute + tarEndBlocks) == .unsafeName("/etc/passwd"))
        let escaping = tarRawHeader(name: "x") { $0.replaceSubrange(345..<347, with: Array("..".utf8)) }
        #expect(failure(of: escaping + tarEndBlocks) == .unsafeName("../x"))
    }

    @Test func rejectsNamesThatAreNotUTF8() {
        let header = tarRawHeader { $0.replaceSubrange(0..<3, with: [0x61, 0xFF, 0x62]) }
        guard case .unsafeName = failure(of: header + tarEndBlocks) else {
            Issue.record("a name that is not UTF-8 was accepted")
            return
        }
    }

    @Test func rejectsDuplicateNames() {
        let archive = tarRawHeader(name: "entries/a.json") + tarRawHeader(name: "entries/b.json")
            + tarRawHeader(name: "entries/a.json") + tarEndBlocks
        #expect(failure(of: archive) == .duplicateName("entries/a.json"))
        // The same name spelled with a prefix is the same name.
        let split = tarRawHeader(name: "a.json") { $0.replaceSubrange(345..<352, with: Array("entries".utf8)) }
        #expect(failure(of: tarRawHeader(name: "entries/a.json") + split + tarEndBlocks) == .duplicateName("entries/a.json"))
    }

    @Test func rejectsNamesThatDifferOnlyInUnicodeNormalization() {
        let archive = tarRawHeader(name: "caf\u{E9}") + tarRawHeader(name: "cafe\u{301}") + tarEndBlocks
        #expect(failure(of: archive) == .duplicateName("cafe\u{301}"))
    }

    @Test func rejectsALinkNameOnARegularFile() {
        let header = tarRawHeader { $0.replaceSubrange(157..<168, with: Array("/etc/shadow".utf8)) }
        #expect(failure(of: header + tarEndBlocks) == .malformedHeader("a regular file with a link name"))
    }

    @Test func rejectsBytesInTheUnusedTail() {
        let header = tarRawHeader { $0[511] = 1 }
        #expect(failure(of: header + tarEndBlocks) == .malformedHeader("non-zero bytes after the prefix field"))
    }

    @Test func rejectsSizesOverTheLimitBeforeReadingContent() {
        // The header claims 8 GiB - 1 bytes; no content follows, and none is read.
        let header = tarRawHeader { $0.replaceSubrange(124..<136, with: Array("77777777777\0".utf8)) }
        #expect(failure(of: header) == .tooLarge("a.txt: 8589934591 bytes, over the limit of 1048576"))
    }

    @Test func rejectsNonZeroContentPadding() {
        var content = tarPadded(Array("hello".utf8))
        content[511] = 0x58
        #expect(failure(of: tarRawHeader(size: 5) + content + tarEndBlocks) == .malformedHeader("non-zero padding after a.txt"))
    }

    @Test func rejectsDataAfterTheEndBlocks() {
        let archive = tarRawHeader() + tarEndBlocks
        #expect(failure(of: archive + [0, 0, 1]) == .trailingData)
        #expect(failure(of: archive + tarRawHeader(name: "hidden")) == .trailingData)
    }

    @Test func acceptsZerosUpToTheRecordBoundaryButNoFurther() throws {
        let archive = tarRawHeader() + tarEndBlocks
        let toBoundary = archive + [UInt8](repeating: 0, count: 10_240 - archive.count)
        #expect(try tarContents(of: toBoundary).count == 1)
        #expect(failure(of: toBoundary + [0]) == .trailingData)
        #expect(failure(of: toBoundary + [UInt8](repeating: 0, count: 10_240)) == .trailingData)
    }

    @Test func rejectsALoneZeroBlockBeforeAnotherHeader() {
        let archive = tarRawHeader(name: "a") + [UInt8](repeating: 0, count: 512) + tarRawHeader(name: "b") + tarEndBlocks
        #expect(failure(of: archive) == .malformedHeader("a single zero block inside the archive"))
    }

    @Test func rejectsArchivesCutShortAnywhere() {
        let whole = tarRawHeader(size: 600) + tarPadded(tarTestContent(600, seed: 9)) + tarEndBlocks
        // Inside the header, inside content, inside padding, before and between the end blocks.
        for length in [0, 1, 511, 512, 513, 1111, 1200, 1536, 1537, 2048, 2559] {
            #expect(failure(of: Array(whole.prefix(length))) == .truncated, "cut at \(length)")
        }
        #expect(throws: Never.self) { try tarContents(of: whole) }
    }

    @Test func staysFailedAfterAnError() throws {
        var header = tarRawHeader()
        header[0] ^= 0x01
        let reader = TarReader(source: ArraySource(header + tarEndBlocks), limits: tarTestLimits)
        #expect(throws: TarError.badChecksum) { try reader.next() }
        #expect(throws: TarError.badChecksum) { try reader.next() }
        #expect(throws: TarError.badChecksum) { try reader.read(upTo: 1) }
    }

    @Test func reportsTruncationWhileTheCallerReadsContent() throws {
        let archive = tarRawHeader(size: 1000) + tarTestContent(700, seed: 1)
        let reader = TarReader(source: ArraySource(archive), limits: tarTestLimits)
        #expect(try reader.next() == TarEntry(name: "a.txt", size: 1000))
        #expect(try reader.read(upTo: 700).count == 700)
        #expect(throws: TarError.truncated) { try reader.read(upTo: 700) }
    }

    @Test func passesOnTheSourcesError() {
        struct Broken: Error {}
        struct BrokenSource: ByteSource {
            mutating func read(upTo count: Int) throws -> [UInt8] { throw Broken() }
        }
        let reader = TarReader(source: BrokenSource(), limits: tarTestLimits)
        #expect(throws: Broken.self) { try reader.next() }
        #expect(throws: Broken.self) { try reader.next() }
    }
}
