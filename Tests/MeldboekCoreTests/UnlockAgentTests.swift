// The unlock agent's idle times: what `--for` accepts, and how it is printed.
import Foundation
import MeldboekCore
import Testing

@Suite struct UnlockAgentTests {
    @Test(arguments: [
        ("15m", 900.0), ("2h", 7200.0), ("1h30m", 5400.0), ("90s", 90.0), ("10", 600.0), (" 5M ", 300.0), ("12h", 43200.0),
    ])
    func idleTimesThatAreAccepted(text: String, seconds: Double) {
        #expect(UnlockAgent.idleTime(parsing: text) == seconds)
    }

    @Test(arguments: ["", "0", "0m", "12h1s", "13h", "m", "5x", "1h-5m", "1.5h", "-5m", "h5"])
    func idleTimesThatAreRefused(text: String) {
        #expect(UnlockAgent.idleTime(parsing: text) == nil)
    }

    @Test(arguments: [(900.0, "15m"), (5400.0, "1h30m"), (45.0, "45s"), (3600.0, "1h"), (3661.0, "1h1m1s")])
    func idleTimesArePrintedAsTheyAreTyped(seconds: Double, text: String) {
        #expect(UnlockAgent.formatted(idleTime: seconds) == text)
        #expect(UnlockAgent.idleTime(parsing: text) == seconds)
    }
}
