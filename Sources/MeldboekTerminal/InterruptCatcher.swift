// Ctrl-C while Meldboek reads the terminal: caught, so the read can stop and the terminal be put back.
import Foundation
import MeldboekCore

/// Set by the SIGINT handler; cleared when a catcher is installed.
nonisolated(unsafe) private var interruptReceived: sig_atomic_t = 0
/// The thread that reads the terminal, set before the handler is installed.
nonisolated(unsafe) private var readingThread = pthread_self()

/// Notes Ctrl-C. The kernel may run it on any thread (Dispatch has several), and only the
/// reading thread's `read` returns `EINTR`, so elsewhere it passes the signal on to that thread.
private func noteInterrupt(_: Int32) {
    interruptReceived = 1
    if pthread_equal(pthread_self(), readingThread) == 0 { pthread_kill(readingThread, SIGINT) }
}

/// Turns Ctrl-C into a flag while the current thread reads the terminal.
///
/// Without it, SIGINT ends the process on the spot: a passphrase prompt leaves the
/// terminal with echo off, and an interview can't say that nothing was saved. The
/// handler is installed without `SA_RESTART`, so a blocked `read` returns `EINTR`;
/// the reader then checks ``isInterrupted``. ``restore()`` (or deinit) puts back the
/// disposition that was there before. Install one at a time, on the reading thread.
final class InterruptCatcher {
    private var saved = sigaction()
    private var installed = true

    init() {
        interruptReceived = 0
        readingThread = pthread_self()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = noteInterrupt
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, &saved)
    }

    deinit { restore() }

    /// Whether Ctrl-C was pressed since the catcher was installed.
    var isInterrupted: Bool { interruptReceived != 0 }

    /// Forgets a Ctrl-C that has been dealt with, so the next read waits for input again.
    func acknowledge() {
        interruptReceived = 0
    }

    /// Waits until `fd` has something to read (or is closed); false when Ctrl-C came first.
    ///
    /// Polls in steps of 0.1 s rather than blocking in `read`, so a Ctrl-C that lands
    /// between checking the flag and starting to read is still seen.
    func waitForInput(on fd: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !isInterrupted {
            // -1 is EINTR: look at the flag again. Anything else above 0: let `read` tell what it is.
            if poll(&poller, 1, 100) > 0 { return !isInterrupted }
        }
        return false
    }

    /// Puts back the earlier SIGINT disposition.
    func restore() {
        guard installed else { return }
        installed = false
        sigaction(SIGINT, &saved, nil)
    }
}
