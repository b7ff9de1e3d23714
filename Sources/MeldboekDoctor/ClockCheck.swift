// Whether the system clock is kept synchronised: it gives every record its recorded-at time.
import CMeldboekPlatform
import MeldboekCore

/// Asks the kernel (adjtimex, read only) whether a time service keeps the clock synchronised.
struct ClockCheck {
    func run() -> CheckupFinding {
        switch meldboek_clock_synchronised() {
        case 1: CheckupFinding(.clock, .ok, .doctorClockSynchronised)
        case 0: CheckupFinding(.clock, .risk, .doctorClockUnsynchronised, advice: .doctorClockAdvice)
        default: CheckupFinding(.clock, .unknown, .doctorClockUnknown)
        }
    }
}
