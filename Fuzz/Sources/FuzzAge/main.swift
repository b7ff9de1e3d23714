// age files, header and payload, as a bundle arrives: decrypted with an X25519 and a scrypt identity.
import Foundation
import FuzzDriver
import MeldboekShare
import MeldboekSodium

/// Fixed identities, so stanzas made for them in the seed corpus open and the payload is reached.
nonisolated(unsafe) let identities: [any AgeIdentityProtocol] = [
    try! AgeIdentity(string: "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"),
    ScryptPassphrase(try! SecureBytes(copying: Array("password".utf8))),
]

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAge(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = ArraySource(Array(UnsafeBufferPointer(start: data, count: size)))
    guard let reader = try? AgeReader(source: source, identities: identities) else { return 0 }
    while let piece = try? reader.read(upTo: 65536), !piece.isEmpty {}
    return 0
}

runLibFuzzer(fuzzAge)
