// The hash chain of one device's items in the sync folder.
import Foundation
import MeldboekSodium

/// Links one device's items in the order it wrote them, as the vault's chain links its records:
///
///     h₀ = BLAKE2b-256("meldboek/v1/sync-chain-start" ‖ device id)
///     hₙ = BLAKE2b-256("meldboek/v1/sync-chain" ‖ hₙ₋₁ ‖ n (u64 big-endian) ‖ digestₙ)
///
/// An item's digest stays when compaction takes its content out, so the chain still checks.
enum SyncChain {
    static func start(_ device: DeviceID) -> Data {
        Data(BLAKE2b.hash(Array("meldboek/v1/sync-chain-start".utf8) + Array(device.bytes)))
    }

    static func link(_ previous: Data, n: Int64, digest: Data) -> Data {
        var input = Array("meldboek/v1/sync-chain".utf8) + Array(previous)
        withUnsafeBytes(of: UInt64(bitPattern: n).bigEndian) { input += $0 }
        return Data(BLAKE2b.hash(input + Array(digest)))
    }
}
