// OpenTimestamps proofs read for one fixed file digest: see OpenTimestampsHarness.
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = OpenTimestampsHarness.run($0) }
