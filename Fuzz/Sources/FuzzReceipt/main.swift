// Receipts imported into a melder's vault (one for the whole run): see ReceiptHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

let harness = try! ReceiptHarness(
    vaultAt: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("meldboek-fuzz-\(getpid())"))
runLibFuzzer { _ = harness.run($0) }
