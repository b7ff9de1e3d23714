// Runs python3 for the interop and checker tests.
import Foundation

struct PythonResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Python {
    /// Runs `python3` with `arguments` (a script path or `-c CODE` and its arguments).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> PythonResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return PythonResult(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
