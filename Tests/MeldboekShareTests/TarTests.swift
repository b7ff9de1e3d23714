// Tests for TarWriter and TarReader: round trips, canonical output, long names, limits and streaming.
import Foundation
import MeldboekShare
import Testing

/// Writes `files` with a TarWriter, feeding each file's content in pieces of `piece` bytes.
func tarArchive(_ files: [(name: String, content: [UInt8])], modified: Date = tarTestDate, piece: Int = 1000)
    throws -> [UInt8]
{
    var output: [UInt8] = []
    let writer = TarWriter { output += $0 }
    for file in files {
        try writer.beginFile(name: file.name, size: UInt64(file.content.count), modified: modified)
        for start in stride(from: 0, to: file.content.count, by: piece) {
            try writer.write(Array(file.content[start..<min(start + piece, file.content.count)]))
        }
        try writer.endFile()
    }
    try writer.finish()
    return output
}

/// Reads every member and its content, asking for `piece` bytes at a time.
func tarContents(of source: any ByteSource, limits: TarReader.Limits = tarTestLimits, piece: Int = 700)
    throws -> [(entry: TarEntry, content: [UInt8])]
{
    let reader = TarReader(source: source, limits: limits)
    var members: [(entry: TarEntry, content: [UInt8])] = []
    while let entry = try reader.next() {
        var content: [UInt8] = []
        while true {
            let bytes = try reader.read(upTo: piece)
            if bytes.isEmpty { break }
            content += bytes
        }
        members.append((entry, content))
    }
    return members
}

/// Reads an archive in memory; see ``tarContents(of:limits:piece:)``.
func tarContents(of archive: [UInt8], limits: TarReader.Limits = tarTestLimits, piece: Int = 700)
    throws -> [(entry: TarEntry, content: [UInt8])]
{
    try tarContents(of: ArraySource(archive), limits: limits, piece: piece)
}

let tarTestDate = Date(timeIntervalSince1970: 1_700_000_000)
let tarTestLimits = TarReader.Limits(maxEntrySize: 1 << 20, maxEntries: 100, maxTotalSize: 1 << 22)

/// Bytes that differ from member to member, so a mix-up shows.
func tarTestContent(_ count: Int, seed: UInt8) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }
}

/// A source that hands out at most `maximum` bytes per read and remembers the largest request.
final class TarTrickleSource: ByteSource {
    private var bytes: ArraySlice<UInt8>
    private let maximum: Int
    private(set) var largestRequest = 0

    init(_ bytes: [UInt8], maximum: Int) {
        self.bytes = bytes[...]
        self.maximum = maximum
    }

    func read(upTo count: Int) throws -> [UInt8] {
        largestRequest = max(largestRequest, count)
        let piece = bytes.prefix(min(count, maximum))
        bytes = bytes.dropFirst(piece.count)
        return Array(piece)
    }
}

@Suite struct TarTests {
    let files: [(name: String, content: [UInt8])] = [
        ("empty", []),
        ("one", tarTestContent(1, seed: 1)),
        ("entries/511.json", tarTestContent(511, seed: 2)),
        ("entries/512.json", tarTestContent(512, seed: 3)),
        ("attachments/513", tarTestContent(513, seed: 4)),
        ("attachments/100k", tarTestContent(100 * 1024, seed: 5)),
    ]

    @Test func roundTripsFilesAroundTheBlockSize() throws {
        let archive = try tarArchive(files)
        #expect(archive.count % 512 == 0)
        #expect(archive.suffix(1024).allSatisfy { $0 == 0 })
        let members = try tarContents(of: archive)
        #expect(members.map(\.entry) == files.map { TarEntry(name: $0.name, size: UInt64($0.content.count)) })
        #expect(members.map(\.content) == files.map(\.content))
    }

    @Test(arguments: [1, 100, 512, 4096, 200_000])
    func readsWithAnyPieceSize(piece: Int) throws {
        let members = try tarContents(of: try tarArchive(files, piece: piece), piece: piece)
        #expect(members.map(\.content) == files.map(\.content))
    }

    @Test func readsFromASourceThatGivesOneByteAtATime() throws {
        let members = try tarContents(of: TarTrickleSource(try tarArchive(files), maximum: 1))
        #expect(members.map(\.content) == files.map(\.content))
    }

    @Test func neverAsksTheSourceForMoreThanABlockOrTheCallersPiece() throws {
        let source = TarTrickleSource(try tarArchive(files), maximum: .max)
        _ = try tarContents(of: source, piece: 300)
        #expect(source.largestRequest == 512)
    }

