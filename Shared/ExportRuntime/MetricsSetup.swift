import Metrics
public import Prometheus

/// Sets up swift-metrics once per process, backed by a Prometheus registry that `/metrics` renders.
public enum MetricsSetup {
    /// Bootstraps the metrics system and returns the registry to expose.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }
}
