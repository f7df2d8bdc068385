import ExportCurl
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A TCP proxy of the test's own (`Tests/support/tcp_proxy.py`) in front of one server, so that
/// a test can break the link of one client: `freeze()` keeps the connections open and silent
/// (packets dropped), `cut()` closes them and refuses new ones, `resume()` forwards again.
struct TCPProxy {
    /// The port clients connect to.
    let port: Int
    private let controlPort: Int
    private let process: Process

    /// Starts a proxy to `upstreamHost:upstreamPort` on free ports and waits until it answers.
    static func start(upstreamHost: String, upstreamPort: Int) async throws -> TCPProxy {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let port = try ServiceProcess.freePort()
        let controlPort = try ServiceProcess.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TestEnvironment.require("TEST_PYTHON"))
        process.arguments = [
            root.appendingPathComponent("support/tcp_proxy.py").path, "--port", "\(port)", "--control-port",
            "\(controlPort)", "--upstream", "\(upstreamHost):\(upstreamPort)",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let proxy = TCPProxy(port: port, controlPort: controlPort, process: process)
        try await waitUntil(seconds: 20) { await ServiceProcess.get(proxy.controlURL("health"))?.0 == 200 }
        return proxy
    }

    /// Runs `body` with a proxy in front of the PostgreSQL server of `databaseURL`, given the
    /// same URL through the proxy; the proxy is stopped afterwards whatever happened.
    static func withPostgres<Result>(
        _ databaseURL: String, _ body: (TCPProxy, String) async throws -> Result
    ) async throws -> Result {
        var components = try #require(URLComponents(string: databaseURL))
        let proxy = try await start(
            upstreamHost: components.host ?? "127.0.0.1", upstreamPort: components.port ?? 5432)
        components.port = proxy.port
        do {
            let result = try await body(proxy, try #require(components.string))
            proxy.stop()
            return result
        } catch {
            proxy.stop()
            throw error
        }
    }

    /// Stops forwarding without closing anything: the clients' calls hang.
    func freeze() async throws { try await control("freeze") }

    /// Closes every connection and refuses new ones.
    func cut() async throws { try await control("cut") }

    /// Forwards again.
    func resume() async throws { try await control("resume") }

    /// Stops the proxy (SIGKILL: a signal the test process blocks is inherited blocked), which
    /// closes every connection through it.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    private func control(_ command: String) async throws {
        let url = try #require(URL(string: controlURL(command)))
        let answer = try await CurlHTTPClient().execute(HTTPRequest(method: .post, url: url))
        try #require(answer.status == 200, "the proxy refused \(command)")
    }

    private func controlURL(_ path: String) -> String { "http://127.0.0.1:\(controlPort)/\(path)" }
}
