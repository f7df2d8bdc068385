import Foundation
import Testing

/// One run of a built executable to its end, as an operator types it: exit status, standard
/// output and standard error (through files, so that no pipe fills up).
struct CommandRun {
    /// The exit status.
    let status: Int32
    /// What it printed on standard output, without the final newline.
    let output: String
    /// What it printed on standard error.
    let errors: String

    /// Runs `executable` with `arguments` and `environment` added to the test's own; waits at
    /// most `seconds` for it to end.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], seconds: Double = 60
    ) async throws -> CommandRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout")
        let errorsURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let process = Process()
        process.executableURL = ServiceProcess.binDirectory.appendingPathComponent(executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorsURL)
        try process.run()
        try await waitUntil(seconds: seconds) { !process.isRunning }
        return CommandRun(
            status: process.terminationStatus,
            output: try String(contentsOf: outputURL, encoding: .utf8).trimmingCharacters(in: .newlines),
            errors: try String(contentsOf: errorsURL, encoding: .utf8))
    }
}
