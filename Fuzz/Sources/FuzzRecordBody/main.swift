// A vault record's plaintext after decryption, opened, decoded and relinked: see RecordBodyHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = RecordBodyHarness.run($0) }
