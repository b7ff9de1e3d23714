// A check-up of what puts a journal at risk on this computer, each finding with what to do about it.
import Foundation
import MeldboekCore

/// One thing `meldboek doctor` looks at.
public enum CheckupItem: String, CaseIterable, Sendable, Codable {
    case vaultPermissions = "vault-permissions"
    case syncService = "sync-service"
    case swap
    case shellHistory = "shell-history"
    case backup
    case recoveryCode = "recovery-code"
    case coreDumps = "core-dumps"
    case clock
}

/// What a check found.
public enum CheckupStatus: String, Sendable, Codable {
    /// Nothing to do.
    case ok
    /// Puts the journal at risk: the finding says how, the advice what to do.
    case risk
    /// Couldn't be determined on this computer; the finding says why.
    case unknown
}

/// One check's result: what was found and, when something is to be done, what.
public struct CheckupFinding: Sendable {
    public let item: CheckupItem
    public let status: CheckupStatus
    public let finding: Localized
    public let advice: Localized?

    public init(_ item: CheckupItem, _ status: CheckupStatus, _ finding: Localized, advice: Localized? = nil) {
        self.item = item
        self.status = status
        self.finding = finding
        self.advice = advice
    }
}

/// Where the check-up reads the computer's state: the real root, or a folder laid out like one in tests.
public struct HostFiles: Sendable {
    /// Prefixed to every absolute system path read (`/proc/swaps`, `/sys/block/...`); empty for the real system.
    public let root: String
    /// The environment: `HOME`, `XDG_*`, `HISTFILE`.
    public let environment: [String: String]

    public init(root: String = "", environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.root = root
        self.environment = environment
    }

    /// The user's home folder.
    public var home: String { environment["HOME"] ?? NSHomeDirectory() }

    /// The text of a system file, or nil when it can't be read.
    func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + path, encoding: .utf8)
    }

    /// The target of a symbolic link under the root, or nil.
    func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: root + path)
    }

    /// The names in a system folder, or none.
    func names(in path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: root + path)) ?? []
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root + path)
    }
}

/// The check-up as a whole.
public struct Checkup: Sendable {
    public let findings: [CheckupFinding]

    public init(_ findings: [CheckupFinding]) {
        self.findings = findings
    }

    /// Whether anything puts the journal at risk: `meldboek doctor` exits with 0 only when not.
    public var isAtRisk: Bool { findings.contains { $0.status == .risk } }

    /// The checks that need no passphrase: the vault's files and folder, the computer and the shell.
    ///
    /// - Parameter inheritedCoreLimit: The core-file size limit the program was started with, before it set its
    ///   own to zero (nil when unknown).
    public static func computerChecks(vault folder: URL, host: HostFiles = HostFiles(),
                                      inheritedCoreLimit: UInt64?) -> [CheckupFinding] {
        [
            VaultFolderCheck(folder: folder).permissions(),
            SyncServiceCheck(folder: folder, host: host).run(),
            SwapCheck(host: host).run(),
            ShellHistoryCheck(host: host).run(),
            CoreDumpCheck(host: host, inheritedLimit: inheritedCoreLimit).run(),
            ClockCheck().run(),
        ]
    }
}

/// The check-up as `meldboek doctor --json` prints it: stable keys, texts in the chosen language.
public struct CheckupDocument: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public let check: String
        public let status: String
        public let finding: String
        public let advice: String?
    }

    public let vault: String
    public let atRisk: Bool
    public let checks: [Item]

    public init(_ checkup: Checkup, vault: URL, language: Language) {
        self.vault = vault.path
        self.atRisk = checkup.isAtRisk
        self.checks = checkup.findings.map {
            Item(check: $0.item.rawValue, status: $0.status.rawValue, finding: $0.finding.text(in: language),
                 advice: $0.advice?.text(in: language))
        }
    }
}
