public import Configuration
public import ExportPostgres
public import Logging
public import Prometheus

/// What every service process sets up first: its configuration reader, logger, metrics
/// registry and database pool.
public struct ServiceContext: Sendable {
    /// The configuration of the process.
    public let reader: ConfigReader
    /// The service's logger (level and format from `LOG_LEVEL`, `LOG_FORMAT`).
    public let logger: Logger
    /// The Prometheus registry behind `/metrics`.
    public let registry: PrometheusCollectorRegistry
    /// The pool of connections to `DATABASE_URL`.
    public let pool: PostgresPool

    /// Bootstraps logging and metrics (once per process) and opens the pool lazily. Throws,
    /// naming the variable, when the configuration is invalid.
    public static func bootstrap(
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
    public var databaseReadiness: DatabaseReadiness { DatabaseReadiness(pool: pool, logger: logger) }
}

extension ServiceContext {
    /// Runs a one-shot command's work, then closes the pool whether it succeeded or not.
    public func closingPool<Result>(_ body: () async throws -> Result) async throws -> Result {
        try await pool.closing { _ in try await body() }
    }
}
