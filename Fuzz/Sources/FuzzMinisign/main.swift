// minisign public keys and signatures: the first line picks what is parsed.
import Foundation
import FuzzDriver
import MeldboekShare
import MeldboekSodium

/// The key of the seed corpus (Tests/FuzzCorpus/FuzzMinisign/key.pub), so seeded signatures reach verification.
nonisolated(unsafe) let publicKey = try! MinisignPublicKey(base64: "RWTxPpI5jouggCbiIX2O6/ST5vHGMIpe0er8gOBDSesGBI2A5qGuhdA4")

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMinisign(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    _ = try? MinisignPublicKey(fileText: text)
    _ = try? MinisignPublicKey(base64: text)
    _ = try? Minisign.verify(signature: text, message: Array("manifest".utf8), publicKey: publicKey)
    _ = try? Minisign.verify(signature: text, prehash: Minisign.prehash(bytes), publicKey: publicKey)
    return 0
}

runLibFuzzer(fuzzMinisign)
