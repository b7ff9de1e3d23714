// Signed notes, checkpoints, tlog-proofs, verifier keys and disclosures: see SignedNoteHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

let harness = try! SignedNoteHarness()
runLibFuzzer { _ = harness.run($0) }
