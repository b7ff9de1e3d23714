// Contact cards, as pasted by a user or read from a bundle: see CardHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = CardHarness.run($0) }
