// VaultParsing: the public door the fuzz harnesses use to the vault's record parsing.
import Foundation
import MeldboekCore
import MeldboekSodium
import Testing

@Suite struct VaultParsingTests {
    static let old = Data(repeating: 0xFF, count: 32)
    static let new = Data(repeating: 0x11, count: 32)

    /// `kind ‖ body`, padded to its bucket as a record is, and opened.
    static func record(_ json: String, kind: UInt8 = 99) throws -> OpenedRecord {
        let plain = [kind] + Array(json.utf8)
        return try #require(VaultParsing.openRecord(
            padded: Padding.pad(plain, blockSize: VaultParsing.recordBucket(for: plain.count))))
    }

    /// The base64 of `data` as the record encoder writes it: "/" escaped.
    static func written(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "/", with: "\\/")
    }

    @Test func relinkingReplacesTheLinkAndNothingElse() throws {
        let original = try Self.record(#"{"a":"x","prev":"\#(Self.written(Self.old))","z":{"b":1}}"#)
        #expect(try original.prev == Self.old)
        let plain = try VaultParsing.relink(original, to: Self.new)
        #expect(plain == [99] + Array(#"{"a":"x","prev":"\#(Self.written(Self.new))","z":{"b":1}}"#.utf8))
    }

    /// Found by FuzzRecordBody (Tests/FuzzCorpus/Regressions/FuzzRecordBody-relink-nested-prev): the one exact
    /// match was in a nested object, the real link written with a space, and the record kept its old link.
    @Test func relinkingRefusesABodyWhoseOnlyExactLinkIsNested() throws {
        let link = Self.written(Self.old)
        let original = try Self.record(#"{"prev" :"\#(link)","z":{"prev":"\#(link)"}}"#)
        #expect(try original.prev == Self.old)
        #expect(throws: MeldboekError.rewriteFailed) { try VaultParsing.relink(original, to: Self.new) }
    }

    @Test func aRecordWithBadPaddingOrNoKindDoesNotOpen() {
        #expect(VaultParsing.openRecord(padded: [0x7B, 0x00]) == nil)
        #expect(VaultParsing.openRecord(padded: [0x80]) == nil)
        #expect(VaultParsing.openRecord(padded: []) == nil)
    }
}
