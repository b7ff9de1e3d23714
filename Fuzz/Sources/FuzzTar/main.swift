// The bundle's tar reader, on arbitrary bytes: see TarHarness.
import Foundation
import FuzzDriver
import MeldboekFuzzHarness

runLibFuzzer { _ = TarHarness.run($0) }
