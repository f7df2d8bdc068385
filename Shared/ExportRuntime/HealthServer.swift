package import Configuration
import ExportConfiguration
package import Hummingbird
package import Logging
package import Prometheus

/// The small HTTP server of the long-running workers (builder, janitor, open data): `/health`,
/// `/ready` and `/metrics` on `HEALTH_PORT`.
package enum HealthServer {
    /// Builds the server as a `Service` to run in the worker's service group. `defaultPort` is the
    /// worker's default from docs/configuration.md §2; `HEALTH_PORT=0` picks any free port.
    package static func make(
        reader: ConfigReader,
        defaultPort: Int,
        readiness: @escaping HealthRoutes.ReadinessCheck,
        registry: PrometheusCollectorRegistry,
        logger: Logger
    ) throws -> some ApplicationProtocol {
        let port = try reader.boundedInt(forKey: "health.port", default: defaultPort, range: 0...65535)
        let router = Router()
        HealthRoutes(
            readiness: readiness, registry: registry,
            internalToken: InternalTokenSetting(reader: reader).token
        )
        .add(to: router)
        return Application(
            router: router,
            configuration: .init(address: .hostname("0.0.0.0", port: port), serverName: nil),
            logger: logger)
    }
}
