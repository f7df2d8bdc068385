package import Configuration
import ExportConfiguration

/// How to reach PostgreSQL and how many connections to keep.
///
/// Keys read from a `ConfigReader` (environment variable names in brackets):
/// - `database.url` (`DATABASE_URL`): a libpq connection URI, default `postgres://localhost:5432/rpc_export`;
/// - `database.pool.size` (`DATABASE_POOL_SIZE`): connections per process, default 10;
/// - `database.pool.timeout` (`DATABASE_POOL_TIMEOUT`): milliseconds a task waits for a pooled
///   connection before `PostgresError.Kind.poolTimeout`, default 10000;
/// - `database.statement.timeout` (`DATABASE_STATEMENT_TIMEOUT`): milliseconds, read only by
///   services that set `readsStatementTimeout` (the API); 0 means none;
/// - `database.prepared.statements` (`DATABASE_PREPARED_STATEMENTS`): `on` (default) or `off`,
///   whether `query`, `queryFirst` and `execute` run as prepared statements of their connection
///   (docs/configuration.md, "Prepared statements").
package struct PostgresConfiguration: Sendable {
    /// The libpq connection URI or key/value string.
    package var url: String
    /// The most connections the pool opens at once.
    package var poolSize: Int
    /// The longest a task waits for a connection when all of them are lent.
    package var poolTimeout: Duration
    /// A server-side limit on every statement, in milliseconds; nil leaves the server's default.
    package var statementTimeoutMilliseconds: Int?
    /// The `application_name` shown in `pg_stat_activity`.
    package var applicationName: String
    /// True when each connection prepares the statements it runs with `query`, `queryFirst` and
    /// `execute`; streams, COPY and scripts are never prepared.
    package var preparesStatements: Bool
    /// True when the server plans a prepared statement afresh for each run's parameters
    /// (`plan_cache_mode = force_custom_plan`) instead of switching to a generic plan after five
    /// runs: the upstream pool, whose trip queries must see their dates and operators.
    package var plansEachRun = false

    /// The default connection URI (docs/configuration.md §2).
    package static let defaultURL = "postgres://localhost:5432/rpc_export"

    /// Creates a configuration from explicit values.
    package init(
        url: String,
        poolSize: Int = 10,
        poolTimeout: Duration = .seconds(10),
        statementTimeoutMilliseconds: Int? = nil,
        applicationName: String = "rpc-export",
        preparesStatements: Bool = true
    ) {
        self.url = url
        self.poolSize = poolSize
        self.poolTimeout = poolTimeout
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.applicationName = applicationName
        self.preparesStatements = preparesStatements
    }

    /// Reads the configuration; `urlKey` lets the builder read `UPSTREAM_DATABASE_URL` with the
    /// same code. Throws `ConfigurationValueError` naming the variable when a value is invalid.
    package init(
        reader: ConfigReader,
        urlKey: ConfigKey = "database.url",
        fallbackURL: String? = nil,
        applicationName: String,
        readsStatementTimeout: Bool = false
    ) throws {
        let url = reader.string(forKey: urlKey, isSecret: true) ?? fallbackURL ?? Self.defaultURL
        let poolSize = try reader.boundedInt(forKey: "database.pool.size", default: 10, range: 1...500)
        let poolTimeout = try reader.boundedInt(forKey: "database.pool.timeout", default: 10_000, range: 100...600_000)
        let prepared = try reader.choice(forKey: "database.prepared.statements", default: "on", allowed: ["on", "off"])
        var timeout: Int?
        if readsStatementTimeout {
            let value = try reader.boundedInt(forKey: "database.statement.timeout", default: 5000, range: 0...3_600_000)
            timeout = value == 0 ? nil : value
        }
        self.init(
            url: url, poolSize: poolSize, poolTimeout: .milliseconds(poolTimeout),
            statementTimeoutMilliseconds: timeout,
            applicationName: applicationName, preparesStatements: prepared == "on")
    }
}
