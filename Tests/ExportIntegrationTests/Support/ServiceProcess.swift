import ExportCurl
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// One of the built executables, started as a real process for a test.
struct ServiceProcess {
    let process: Process

    /// The folder the executables were built into: the test binary's own (any scratch path).
    static var binDirectory: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Starts the built executable `name` with `arguments` and `environment` added to the test's own;
    /// its standard output and error go to the file `output` when one is given.
    static func start(
        _ name: String, _ arguments: [String], environment: [String: String], output: String? = nil
    ) throws -> ServiceProcess {
        let process = Process()
        process.executableURL = binDirectory.appendingPathComponent(name)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
        return ServiceProcess(process: process)
    }

    /// Sends SIGTERM and waits for the exit; returns the exit status.
    func terminate() async throws -> Int32 {
        kill(process.processIdentifier, SIGTERM)
        try await waitUntil(seconds: 20) { !process.isRunning }
        return process.terminationStatus
    }

    /// The next port `freePort` tries. Ports are handed out from a random base below the kernel's
    /// ephemeral range: a port the kernel picks for `bind(0)` can be taken by an outgoing
    /// connection before the test's server binds it, and counting up means that two tests of
    /// this process never get the same port.
    private static let nextPort = Atomic<Int>(Int.random(in: 0..<8_000))

    /// A port nobody listens on now, for a server the test starts.
    static func freePort() throws -> Int {
        let base = 20_000
        for _ in 0..<1_000 {
            let port = base + nextPort.add(1, ordering: .relaxed).newValue % 10_000
            if canBind(port) { return port }
        }
        throw POSIXError(.EADDRINUSE)
    }

    /// True when a socket can bind 127.0.0.1:`port` (then closed at once).
    private static func canBind(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// The status and body of `GET url`, or nil while nothing answers.
    static func get(_ url: String, bearer: String? = nil) async -> (Int, String)? {
        var headers = HTTPHeaders()
        if let bearer { headers.add(name: "Authorization", value: "Bearer \(bearer)") }
        guard let target = URL(string: url) else { return nil }
        let response = try? await CurlHTTPClient().execute(HTTPRequest(method: .get, url: target, headers: headers))
        return response.map { ($0.status, String(decoding: $0.body, as: UTF8.self)) }
    }
}
