// Temporary folders and vaults for tests, with the fast test KDF.
import Foundation
import MeldboekCore
import MeldboekSodium

/// A private temporary folder, removed by `remove()`.
public struct TemporaryFolder: Sendable {
    public let url: URL

    public init(_ label: String = "meldboek-test") throws {
        var template = Array("\(NSTemporaryDirectory())/\(label)-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw MeldboekError.io(path: NSTemporaryDirectory(), reason: FileProblem(errno: errno))
        }
        url = URL(fileURLWithPath: String(cString: template.withUnsafeBufferPointer { $0.baseAddress! }))
    }

    public func appending(_ name: String) -> URL { url.appendingPathComponent(name) }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Vaults for tests: created with libsodium's minimum Argon2id cost, so tests stay fast.
public enum TestVault {
    public static let passphrase = "correct horse battery staple"

    public static func secret(_ text: String = passphrase) -> SecureBytes {
        // A test passphrase that can't be copied into sodium memory is a broken test machine.
        try! SecureBytes(copying: Array(text.utf8))
    }

    /// Points this test process's XDG state folder (where journals keep the last head seen)
    /// at a temporary folder, so library tests leave nothing in the real home folder.
    private static let stateFolder: Void = {
        if let folder = try? TemporaryFolder("meldboek-state") { setenv("XDG_STATE_HOME", folder.url.path, 1) }
    }()

    /// Call before writing to a vault through the library in a test (the journal records the head it saw).
    public static func keepStateOutOfHome() { _ = stateFolder }

    /// A new unlocked vault in a new temporary folder.
    public static func create(passphrase: String = passphrase, role: VaultRole = .melder) throws
        -> (journal: Journal, folder: TemporaryFolder)
    {
        let folder = try TemporaryFolder()
        keepStateOutOfHome()
        let journal = try Vault.create(
            at: folder.appending("vault"), passphrase: secret(passphrase), cost: .minimum, role: role)
        return (journal, folder)
    }
}
