package import Hummingbird
package import Logging
package import Prometheus

/// The internal listener of the API and the notifier, which serves only `/metrics`, so that
/// metrics stay off the public port (`METRICS_PORT`).
package enum MetricsListener {
    /// Builds the listener as a `Service`.
    package static func make(
        host: String, port: Int, health: HealthRoutes, registry: PrometheusCollectorRegistry, logger: Logger
    ) -> some ApplicationProtocol {
        let router = Router()
        health.addMetrics(to: router, registry: registry)
        return Application(router: router, configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }
}
