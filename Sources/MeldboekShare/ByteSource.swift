// Pull-style byte input for the streaming readers (age payloads, tar archives), from memory or a file.
import Foundation
import MeldboekCore
import SystemPackage

/// A source of bytes that a reader pulls from in pieces, so large inputs never sit in memory whole.
public protocol ByteSource {
    /// Reads at most `count` bytes.
    ///
    /// - Returns: Between 1 and `count` bytes, or `[]` once the source is exhausted.
    mutating func read(upTo count: Int) throws -> [UInt8]
}

/// A byte source over an array already in memory.
public struct ArraySource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    /// Creates a source that yields `bytes` and then ends.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Reads the next piece of the array.
    public mutating func read(upTo count: Int) throws -> [UInt8] {
        let end = position + min(max(0, count), bytes.count - position)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}

/// A byte source that reads a file from the start, closing it when released.
public final class FileSource: ByteSource {
    private let path: String
    private let fd: Int32

    /// Opens the file at `path` for reading.
    ///
    /// - Throws: ``MeldboekError/io(path:reason:)`` when it is not a readable ordinary file.
    public init(path: String) throws {
        self.path = path
        fd = try NamedFile.openForReading(path)
    }

    deinit {
        close(fd)
    }

    /// Reads the next piece of the file.
    public func read(upTo count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        do {
            let n = try bytes.withUnsafeMutableBytes { try FileDescriptor(rawValue: fd).read(into: $0) }
            return Array(bytes[0..<n])
        } catch let error as Errno {
            throw MeldboekError.io(path: path, reason: FileProblem(errno: error.rawValue))
        }
    }
}
