// Timestamp authority replies checked against one fixed request: see TimestampReplyHarness.
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = TimestampReplyHarness.run($0) }
