// Whether the vault lies in a folder a sync service copies: a live database copied while open can arrive
// half-written on the other side, and the service keeps old versions of it.
import Foundation
import MeldboekCore

/// Looks for the marks sync services leave in the folders they copy, and for Syncthing's own list of folders.
struct SyncServiceCheck {
    let folder: URL
    let host: HostFiles

    /// A file or folder a sync service keeps at the top of each folder it copies.
    struct Mark: Sendable {
        let service: String
        let matches: @Sendable (String) -> Bool
    }

    static let marks: [Mark] = [
        Mark(service: "Syncthing") { $0 == ".stfolder" },
        Mark(service: "Dropbox") { $0 == ".dropbox" || $0 == ".dropbox.cache" },
        Mark(service: "Nextcloud / ownCloud") {
            ($0.hasPrefix(".sync_") || $0.hasPrefix("._sync_")) && $0.hasSuffix(".db")
                || $0 == ".owncloudsync.log" || $0 == ".nextcloudsync.log"
        },
        Mark(service: "MEGA") { $0 == ".megaignore" || $0 == ".debris" },
    ]

    /// File systems on which a live SQLite database is copied elsewhere or locked unreliably.
    static let remoteFileSystems: Set<String> = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs",
                                                  "fuse.rclone", "fuse.gcsfuse", "fuse.s3fs", "davfs", "fuse.davfs2"]

    func run() -> CheckupFinding {
        let path = folder.standardizedFileURL.resolvingSymlinksInPath().path
        if let (service, root) = markedFolder(above: path) ?? syncthingFolder(holding: path) {
            return CheckupFinding(.syncService, .risk, .doctorSyncService(service, root), advice: .doctorSyncAdvice)
        }
        if let type = host.mount(holding: path)?.type, Self.remoteFileSystems.contains(type) {
            return CheckupFinding(.syncService, .risk, .doctorRemoteFileSystem(type), advice: .doctorSyncAdvice)
        }
        return CheckupFinding(.syncService, .ok, .doctorSyncNone)
    }

    /// The service whose mark is in `path` or a folder above it, and that folder.
    func markedFolder(above path: String) -> (String, String)? {
        var current = path
        while true {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: current)) ?? []
            for mark in Self.marks where names.contains(where: mark.matches) { return (mark.service, current) }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || current == "/" { return nil }
            current = parent
        }
    }

    /// The Syncthing folder holding `path`, from Syncthing's configuration (`<folder ... path="...">`).
    func syncthingFolder(holding path: String) -> (String, String)? {
        let home = host.home
        let config = host.environment["XDG_CONFIG_HOME"] ?? home + "/.config"
        let state = host.environment["XDG_STATE_HOME"] ?? home + "/.local/state"
        for file in [config + "/syncthing/config.xml", state + "/syncthing/config.xml"] {
            guard let xml = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for root in Self.folderPaths(inSyncthingConfig: xml, home: home) {
                // As the vault's path: `//` collapsed, links followed, no trailing slash.
                let root = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
                if path == root || path.hasPrefix(root + "/") { return ("Syncthing", root) }
            }
        }
        return nil
    }

    /// The `path` attributes of the `<folder>` elements in a Syncthing `config.xml` (outside `<defaults>`), `~` expanded.
    static func folderPaths(inSyncthingConfig xml: String, home: String) -> [String] {
        var paths: [String] = []
        // `<defaults>` holds the template for new folders (path "~"), not a folder that is synced.
        var xml = xml
        while let start = xml.range(of: "<defaults>"), let end = xml.range(of: "</defaults>", range: start.upperBound..<xml.endIndex) {
            xml.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var rest = xml[...]
        while let start = rest.range(of: "<folder ") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: ">") else { break }
            let element = rest[..<end]
            if let attribute = element.range(of: " path=\"") ?? element.range(of: "\tpath=\""),
               let close = element[attribute.upperBound...].firstIndex(of: "\"") {
                var value = String(element[attribute.upperBound..<close])
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&apos;", with: "'")
                if value == "~" || value.hasPrefix("~/") { value = home + value.dropFirst() }
                paths.append(value)
            }
            rest = rest[end...]
        }
        return paths
    }
}
