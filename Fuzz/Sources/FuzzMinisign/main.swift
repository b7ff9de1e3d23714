// minisign public keys and signatures: see MinisignHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

let harness = try! MinisignHarness()
runLibFuzzer { _ = harness.run($0) }
