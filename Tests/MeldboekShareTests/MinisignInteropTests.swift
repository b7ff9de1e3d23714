// Interop with minisign 0.11: it verifies our signatures, and we verify its signatures and read its keys.
import Foundation
import MeldboekShare
import Testing

private let minisignPath = "/usr/bin/minisign"

/// Runs minisign with no terminal input; returns its exit status, standard output and standard error.
private func minisign(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: minisignPath)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["LC_ALL": "C", "PATH": "/usr/bin:/bin", "HOME": directory.path]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // minisign writes little, so reading one pipe after the other cannot fill the second.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

/// A fresh temporary directory, removed by the caller.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("minisign-interop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: minisignPath), "minisign is not installed at /usr/bin/minisign"))
struct MinisignInteropTests {
    let message = Array("{\"bundle\":\"b-1\",\"entries\":[]}\n".utf8)

    @Test func minisignVerifiesOurSignature() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let signer = try minisignTestSigner()
        let comment = "bundle:b-1\tcreated:2025-03-01T10:00:00Z\tnaïve"
        try Data(message).write(to: directory.appendingPathComponent("manifest.json"))
        try signer.sign(message, trustedComment: comment).write(
            to: directory.appendingPathComponent("manifest.json.minisig"), atomically: true, encoding: .utf8)

        let result = try minisign(["-Vm", "manifest.json", "-P", signer.publicKey.base64], in: directory)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("Trusted comment: \(comment)\n"), "\(result.output)")
        let quiet = try minisign(["-Vm", "manifest.json", "-P", signer.publicKey.base64, "-Q"], in: directory)
        #expect(quiet.output == comment + "\n")

        // And through our .pub file.
        try signer.publicKey.fileText.write(to: directory.appendingPathComponent("key.pub"), atomically: true, encoding: .utf8)
        #expect(try minisign(["-Vm", "manifest.json", "-p", "key.pub"], in: directory).status == 0)
    }

    @Test func minisignRejectsOurSignatureOverAnotherMessage() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let signer = try minisignTestSigner()
        try Data(message + [0x20]).write(to: directory.appendingPathComponent("manifest.json"))
        try signer.sign(message, trustedComment: "x").write(
            to: directory.appendingPathComponent("manifest.json.minisig"), atomically: true, encoding: .utf8)
        let result = try minisign(["-Vm", "manifest.json", "-P", signer.publicKey.base64], in: directory)
        #expect(result.status != 0)
    }

    @Test func weVerifyMinisignsSignature() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generation = try minisign(["-G", "-W", "-p", "key.pub", "-s", "key.sec"], in: directory)
        #expect(generation.status == 0, "\(generation.errors)")
        try Data(message).write(to: directory.appendingPathComponent("receipt.json"))
        let comment = "receipt for b-1\tat 2025-03-02"
        let signing = try minisign(["-Sm", "receipt.json", "-s", "key.sec", "-t", comment], in: directory)
        #expect(signing.status == 0, "\(signing.errors)")

        let publicKeyText = try String(contentsOf: directory.appendingPathComponent("key.pub"), encoding: .utf8)
        let publicKey = try MinisignPublicKey(fileText: publicKeyText)
        #expect(publicKey.fileText == publicKeyText)
        #expect(generation.output.contains(publicKey.base64))
        let signature = try String(contentsOf: directory.appendingPathComponent("receipt.json.minisig"), encoding: .utf8)
        #expect(try Minisign.verify(signature: signature, message: message, publicKey: publicKey) == comment)
        #expect(throws: MinisignError.invalidSignature) {
            try Minisign.verify(signature: signature, message: message + [0], publicKey: publicKey)
        }
    }

    @Test func weRefuseMinisignsLegacySignature() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try minisign(["-G", "-W", "-p", "key.pub", "-s", "key.sec"], in: directory).status == 0)
        try Data(message).write(to: directory.appendingPathComponent("m"))
        let signing = try minisign(["-S", "-l", "-m", "m", "-s", "key.sec", "-t", "legacy"], in: directory)
        #expect(signing.status == 0, "\(signing.errors)")
        let publicKey = try MinisignPublicKey(
            fileText: String(contentsOf: directory.appendingPathComponent("key.pub"), encoding: .utf8))
        let signature = try String(contentsOf: directory.appendingPathComponent("m.minisig"), encoding: .utf8)
        #expect(throws: MinisignError.unsupportedAlgorithm("Ed (legacy, not prehashed)")) {
            try Minisign.verify(signature: signature, message: message, publicKey: publicKey)
        }
    }
}
