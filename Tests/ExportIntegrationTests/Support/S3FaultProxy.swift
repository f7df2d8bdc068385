import ExportCurl
import ExportStorage
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The open moto behind a proxy of the test's own (`Tests/support/s3_fault_proxy.py`) that
/// answers the next matching requests with the failure a test arms (503 `SlowDown`, a dropped
/// connection…) and keeps a journal of every request.
struct S3FaultProxy {
    /// One request as the proxy saw it.
    struct Request: Decodable {
        var method: String
        var path: String
        var query: String
        var status: Int?
        var injected: Bool
        /// Seconds since the epoch.
        var at: Double
    }

    /// The proxy's address, to use as the S3 endpoint.
    let endpoint: URL
    private let process: Process
    private let client = CurlHTTPClient(logger: .quiet)

    /// Runs `body` with a proxy in front of `TEST_S3_ENDPOINT`, stopped afterwards.
    static func with<Result>(_ body: (S3FaultProxy) async throws -> Result) async throws -> Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let port = try ServiceProcess.freePort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try TestEnvironment.require("TEST_PYTHON"))
        process.arguments = [
            root.appendingPathComponent("support/s3_fault_proxy.py").path, "--port", "\(port)", "--upstream",
            try TestEnvironment.require("TEST_S3_ENDPOINT"),
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let proxy = S3FaultProxy(endpoint: URL(string: "http://127.0.0.1:\(port)")!, process: process)
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try await waitUntil(seconds: 20) { await ServiceProcess.get(proxy.url("_faults/health"))?.0 == 200 }
        return try await body(proxy)
    }

    /// A configuration of the open moto's test bucket through the proxy, with quick retries.
    func configuration(partSize: Int64 = S3Configuration.defaultPartSize, maxAttempts: Int = 5) async throws
        -> S3Configuration
    {
        var configuration = try await S3TestEnvironment.openConfiguration(partSize: partSize)
        configuration.endpoint = endpoint
        configuration.publicEndpoint = endpoint
        configuration.retry = S3RetryPolicy(
            maxAttempts: maxAttempts, baseDelay: .milliseconds(20), maxDelay: .seconds(2))
        return configuration
    }

    /// Arms a fault: the next `count` requests with `method` whose query contains `query`
    /// get `status` with S3's `code`, or no answer at all when `drop`.
    func arm(
        method: String, query: String = "", status: Int = 503, code: String = "SlowDown", retryAfter: Int? = nil,
        drop: Bool = false, count: Int = 1
    ) async throws {
        var fault: [String: Any] = [
            "method": method, "query": query, "status": status, "code": code, "drop": drop, "count": count,
        ]
        if let retryAfter { fault["retry_after"] = retryAfter }
        let body = try JSONSerialization.data(withJSONObject: fault)
        let response = try await client.execute(
            HTTPRequest(method: .post, url: try #require(URL(string: url("_faults"))), body: .data(body)))
        try #require(response.status == 200)
    }

    /// Every request so far, in arrival order.
    func journal() async throws -> [Request] {
        struct Journal: Decodable { var requests: [Request] }
        let response = try await client.execute(
            HTTPRequest(method: .get, url: try #require(URL(string: url("_faults/journal")))))
        return try JSONDecoder().decode(Journal.self, from: response.body).requests
    }

    private func url(_ path: String) -> String { endpoint.absoluteString + "/" + path }
}
