// A device of a synced journal: 16 random bytes, named by their hex in the sync folder.
import Foundation
import MeldboekSodium

/// One device's name in the sync folder: its folder there is these 16 random bytes in lower-case hex.
public struct DeviceID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let bytes: Data

    init?(bytes: Data) {
        guard bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// The id a device folder's name spells, or nil for any other name.
    public init?(folderName: String) {
        guard folderName.count == 32, folderName.allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
              let bytes = try? Encoding.fromHex(folderName)
        else { return nil }
        self.bytes = Data(bytes)
    }

    static func generate() -> DeviceID { DeviceID(bytes: Data(Random.bytes(count: 16)))! }

    /// The folder name: 32 lower-case hex digits.
    public var description: String { Encoding.hex(Array(bytes)) }

    /// The first eight hex digits, enough to tell a journal's devices apart on screen.
    public var short: String { String(description.prefix(8)) }

    public static func < (lhs: DeviceID, rhs: DeviceID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = DeviceID(folderName: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "device id"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