    @Test func nextSkipsContentLeftUnread() throws {
        let reader = TarReader(source: ArraySource(try tarArchive(files)), limits: tarTestLimits)
        var names: [String] = []
        while let entry = try reader.next() {
            names.append(entry.name)
            if entry.name == "attachments/100k" { _ = try reader.read(upTo: 10) }
        }
        #expect(names == files.map(\.name))
        #expect(try reader.next() == nil)
        #expect(try reader.read(upTo: 10) == [])
    }

    @Test func isCanonical() throws {
        #expect(try tarArchive(files, piece: 7) == tarArchive(files, piece: 5000))
    }

    @Test func writesTheHeaderFieldsItPromises() throws {
        let header = Array(try tarArchive([("a.txt", Array("hello".utf8))]).prefix(512))
        let field = { (range: Range<Int>) in Array(header[range]) }
        #expect(field(0..<6) == Array("a.txt\0".utf8))
        #expect(field(100..<108) == Array("0000644\0".utf8))
        #expect(field(108..<116) == Array("0000000\0".utf8))
        #expect(field(116..<124) == Array("0000000\0".utf8))
        #expect(field(124..<136) == Array("00000000005\0".utf8))
        #expect(field(136..<148) == Array((String(1_700_000_000, radix: 8) + "\0").utf8))
        #expect(header[156] == UInt8(ascii: "0"))
        #expect(field(257..<265) == Array("ustar\u{0}00".utf8))
        #expect(field(265..<329).allSatisfy { $0 == 0 })
        // Checksum: six octal digits, NUL, space, over the header with the field as spaces.
        var blanked = header
        blanked.replaceSubrange(148..<156, with: Array("        ".utf8))
        let sum = blanked.reduce(0) { $0 + Int($1) }
        let digits = String(sum, radix: 8)
        #expect(field(148..<156) == Array((String(repeating: "0", count: 6 - digits.count) + digits + "\0 ").utf8))
    }

    @Test func writesTimesBefore1970AsZero() throws {
        let header = Array(try tarArchive([("a", [])], modified: Date(timeIntervalSince1970: -5)).prefix(512))
        #expect(Array(header[136..<148]) == Array("00000000000\0".utf8))
    }

    @Test func splitsLongNamesIntoPrefixAndName() throws {
        let directory = String(repeating: "d", count: 150)
        let name = directory + "/" + String(repeating: "n", count: 100)
        let archive = try tarArchive([(name, [1, 2, 3])])
        #expect(Array(archive[0..<100]) == Array(String(repeating: "n", count: 100).utf8))
        #expect(Array(archive[345..<495]) == Array(directory.utf8))
        #expect(try tarContents(of: archive).map(\.entry) == [TarEntry(name: name, size: 3)])
    }

    @Test func keepsNamesOfExactly100BytesWhole() throws {
        let name = "a/" + String(repeating: "x", count: 98)
        let archive = try tarArchive([(name, [])])
        #expect(Array(archive[0..<100]) == Array(name.utf8))
        #expect(archive[345] == 0)
        #expect(try tarContents(of: archive).map(\.entry.name) == [name])
    }

    @Test func takesTheLongestNameUstarCanHold() throws {
        let name = String(repeating: "p", count: 155) + "/" + String(repeating: "n", count: 100)
        #expect(try tarContents(of: try tarArchive([(name, [])])).map(\.entry.name) == [name])
    }

