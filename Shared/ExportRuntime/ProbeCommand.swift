package import ArgumentParser
import ExportCurl
import Foundation

/// `<service> probe`: asks a running service of this image for one of its probes, for container
/// health checks (the runtime image has no curl or wget). Exit status 0 when it answers 200.
package struct ProbeCommand: AsyncParsableCommand {
    /// The sub-command's name and help.
    package static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Exit 0 when the service on this host answers 200 on a probe (container health checks)."
    )

    /// The port the service listens on (its HEALTH_PORT, API_PORT or NOTIFIER_PORT).
    @Option(help: "Port of the service on 127.0.0.1.")
    var port: Int

    /// `/ready` by default; `/health` for liveness.
    @Option(help: "Probe path.")
    var path = "/ready"

    /// Creates the command (used by ArgumentParser).
    package init() {}

    /// Sends the request with a short time-out.
    package func run() async throws {
        guard (1...65535).contains(port), path.hasPrefix("/"), let url = URL(string: "http://127.0.0.1:\(port)\(path)")
        else { throw ValidationError("--port must be 1–65535 and --path must start with /") }
        let timeouts = HTTPTimeouts(connect: .seconds(2), total: .seconds(5))
        let request = HTTPRequest(method: .get, url: url, timeouts: timeouts)
        let response = try await CurlHTTPClient().execute(request)
        guard response.status == 200 else { throw ExitCode(1) }
    }
}
