package import Configuration
package import ExportPostgres
package import Logging
package import Prometheus

/// What every service process sets up first: its configuration reader, logger, metrics
/// registry and database pool.
package struct ServiceContext: Sendable {
    /// The configuration of the process.
    package let reader: ConfigReader
    /// The service's logger (level and format from `LOG_LEVEL`, `LOG_FORMAT`).
    package let logger: Logger
    /// The Prometheus registry behind `/metrics`.
    package let registry: PrometheusCollectorRegistry
    /// The pool of connections to `DATABASE_URL`.
    package let pool: PostgresPool

    /// Bootstraps logging and metrics (once per process) and opens the pool lazily. Throws,
    /// naming the variable, when the configuration is invalid.
    package static func bootstrap(
        service: String,
        readsStatementTimeout: Bool = false,
        reader: ConfigReader = ServiceEnvironment.reader()
    ) throws -> ServiceContext {
        let logger = try LoggingSetup.bootstrap(label: service, reader: reader)
        let configuration = try PostgresConfiguration(
            reader: reader, applicationName: service, readsStatementTimeout: readsStatementTimeout)
        return ServiceContext(
            reader: reader, logger: logger, registry: MetricsSetup.bootstrap(),
            pool: PostgresPool(configuration: configuration, logger: logger))
    }

    /// The readiness check of a service that needs the database.
    package var databaseReadiness: DatabaseReadiness { DatabaseReadiness(pool: pool, logger: logger) }
}

extension ServiceContext {
    /// Runs a one-shot command's work, then closes the pool whether it succeeded or not.
    package func closingPool<Result>(_ body: () async throws -> Result) async throws -> Result {
        try await pool.closing { _ in try await body() }
    }
}
