// Entry ids: random and time-sortable (UUIDv7), so two devices never collide.
import Foundation
import MeldboekSodium

/// The identity of an entry across all its revisions: a UUIDv7.
///
/// The first 48 bits are the creation time in milliseconds, so ids sort by
/// creation; the other 74 bits are random. Ids never appear in clear in the
/// vault (they would reveal when entries were written).
public struct EntryID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let uuid: UUID

    public init(uuid: UUID) {
        self.uuid = uuid
    }

    /// A new id for an entry created at `now`.
    public static func generate(now: Date = Date()) -> EntryID {
        var bytes = Random.bytes(count: 16)
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        for i in 0..<6 {
            bytes[i] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - UInt64(i))))
        }
        bytes[6] = 0x70 | (bytes[6] & 0x0F)
        bytes[8] = 0x80 | (bytes[8] & 0x3F)
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return EntryID(uuid: uuid)
    }

    /// The id in lower-case canonical form.
    public var description: String {
        let hex = hexDigits
        var text = ""
        text.reserveCapacity(36)
        for (index, character) in hex.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append("-") }
            text.append(character)
        }
        return text
    }

    /// The 16 bytes, in order.
    var bytes: [UInt8] { withUnsafeBytes(of: uuid.uuid) { Array($0) } }

    /// The last eight hex digits: random, so short ids of entries written close together differ.
    public var short: String { String(description.suffix(8)) }

    /// The hex digits without dashes, for matching parts of an id.
    var hexDigits: String { Encoding.hex(bytes) }

    /// Byte order, which is the order of the canonical text and, for UUIDv7, of creation.
    public static func < (lhs: EntryID, rhs: EntryID) -> Bool {
        withUnsafeBytes(of: lhs.uuid.uuid) { left in
            withUnsafeBytes(of: rhs.uuid.uuid) { right in
                memcmp(left.baseAddress!, right.baseAddress!, 16) < 0
            }
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UUID"))
        }
        self.uuid = uuid
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
