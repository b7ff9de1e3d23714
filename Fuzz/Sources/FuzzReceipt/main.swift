// Receipts (a tar of receipt.json and its minisign signature), imported into a melder's vault.
import Foundation
import FuzzDriver
import MeldboekCore
import MeldboekShare
import MeldboekSodium

/// One melder vault for the whole run, at the minimum key-derivation cost.
nonisolated(unsafe) let journal: Journal = {
    let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("meldboek-fuzz-\(getpid())")
    return try! Vault.create(
        at: folder, passphrase: try! SecureBytes(copying: Array("fuzz".utf8)), cost: .minimum, role: .melder)
}()

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReceipt(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? Receipt.importReceipt(Data(UnsafeBufferPointer(start: data, count: size)), into: journal)
    return 0
}

runLibFuzzer(fuzzReceipt)
