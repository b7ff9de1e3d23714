// swift-tools-version:6.1
// Meldboek: an offline-first, encrypted personal journal for people who meet
// unwanted behaviour at work, with signed, encrypted sharing to an adviser.
import PackageDescription

let package = Package(
    name: "Meldboek",
    products: [
        .executable(name: "meldboek", targets: ["meldboek"]),
        .library(name: "MeldboekCore", targets: ["MeldboekCore"]),
        .library(name: "MeldboekTerminal", targets: ["MeldboekTerminal"]),
        // For the fuzz targets in Fuzz/, which build them with coverage instrumentation.
        .library(name: "MeldboekShare", targets: ["MeldboekShare"]),
        .library(name: "MeldboekSodium", targets: ["MeldboekSodium"]),
        .library(name: "MeldboekEvidence", targets: ["MeldboekEvidence"]),
        .library(name: "MeldboekFuzzHarness", targets: ["MeldboekFuzzHarness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Only to check a timestamp authority's reply (RFC 3161): DER, X.509 chains, RSA and ECDSA,
        // which libsodium lacks. Everything Meldboek signs or seals itself stays libsodium's.
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // FileDescriptor: whole-buffer reads and writes that retry on EINTR, instead of loops of our own.
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // libsodium, found with pkg-config. Only MeldboekSodium imports it.
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // The one small, safe Swift face of libsodium: keys, nonces, sealed boxes.
        .target(
            name: "MeldboekSodium",
            dependencies: ["CSodium"]
        ),
        // The journal: vault, entries, revisions, the hash chain, attachments, dates and statistics.
        // It knows no agent: a second witness of the chain head is registered from outside (HeadWitness).
        // It writes nothing for people to read: that is MeldboekText's and MeldboekInterview's.
        .target(
            name: "MeldboekCore",
            dependencies: [
                "MeldboekSodium",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The journal written for people: entries for show, list and the Markdown export, statistics,
        // text from outside made visible (OutsideText), Markdown escaping, and the labels they use.
        .target(
            name: "MeldboekText",
            dependencies: ["MeldboekCore"]
        ),
        // The guided interview behind add and amend: its questions and answers, on any Conversation.
        // The kept draft it resumes from (InterviewDraft) is journal data and stays in MeldboekCore.
        .target(
            name: "MeldboekInterview",
            dependencies: ["MeldboekCore", "MeldboekText"]
        ),
        // prctl, glibc's posix_spawn extensions and adjtimex, which Swift can't call directly. Only
        // MeldboekTerminal, MeldboekDoctor and the test support import it.
        .target(name: "CMeldboekPlatform"),
        // The terminal: passphrase sources and prompts, the interview's terminal, the editor session,
        // Ctrl-C handling and start-up hardening. Everything that talks to a person through a tty.
        .target(
            name: "MeldboekTerminal",
            dependencies: [
                "MeldboekCore", "MeldboekSodium", "MeldboekInterview", "CMeldboekPlatform",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The unlock agent: the process that holds one vault's key for a while, its socket, and the
        // client side the command line asks for the key, the status, a lock, or the last head seen.
        .target(
            name: "MeldboekAgent",
            dependencies: ["MeldboekCore", "MeldboekSodium", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // The check-up (`meldboek doctor`): what on this computer puts a journal at risk, and what to do.
        .target(
            name: "MeldboekDoctor",
            dependencies: ["MeldboekCore", "CMeldboekPlatform"]
        ),
        // zlib, only to inflate the compressed age test vectors.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Evidence: field commitments, the Merkle log (RFC 9162), checkpoints and cosignatures
        // (C2SP signed notes), RFC 3161 timestamps and OpenTimestamps proofs, evidence folders.
        .target(
            name: "MeldboekEvidence",
            dependencies: [
                "MeldboekCore",
                "MeldboekSodium",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Sharing: age, ustar and minisign built on libsodium, bundles, receipts, the adviser's cases.
        .target(
            name: "MeldboekShare",
            dependencies: [
                "MeldboekCore", "MeldboekSodium", "MeldboekEvidence",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Backups: a consistent snapshot of a vault as one age file (scrypt or X25519), padded, and read back strictly.
        // Sync between a journal's devices through a folder any file-sync tool copies (Syncthing, a USB stick):
        // per-device key files, heads and immutable sealed segments, taken in as a union.
        .target(
            name: "MeldboekSync",
            dependencies: ["MeldboekCore", "MeldboekSodium", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "MeldboekBackup",
            dependencies: ["MeldboekCore", "MeldboekShare", "MeldboekSodium"]
        ),
        // Reports: entries in time order with a time line and people table, as HTML or Markdown.
        .target(
            name: "MeldboekReport",
            dependencies: ["MeldboekCore", "MeldboekText", "MeldboekShare"]
        ),
        // The command line: parses, asks the library, prints.
        .executableTarget(
            name: "meldboek",
            dependencies: [
                "MeldboekCore",
                "MeldboekText",
                "MeldboekInterview",
                "MeldboekTerminal",
                "MeldboekAgent",
                "MeldboekShare",
                "MeldboekReport",
                "MeldboekEvidence",
                "MeldboekDoctor",
                "MeldboekBackup",
                "MeldboekSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What each fuzz target in Fuzz/ does with an input, shared with FuzzCorpusTests. Not in the executable.
        .target(
            name: "MeldboekFuzzHarness",
            dependencies: ["MeldboekCore", "MeldboekShare", "MeldboekSodium", "MeldboekEvidence", "MeldboekSync"]
        ),
        // Test-only helpers: temporary vaults, the fast test KDF, running the binary.
        .target(
            name: "MeldboekTestSupport",
            dependencies: [
                "MeldboekCore", "MeldboekSodium", "CMeldboekPlatform",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .testTarget(
            name: "MeldboekSodiumTests",
            dependencies: ["MeldboekSodium"]
        ),
        .testTarget(
            name: "MeldboekCoreTests",
            dependencies: [
                "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // SLIP-39's published test vectors, read by RecoverySharesTests.
            exclude: ["Vectors"]
        ),
        .testTarget(
            name: "MeldboekTextTests",
            dependencies: ["MeldboekText", "MeldboekCore"]
        ),
        .testTarget(
            name: "MeldboekInterviewTests",
            dependencies: ["MeldboekInterview", "MeldboekCore", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekTerminalTests",
            dependencies: ["MeldboekTerminal", "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekAgentTests",
            dependencies: ["MeldboekAgent", "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekEvidenceTests",
            dependencies: [
                "MeldboekEvidence", "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "MeldboekShareTests",
            dependencies: [
                "MeldboekShare", "MeldboekSodium", "MeldboekCore", "MeldboekText", "MeldboekTestSupport", "MeldboekFuzzHarness", "CZlib",
                "MeldboekEvidence",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Vectors"]
        ),
        .testTarget(
            name: "MeldboekDoctorTests",
            dependencies: ["MeldboekDoctor", "MeldboekCore"]
        ),
        .testTarget(
            name: "MeldboekBackupTests",
            dependencies: ["MeldboekBackup", "MeldboekShare", "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekSyncTests",
            dependencies: ["MeldboekSync", "MeldboekCore", "MeldboekSodium", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekReportTests",
            dependencies: ["MeldboekReport", "MeldboekShare", "MeldboekCore", "MeldboekText", "MeldboekTestSupport"]
        ),
        .testTarget(
            name: "MeldboekCLITests",
            // The executable too: the error-message test renders every error through the CLI's own presentation.
            dependencies: [
                "MeldboekTestSupport", "meldboek", "MeldboekCore", "MeldboekText", "MeldboekTerminal", "MeldboekAgent", "MeldboekShare", "MeldboekSodium", "MeldboekEvidence",
                "MeldboekBackup", "MeldboekSync",
            ],
            // A vault made by Meldboek 0.1.0 (scripts/dev/make-fixture-0.1.0), read and upgraded by the tests.
            exclude: ["Fixtures"]
        ),
    ]
)
