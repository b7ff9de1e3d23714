// Interop with the real age 1.1 binaries: each side decrypts what the other wrote.
import Foundation
import MeldboekShare
import MeldboekSodium
import Testing

private let agePath = "/usr/bin/age"
private let ageKeygenPath = "/usr/bin/age-keygen"
private let haveAge = FileManager.default.isExecutableFile(atPath: agePath)
    && FileManager.default.isExecutableFile(atPath: ageKeygenPath)

/// Runs a program and returns its standard output; fails the test on a non-zero exit.
@discardableResult
private func run(_ path: String, _ arguments: [String]) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(
        process.terminationStatus == 0,
        "\(path) \(arguments) failed: \(String(decoding: errorData, as: UTF8.self))")
    return [UInt8](outputData)
}

/// A fresh temporary directory, removed after `body`.
private func withTemporaryDirectory<R>(_ body: (URL) throws -> R) throws -> R {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("age-interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

private func readAll(_ reader: AgeReader) throws -> [UInt8] {
    var plaintext: [UInt8] = []
    while case let bytes = try reader.read(upTo: 65_536), !bytes.isEmpty { plaintext += bytes }
    return plaintext
}

@Suite(.enabled(if: haveAge, "age and age-keygen are not installed in /usr/bin"))
struct AgeInteropTests {
    @Test(arguments: [0, 1, 65_536, 200_000])
    func ageDecryptsOurFiles(size: Int) throws {
        try withTemporaryDirectory { directory in
            let identity = try AgeIdentity.generate()
            let other = try AgeIdentity.generate()
            let plaintext = patternBytes(size)
            let encrypted = try encryptAll(plaintext, to: [other.recipient, identity.recipient])
            let encryptedURL = directory.appendingPathComponent("file.age")
            try Data(encrypted).write(to: encryptedURL)

            // An identity file as `meldboek adviser export-identity` will write it: comments, key, mode 0600.
            let identityURL = directory.appendingPathComponent("identity.txt")
            let key = try identity.encoded()
            var text = Array("# public key: \(identity.recipient.string)\n".utf8)
            text += key.withUnsafeBytes { Array($0) } + [0x0A]
            defer { wipe(&text) }
            try #require(FileManager.default.createFile(
                atPath: identityURL.path, contents: Data(text), attributes: [.posixPermissions: 0o600]))

            // Decrypted to standard output: with -o, age creates no file for an empty plaintext.
            #expect(try run(agePath, ["-d", "-i", identityURL.path, encryptedURL.path]) == plaintext)

            // The armored form too.
            try Data(AgeArmor.encode(encrypted)).write(to: encryptedURL)
            #expect(try run(agePath, ["-d", "-i", identityURL.path, encryptedURL.path]) == plaintext)
        }
    }

    @Test(arguments: [false, true])
    func weDecryptAgeFiles(armored: Bool) throws {
        try withTemporaryDirectory { directory in
            let identity = try AgeIdentity.generate()
            let plaintext = patternBytes(3 * 65_536 + 5)
            let inputURL = directory.appendingPathComponent("plain")
            try Data(plaintext).write(to: inputURL)
            let encryptedURL = directory.appendingPathComponent("file.age")
            let armor = armored ? ["-a"] : []
            try run(agePath, armor + ["-r", identity.recipient.string, "-o", encryptedURL.path, inputURL.path])

            let reader = try AgeReader(source: try FileSource(path: encryptedURL.path), identities: [identity])
            #expect(try readAll(reader) == plaintext)
        }
    }

    @Test func ageKeygenIdentitiesParse() throws {
        try withTemporaryDirectory { directory in
            let keyURL = directory.appendingPathComponent("key.txt")
            try run(ageKeygenPath, ["-o", keyURL.path])
            let lines = try String(contentsOf: keyURL, encoding: .utf8).split(separator: "\n")
            let secret = try #require(lines.first { $0.hasPrefix("AGE-SECRET-KEY-1") })
            let identity = try AgeIdentity(string: String(secret))

            let publicKey = String(decoding: try run(ageKeygenPath, ["-y", keyURL.path]), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(identity.recipient.string == publicKey)
            #expect(try AgeRecipient(string: publicKey) == identity.recipient)
            #expect(lines.contains { $0 == "# public key: \(publicKey)" })
            // Our encoding of the parsed identity is the text age-keygen wrote.
            #expect(try identity.encoded().withUnsafeBytes { Array($0) } == Array(secret.utf8))
        }
    }
}
