// The ledger cache's plaintext after decryption, read and searched: see LedgerCacheHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = LedgerCacheHarness.run($0) }
