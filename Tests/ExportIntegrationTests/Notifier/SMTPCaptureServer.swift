import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// An SMTP capture server of the test's own (`Tests/support/smtp_capture.py`), started with the
/// options a test needs (TLS, AUTH, a temporary failure once, a slow reply) on a free port and
/// a fresh folder, and stopped with `stop()`.
struct SMTPCaptureServer {
    let port: Int
    let directory: URL
    private let process: Process

    /// One message as the server's `index.json` lists it.
    struct Entry: Decodable {
        var file: String
        var rcpt_tos: [String]
        var message_id: String?
    }

    /// Starts the server on `port` (default: a free one) and waits until it accepts connections.
    static func start(_ options: [String] = [], port: Int? = nil) async throws -> SMTPCaptureServer {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let port = try port ?? ServiceProcess.freePort()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TestEnvironment.require("TEST_PYTHON"))
        process.arguments =
            [root.appendingPathComponent("support/smtp_capture.py").path, "--port", "\(port)", "--dir", directory.path]
            + options
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = SMTPCaptureServer(port: port, directory: directory, process: process)
        try await waitUntil(seconds: 20) { server.acceptsConnections() }
        return server
    }

    /// Runs `body` with a server started with `options`, then stops it whether `body` succeeded
    /// or not.
    static func with<Result>(
        _ options: [String] = [], port: Int? = nil, _ body: (SMTPCaptureServer) async throws -> Result
    ) async throws -> Result {
        let server = try await start(options, port: port)
        do {
            let result = try await body(server)
            try await server.stop()
            return result
        } catch {
            try? await server.stop()
            throw error
        }
    }

    /// Stops the server (SIGKILL: a signal the test process may block is inherited blocked by
    /// its children) and removes its folder.
    func stop() async throws {
        kill(process.processIdentifier, SIGKILL)
        try await waitUntil(seconds: 10) { !process.isRunning }
        try? FileManager.default.removeItem(at: directory)
    }

    /// One AUTH the server received (`--auth`), as its `auth.json` lists it: never the password.
    struct AuthAttempt: Decodable {
        var mechanism: String
        var login: String?
        var tls: Bool
    }

    /// The AUTH commands received so far, in arrival order.
    func authAttempts() throws -> [AuthAttempt] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("auth.json")) else { return [] }
        return try JSONDecoder().decode([AuthAttempt].self, from: data)
    }

    /// The messages received so far, in arrival order.
    func entries() throws -> [Entry] {
        Self.entries(in: directory)
    }

    /// The messages listed in the `index.json` of `directory` (empty before the first one).
    static func entries(in directory: URL) -> [Entry] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("index.json")) else { return [] }
        return (try? JSONDecoder().decode([Entry].self, from: data)) ?? []
    }

    /// True when a TCP connection to the port succeeds.
    private func acceptsConnections() -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
