// swift-tools-version:6.1
// libFuzzer targets for every parser that reads outside input, and the vault's own
// parsers of decrypted data. Each is one line: what it does with an input lives in
// MeldboekFuzzHarness (in the main package), which FuzzCorpusTests calls too. Build
// and run them with scripts/fuzz, which passes -sanitize=fuzzer (and with --asan
// -sanitize=fuzzer,address) to every target, so the parsers under test are
// instrumented too; a plain `swift build` here does not link.
import Foundation
import PackageDescription

/// The main package is `..`; SwiftPM names a path dependency after its folder, whatever the clone is called.
let meldboek = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let targets = [
    "FuzzAge", "FuzzTar", "FuzzBundleManifest", "FuzzBundleEntry", "FuzzMinisign", "FuzzReceipt", "FuzzCard",
    "FuzzRecordBody", "FuzzLedgerCache", "FuzzSignedNote", "FuzzTimestampReply", "FuzzOpenTimestamps", "FuzzSyncFolder",
]

let package = Package(
    name: "MeldboekFuzz",
    products: targets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(path: "..")],
    targets: [.target(name: "FuzzDriver")] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzDriver",
                .product(name: "MeldboekFuzzHarness", package: meldboek),
            ],
            path: "Sources/\(name)")
    }
)
