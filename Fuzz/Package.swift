// swift-tools-version:6.1
// libFuzzer targets for every parser that reads outside input. Build and run them
// with scripts/fuzz, which passes -sanitize=fuzzer to every target (so the parsers
// under test are instrumented too); a plain `swift build` here does not link.
import Foundation
import PackageDescription

/// The main package is `..`; SwiftPM names a path dependency after its folder, whatever the clone is called.
let meldboek = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let targets = ["FuzzAge", "FuzzTar", "FuzzBundleJSON", "FuzzMinisign", "FuzzReceipt", "FuzzCard"]

let package = Package(
    name: "MeldboekFuzz",
    products: targets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(path: "..")],
    targets: [.target(name: "FuzzDriver")] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzDriver",
                .product(name: "MeldboekShare", package: meldboek),
                .product(name: "MeldboekCore", package: meldboek),
                .product(name: "MeldboekSodium", package: meldboek),
            ],
            path: "Sources/\(name)")
    }
)
