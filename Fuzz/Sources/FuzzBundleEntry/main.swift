// A bundle's entries/*.json, checked as `adviser import` checks them: see BundleEntryHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

let harness = try! BundleEntryHarness()
runLibFuzzer { _ = harness.run($0) }
