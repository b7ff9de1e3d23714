// A buffered reader over a ByteSource: the age header parser takes lines, the STREAM reader chunks.

/// A buffered reader over a byte source: the header parser takes lines, the STREAM reader chunks.
///
/// It keeps at most what one request needs plus one read from the source.
final class ByteReader {
    /// How a line read ended.
    enum Line {
        /// A line, without its LF.
        case line([UInt8])
        /// The input ended before an LF; the bytes seen since the last LF, maybe none.
        case end([UInt8])
        /// No LF within the allowed length.
        case tooLong
    }

    private static let readSize = 64 * 1024

    private var source: any ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(_ source: any ByteSource) {
        self.source = source
    }

    private var buffered: Int { buffer.count - start }

    /// Reads from the source until `count` bytes are buffered or the input ends.
    private func fill(_ count: Int) throws {
        while buffered < count && !atEnd {
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let more = try source.read(upTo: max(count - buffered, Self.readSize))
            if more.isEmpty {
                atEnd = true
            } else {
                buffer.append(contentsOf: more)
            }
        }
    }

    /// Returns up to `count` next bytes without consuming them; fewer only at the end of input.
    func peek(_ count: Int) throws -> ArraySlice<UInt8> {
        try fill(count)
        return buffer[start..<(start + min(count, buffered))]
    }

    /// Consumes and returns up to `count` bytes; fewer only at the end of input.
    func read(upTo count: Int) throws -> [UInt8] {
        try fill(count)
        let take = min(count, buffered)
        defer { start += take }
        return Array(buffer[start..<(start + take)])
    }

    /// Whether the input has no more bytes.
    func isAtEnd() throws -> Bool {
        try fill(1)
        return buffered == 0
    }

    /// Consumes one line of at most `maxLength` bytes before its LF.
    func readLine(maxLength: Int) throws -> Line {
        var searched = 0
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                guard newline - start <= maxLength else { return .tooLong }
                defer { start = newline + 1 }
                return .line(Array(buffer[start..<newline]))
            }
            searched = buffered
            guard searched <= maxLength else { return .tooLong }
            if atEnd {
                defer { start = buffer.count }
                return .end(Array(buffer[start...]))
            }
            try fill(buffered + 1)
        }
    }
}
