// The one output policy, at its root: a new file, 0600, complete or absent, and never in place of anything.
import Foundation
import MeldboekCore
import MeldboekTestSupport
import Testing

@Suite struct AtomicFileWriterTests {
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode
    }

    @Test func writesANewPrivateFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.appending("out.txt")
        try PrivateFiles.write(Data("hello".utf8), to: out)
        #expect(try Data(contentsOf: out) == Data("hello".utf8))
        #expect(Self.mode(out.path).map { $0 & 0o7777 } == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.txt"])
    }

    /// Something that takes the name while the file is being written (a file, a link to another file, a link to
    /// nothing) is left as it is: the writer fails and leaves no temporary file behind.
    @Test(arguments: ["file", "link", "dangling link"])
    func somethingThatTakesTheNameMeanwhileIsKept(_ kind: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.appending("out.txt")
        let other = folder.appending("other.txt")
        try Data("other".utf8).write(to: other)
        let writer = try AtomicFileWriter(destination: out)
        try writer.write(Data("secret key".utf8))
        switch kind {
        case "file": try Data("mine".utf8).write(to: out)
        case "link": try FileManager.default.createSymbolicLink(at: out, withDestinationURL: other)
        default: try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: folder.appending("none").path)
        }
        #expect(throws: MeldboekError.fileExists(path: out.path)) { try writer.commit() }
        switch kind {
        case "file": #expect(try Data(contentsOf: out) == Data("mine".utf8))
        case "link": #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out.path) == other.path)
        default: #expect(!FileManager.default.fileExists(atPath: folder.appending("none").path))
        }
        #expect(try Data(contentsOf: other) == Data("other".utf8))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path)) == ["out.txt", "other.txt"])
    }

    @Test func aNameThatIsTakenIsRefusedAtTheStart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.appending("out.txt")
        try FileManager.default.createSymbolicLink(atPath: out.path, withDestinationPath: folder.appending("none").path)
        #expect(throws: MeldboekError.fileExists(path: out.path)) { try AtomicFileWriter(destination: out) }
        #expect(throws: MeldboekError.fileExists(path: out.path)) { try PrivateFiles.write(Data(), to: out) }
    }

    @Test func aMissingFolderSaysSoInWords() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.appending("nowhere/out.txt")
        #expect(throws: MeldboekError.io(path: folder.appending("nowhere").path, reason: .notFound)) {
            try PrivateFiles.write(Data(), to: out)
        }
    }
}
