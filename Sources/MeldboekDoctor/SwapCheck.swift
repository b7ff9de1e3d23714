// Whether swap space is encrypted: the kernel may write any program's memory, decrypted entries included, to it.
import Foundation
import MeldboekCore

/// Reads `/proc/swaps` and, for each swap area, the device-mapper stack under it in `/sys`.
struct SwapCheck {
    let host: HostFiles

    /// How one swap area keeps what is written to it.
    enum Area: Equatable {
        /// Compressed memory (zram): never reaches a disk.
        case memory
        /// On a dm-crypt device, or a file on a file system on one.
        case encrypted
        /// On a plain partition or a file on a plain file system.
        case plain
        /// Not determinable from `/sys`.
        case unknown
    }

    func run() -> CheckupFinding {
        guard let table = host.read("/proc/swaps") else {
            return CheckupFinding(.swap, .unknown, .doctorSwapUnreadable)
        }
        let areas = Self.areas(table)
        if areas.isEmpty { return CheckupFinding(.swap, .ok, .doctorSwapNone) }
        let kinds = areas.map { classify(name: $0.name, type: $0.type) }
        let plain = zip(areas, kinds).filter { $0.1 == .plain }.map(\.0.name)
        if !plain.isEmpty {
            return CheckupFinding(.swap, .risk, .doctorSwapPlain(plain), advice: .doctorSwapAdvice)
        }
        let unknown = zip(areas, kinds).filter { $0.1 == .unknown }.map(\.0.name)
        if !unknown.isEmpty {
            return CheckupFinding(.swap, .unknown, .doctorSwapUnknown(unknown), advice: .doctorSwapAdvice)
        }
        return CheckupFinding(.swap, .ok, .doctorSwapEncrypted)
    }

    /// The swap areas listed in `/proc/swaps` (a heading line, then name, type, size, used, priority).
    static func areas(_ table: String) -> [(name: String, type: String)] {
        table.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2 else { return nil }
            // The kernel writes a space in a name as \040.
            return (String(fields[0]).replacingOccurrences(of: "\\040", with: " "), String(fields[1]))
        }
    }

    func classify(name: String, type: String) -> Area {
        if type == "partition" {
            guard let device = blockDevice(named: name) else { return .unknown }
            if device.hasPrefix("zram") { return .memory }
            return isEncrypted(device) ? .encrypted : .plain
        }
        // A swap file: the file system's device, from the mount table.
        guard let source = host.mount(holding: name)?.source else { return .unknown }
        guard let device = blockDevice(named: source) else { return .unknown }
        return isEncrypted(device) ? .encrypted : .plain
    }

    /// `dm-3` for `/dev/dm-3`, `/dev/mapper/cryptswap` (a link to `../dm-3`) or `sda2` for `/dev/sda2`.
    func blockDevice(named path: String) -> String? {
        guard path.hasPrefix("/dev/") else { return nil }
        var name = String(path.dropFirst("/dev/".count))
        if let target = host.linkTarget(path) { name = (target as NSString).lastPathComponent }
        guard !name.contains("/") else { return nil }
        if host.exists("/sys/class/block/" + name) || host.exists("/sys/block/" + name) { return name }
        return nil
    }

    /// Whether `device` is a dm-crypt mapping or stacked on one (LVM on LUKS), following `slaves/`.
    func isEncrypted(_ device: String, depth: Int = 0) -> Bool {
        guard depth < 8 else { return false }
        if let uuid = host.read("/sys/block/\(device)/dm/uuid"), uuid.hasPrefix("CRYPT-") { return true }
        return host.names(in: "/sys/block/\(device)/slaves").contains { isEncrypted($0, depth: depth + 1) }
    }
}
