// What a sync did and found, for the command line to print.
import Foundation
import MeldboekCore

/// Something in the sync folder that was not taken in, and why. Never an error: the rest is exchanged.
public enum SyncNotice: Equatable, Sendable {
    /// A file that no device of this journal wrote under that name (a sync engine's conflict copy, a partial
    /// or temporary file, anything put there by hand): left alone, never read.
    case ignoredFile(path: String)
    /// A device whose head doesn't open with this journal's key: damaged, altered, or another journal's.
    case unreadableHead(device: DeviceID)
    /// A device whose chain is shorter than what was taken in before: its folder went back to an older copy.
    case wentBack(device: String, had: Int64, found: Int64)
    /// A device whose chain no longer passes through what was taken in before: rewritten, not appended to.
    case historyChanged(device: String)
    /// A segment or attachment file of a device that doesn't match its head or doesn't open.
    case damagedFile(device: String, file: String)
    /// Files a device's head lists that have not arrived yet: its newer items wait for the next sync.
    case waiting(device: String, files: Int)
    /// Versions of an entry written apart on two devices: both are kept, the entry shows a fork.
    case fork(entry: EntryID, title: String, versions: Int)
}

/// What one exchange did.
public struct SyncReport: Equatable, Sendable {
    /// Per other device: its name (with its id, as names can repeat) and how many of its records and
    /// deletions were taken in.
    public var imported: [(device: String, items: Int)] = []
    /// How many entries deletions from other devices removed here.
    public var deletionsApplied = 0
    /// How many of this device's items were written to the folder.
    public var exported = 0
    /// Whether this device's files were rewritten without the content of deleted entries.
    public var compacted = false
    public var notices: [SyncNotice] = []

    public static func == (lhs: SyncReport, rhs: SyncReport) -> Bool {
        lhs.imported.map(\.device) == rhs.imported.map(\.device) && lhs.imported.map(\.items) == rhs.imported.map(\.items)
            && lhs.deletionsApplied == rhs.deletionsApplied && lhs.exported == rhs.exported
            && lhs.compacted == rhs.compacted && lhs.notices == rhs.notices
    }
}

/// One device of the journal as the folder shows it, for `sync status` and `verify`.
public struct DeviceCondition: Equatable, Sendable {
    public enum Chain: Equatable, Sendable {
        /// Every item from 1 to the head is there, opens, and links to the head.
        case intact
        /// The head lists files that have not arrived yet.
        case incomplete(missingFiles: Int)
        /// The head doesn't open, a file doesn't match it, or the chain doesn't end in it.
        case damaged
    }

    public var device: DeviceID
    /// The device's name, or nil when its head doesn't open.
    public var name: String?
    public var isThisDevice: Bool
    /// Items in its chain (what its head says).
    public var items: Int64
    /// Items of its chain taken into this vault (this device: the items it wrote).
    public var taken: Int64
    public var writtenAt: Date?
    public var chain: Chain
}
