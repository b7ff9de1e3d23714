// The mounted file systems, from /proc/self/mountinfo.
import Foundation

/// One line of `/proc/self/mountinfo`: where a file system is mounted, its type and where it comes from.
struct Mount: Equatable {
    let point: String
    let type: String
    let source: String

    /// The mounts in a `mountinfo` text (fields 5, and the type and source after the ` - ` separator).
    static func parse(_ table: String) -> [Mount] {
        table.split(separator: "\n").compactMap { line in
            let halves = line.components(separatedBy: " - ")
            guard halves.count == 2 else { return nil }
            let left = halves[0].split(separator: " ")
            let right = halves[1].split(separator: " ")
            guard left.count >= 5, right.count >= 2 else { return nil }
            // The kernel writes a space in a path as \040.
            return Mount(point: String(left[4]).replacingOccurrences(of: "\\040", with: " "),
                         type: String(right[0]), source: String(right[1]))
        }
    }

    /// The mount holding `path`: the one with the longest mount point above it.
    static func holding(_ path: String, in mounts: [Mount]) -> Mount? {
        mounts.filter { $0.point == "/" || path == $0.point || path.hasPrefix($0.point + "/") }
            .max { $0.point.count < $1.point.count }
    }
}

extension HostFiles {
    /// The mount holding `path`, or nil when the mount table can't be read.
    func mount(holding path: String) -> Mount? {
        read("/proc/self/mountinfo").flatMap { Mount.holding(path, in: Mount.parse($0)) }
    }
}