    @Test(arguments: [
        String(repeating: "x", count: 101),  // no slash to split at
        String(repeating: "p", count: 156) + "/n",  // prefix too long
        "p/" + String(repeating: "n", count: 101),  // name part too long
        String(repeating: "p", count: 155) + "/" + String(repeating: "n", count: 101),
    ])
    func refusesNamesTooLongForUstar(name: String) throws {
        let writer = TarWriter { _ in }
        // Error text shows at most the 256 bytes a ustar name can have.
        let shown = name.utf8.count > 256 ? String(name.prefix(256)) + "..." : name
        #expect(throws: TarError.nameTooLong(shown)) {
            try writer.beginFile(name: name, size: 0, modified: tarTestDate)
        }
    }

    @Test(arguments: ["", "/etc/passwd", "../up", "a/../b", "a/./b", "./a", "a//b", "dir/", "a\\b", "a\u{1B}b"])
    func writerRefusesUnsafeNames(name: String) throws {
        let writer = TarWriter { _ in }
        let error = #expect(throws: TarError.self) { try writer.beginFile(name: name, size: 0, modified: tarTestDate) }
        guard case .unsafeName = error else {
            Issue.record("expected unsafeName, got \(String(describing: error))")
            return
        }
    }

    @Test func writerRefusesDuplicateNames() throws {
        let writer = TarWriter { _ in }
        try writer.beginFile(name: "a", size: 0, modified: tarTestDate)
        try writer.endFile()
        #expect(throws: TarError.duplicateName("a")) {
            try writer.beginFile(name: "a", size: 0, modified: tarTestDate)
        }
    }

    @Test func writerRefusesContentOtherThanTheDeclaredSize() throws {
        var output: [UInt8] = []
        let writer = TarWriter { output += $0 }
        try writer.beginFile(name: "a", size: 4, modified: tarTestDate)
        try writer.write([1, 2, 3])
        #expect(throws: TarError.tooLarge("a: more than the 4 bytes declared")) { try writer.write([4, 5]) }
        #expect(throws: TarError.truncated) { try writer.endFile() }
        try writer.write([4])
        try writer.endFile()
        try writer.finish()
        #expect(try tarContents(of: output).map(\.content) == [[1, 2, 3, 4]])
    }

    @Test func writerRefusesSizesOfEightGiBAndMore() throws {
        let writer = TarWriter { _ in }
        try writer.beginFile(name: "max", size: 0o77_777_777_777, modified: tarTestDate)
        let writer2 = TarWriter { _ in }
        #expect(throws: TarError.self) {
            try writer2.beginFile(name: "over", size: 0o100_000_000_000, modified: tarTestDate)
        }
    }

    @Test func passesOnTheSinksError() throws {
        struct Full: Error {}
        let writer = TarWriter { _ in throw Full() }
        #expect(throws: Full.self) { try writer.beginFile(name: "a", size: 0, modified: tarTestDate) }
    }

    @Test func readsNamesWithMultibyteUTF8() throws {
        let files: [(name: String, content: [UInt8])] = [("bijlagen/één.txt", [7]), ("日記/メモ", [8])]
        #expect(try tarContents(of: try tarArchive(files)).map(\.entry.name) == files.map(\.name))
    }

    @Test func enforcesTheEntrySizeLimit() throws {
        let archive = try tarArchive([("small", [1]), ("big", tarTestContent(2000, seed: 0))])
        let limits = TarReader.Limits(maxEntrySize: 1999, maxEntries: 10, maxTotalSize: 10_000)
        let reader = TarReader(source: ArraySource(archive), limits: limits)
        #expect(try reader.next() == TarEntry(name: "small", size: 1))
        #expect(throws: TarError.tooLarge("big: 2000 bytes, over the limit of 1999")) { try reader.next() }
        #expect(throws: TarError.tooLarge("big: 2000 bytes, over the limit of 1999")) { try reader.next() }
        #expect(throws: TarError.tooLarge("big: 2000 bytes, over the limit of 1999")) { try reader.read(upTo: 1) }
        // Exactly at the limit is fine.
        let exact = TarReader.Limits(maxEntrySize: 2000, maxEntries: 2, maxTotalSize: 2001)
        #expect(try tarContents(of: archive, limits: exact).count == 2)
    }

    @Test func enforcesTheEntryCountLimit() throws {
        let archive = try tarArchive((0..<4).map { ("f\($0)", []) })
        let limits = TarReader.Limits(maxEntrySize: 10, maxEntries: 3, maxTotalSize: 10)
        #expect(throws: TarError.tooLarge("more than 3 members")) { try tarContents(of: archive, limits: limits) }
        let enough = TarReader.Limits(maxEntrySize: 10, maxEntries: 4, maxTotalSize: 10)
        #expect(try tarContents(of: archive, limits: enough).count == 4)
    }

    @Test func enforcesTheTotalSizeLimit() throws {
        let archive = try tarArchive([("a", tarTestContent(600, seed: 1)), ("b", tarTestContent(600, seed: 2))])
        let limits = TarReader.Limits(maxEntrySize: 1000, maxEntries: 10, maxTotalSize: 1199)
        #expect(throws: TarError.tooLarge("b: members total over the limit of 1199 bytes")) {
            try tarContents(of: archive, limits: limits)
        }
        let enough = TarReader.Limits(maxEntrySize: 1000, maxEntries: 10, maxTotalSize: 1200)
        #expect(try tarContents(of: archive, limits: enough).count == 2)
    }

    @Test func readsAnEmptyArchive() throws {
        #expect(try tarContents(of: try tarArchive([])).isEmpty)
    }
}
