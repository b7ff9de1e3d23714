// Errors only the command line raises, beside the library's.
import Foundation
import MeldboekShare

/// A failure in talking to the user rather than in the journal.
enum CommandError: Error {
    /// `sync join` found only devices of the other kind of vault (a melder's journal when joining as
    /// adviser, or the other way round).
    case syncOtherRole(adviser: Bool)
    /// A confirmation is needed and there is no terminal to ask on.
    case confirmationNeedsTerminal
    /// Arguments that don't fit together, with a translated message.
    case invalidInput(String)
    /// What the command needs is not there (exit code 2), with a translated message.
    case missing(String)
    /// A new recovery code has no terminal to be shown on and no `--recovery-code-out`; `init` also
    /// takes `--no-recovery`, which the hint then names.
    case recoveryCodeNeedsTerminal(offerNone: Bool)
    /// `recovery split` has no terminal to show the shares on and no `--out-dir`.
    case recoverySharesNeedTerminal
    /// `add --editor` came back with nothing written: the user left the editor without writing, as with git's
    /// empty commit message, so nothing is added.
    case editorLeftEmpty
    /// `shares open` refused a bundle: said as the share error, with nothing shown rather than nothing imported.
    case sentBundleRefused(ShareError)
    /// An adviser command found no vault at the adviser's folder.
    case adviserVaultMissing(path: String)
    /// `restore` was pointed at a folder that exists (the default one holds the current vault, most often).
    case restoreTargetExists(path: String)
}
