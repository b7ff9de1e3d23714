// age files, header and payload, as a bundle arrives: see AgeHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

let harness = try! AgeHarness()
runLibFuzzer { _ = harness.run($0) }
