// What a sync folder brings from another device: a key file, a head's and a segment's plaintext. See SyncHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = SyncHarness.run($0) }
