// A bundle's manifest.json, checked as `adviser import` checks it: see BundleManifestHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = BundleManifestHarness.run($0) }
