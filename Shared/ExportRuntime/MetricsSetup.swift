import Metrics
package import Prometheus

/// Sets up swift-metrics once per process, backed by a Prometheus registry that `/metrics` renders.
package enum MetricsSetup {
    /// Bootstraps the metrics system and returns the registry to expose.
    package static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }
}
