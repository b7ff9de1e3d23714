// Reading a whole small member (a manifest, a signature, an entry) at once.
import Foundation

extension TarReader {
    /// Reads the rest of the current member, which must be exactly `size` bytes.
    ///
    /// Only for members already checked against a size limit: the content is held in memory.
    /// - Throws: ``TarError/truncated`` when the member is shorter.
    func readMember(size: UInt64) throws -> Data {
        var data = Data()
        data.reserveCapacity(Int(size))
        while true {
            let piece = try read(upTo: 64 * 1024)
            if piece.isEmpty { break }
            data.append(contentsOf: piece)
        }
        guard UInt64(data.count) == size else { throw TarError.truncated }
        return data
    }
}
