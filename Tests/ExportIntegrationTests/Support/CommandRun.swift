import Foundation
import Testing

/// One run of a program to its end: exit status, standard output and standard error (through
/// files, so that no pipe fills up). The end is awaited by polling, never by blocking a thread:
/// the tests share two cooperative threads, and a blocked one stalls every other test.
struct CommandRun {
    /// The exit status.
    let status: Int32
    /// What it printed on standard output, as bytes.
    let outputData: Data
    /// What it printed on standard error.
    let errors: String

    /// What it printed on standard output, without the final newline.
    var output: String { String(decoding: outputData, as: UTF8.self).trimmingCharacters(in: .newlines) }

    /// Runs the built executable `executable` with `arguments` and `environment` added to the
    /// test's own; waits at most `seconds` for it to end.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], seconds: Double = 60
    ) async throws -> CommandRun {
        try await run(
            program: ServiceProcess.binDirectory.appendingPathComponent(executable).path, arguments,
            environment: environment, seconds: seconds)
    }

    /// Runs the program at `program` (an absolute path) with `arguments`; waits at most
    /// `seconds` for it to end.
    static func run(
        program: String, _ arguments: [String], environment: [String: String] = [:], seconds: Double = 300
    ) async throws -> CommandRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputURL = folder.appendingPathComponent("stdout")
        let errorsURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorsURL)
        try process.run()
        try await waitUntil(seconds: seconds) { !process.isRunning }
        return CommandRun(
            status: process.terminationStatus, outputData: try Data(contentsOf: outputURL),
            errors: try String(contentsOf: errorsURL, encoding: .utf8))
    }

    /// Like `run(program:…)`, failing the test unless the program exits with status 0.
    static func succeeding(program: String, _ arguments: [String], seconds: Double = 300) async throws -> CommandRun {
        let run = try await run(program: program, arguments, seconds: seconds)
        try #require(run.status == 0, "\(program) exited with \(run.status): \(run.errors.suffix(2000))")
        return run
    }
}
