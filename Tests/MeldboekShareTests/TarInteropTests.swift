// Interop with GNU tar: it lists and extracts our archives, and we read what `tar --format=ustar` writes.
import Foundation
import MeldboekShare
import Testing

private let tarPath = "/usr/bin/tar"

/// Runs GNU tar with a fixed locale and time zone; returns its exit status and output.
private func tar(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tarPath)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["LC_ALL": "C", "TZ": "UTC", "PATH": "/usr/bin:/bin"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A fresh temporary directory, removed by the caller.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tar-interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: tarPath), "GNU tar is not installed at /usr/bin/tar"))
struct TarInteropTests {
    let longName = String(repeating: "d", count: 120) + "/" + String(repeating: "n", count: 90)
    var files: [(name: String, content: [UInt8])] {
        [
            ("manifest.json", Array("{\"version\":1}\n".utf8)),
            ("entries/empty.json", []),
            ("entries/block.json", tarTestContent(512, seed: 1)),
            ("attachments/0123abcd", tarTestContent(100 * 1024 + 1, seed: 2)),
            (longName, tarTestContent(513, seed: 3)),
        ]
    }

    @Test func gnuTarListsAndExtractsOurArchive() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let archive = directory.appendingPathComponent("bundle.tar")
        try Data(try tarArchive(files)).write(to: archive)

        let listing = try tar(["-tvf", archive.path])
        #expect(listing.status == 0, "\(listing.output)")
        let lines = listing.output.split(separator: "\n")
        #expect(lines.count == files.count)
        for (line, file) in zip(lines, files) {
            // "-rw-r--r-- 0/0  14 2023-11-14 22:13 manifest.json"
            let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            #expect(fields == ["-rw-r--r--", "0/0", "\(file.content.count)", "2023-11-14", "22:13", file.name])
        }

        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let extraction = try tar(["-xf", archive.path, "-C", out.path])
        #expect(extraction.status == 0, "\(extraction.output)")
        for file in files {
            let path = out.appendingPathComponent(file.name).path
            #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == file.content, "\(file.name)")
            let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
            #expect(modified == tarTestDate)
        }
    }

    @Test func readsWhatGnuTarWritesInUstarFormat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in")
        for file in files {
            let url = input.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.content).write(to: url)
        }
        let archive = directory.appendingPathComponent("gnu.tar")
        // Regular files only: name them, so tar adds no directory members.
        let creation = try tar(["--format=ustar", "-cf", archive.path] + files.map(\.name), in: input)
        #expect(creation.status == 0, "\(creation.output)")

        let bytes = [UInt8](try Data(contentsOf: archive))
        #expect(bytes.count % 10_240 == 0)  // GNU pads to whole records; the reader must accept that.
        let members = try tarContents(of: try FileSource(path: archive.path), piece: 4096)
        #expect(members.map(\.entry) == files.map { TarEntry(name: $0.name, size: UInt64($0.content.count)) })
        #expect(members.map(\.content) == files.map(\.content))
    }

    @Test func refusesDirectoriesAndSymlinksFromGnuTar() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("link").path, withDestinationPath: "/etc/passwd")

        let withDirectory = directory.appendingPathComponent("dir.tar")
        #expect(try tar(["--format=ustar", "-cf", withDirectory.path, "sub"], in: input).status == 0)
        #expect(throws: TarError.unsupportedType("directory")) {
            try tarContents(of: [UInt8](try Data(contentsOf: withDirectory)))
        }
        let withLink = directory.appendingPathComponent("link.tar")
        #expect(try tar(["--format=ustar", "-cf", withLink.path, "link"], in: input).status == 0)
        #expect(throws: TarError.unsupportedType("symbolic link")) {
            try tarContents(of: [UInt8](try Data(contentsOf: withLink)))
        }
    }

    @Test func refusesGnuTarsOwnFormat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("x".utf8).write(to: directory.appendingPathComponent("x"))
        let archive = directory.appendingPathComponent("gnu.tar")
        #expect(try tar(["--format=gnu", "-cf", archive.path, "x"], in: directory).status == 0)
        #expect(throws: TarError.malformedHeader("not a POSIX ustar header (magic)")) {
            try tarContents(of: [UInt8](try Data(contentsOf: archive)))
        }
    }
}
