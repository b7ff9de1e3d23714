// Contact cards (`meldboek-card:1:age1...:RW...`), as pasted by a user or read from a bundle.
import Foundation
import FuzzDriver
import MeldboekShare

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCard(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let card = try? Card(text) {
        // A card that parses must print back to one that parses the same.
        precondition((try? Card(card.text)) == card, "a parsed card does not round-trip")
    }
    _ = try? AgeRecipient(string: text)
    return 0
}

runLibFuzzer(fuzzCard)
