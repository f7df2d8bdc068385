public import Configuration
import ExportModels

/// How to reach PostgreSQL and how many connections to keep.
///
/// Keys read from a `ConfigReader` (environment variable names in brackets):
/// - `database.url` (`DATABASE_URL`): a libpq connection URI, default `postgres://localhost:5432/rpc_export`;
/// - `database.pool.size` (`DATABASE_POOL_SIZE`): connections per process, default 10;
/// - `database.statement.timeout` (`DATABASE_STATEMENT_TIMEOUT`): milliseconds, read only by
///   services that set `readsStatementTimeout` (the API); 0 means none.
public struct PostgresConfiguration: Sendable {
    /// The libpq connection URI or key/value string.
    public var url: String
    /// The most connections the pool opens at once.
    public var poolSize: Int
    /// A server-side limit on every statement, in milliseconds; nil leaves the server's default.
    public var statementTimeoutMilliseconds: Int?
    /// The `application_name` shown in `pg_stat_activity`.
    public var applicationName: String

    /// The default connection URI (docs/configuration.md §2).
    public static let defaultURL = "postgres://localhost:5432/rpc_export"

    /// Creates a configuration from explicit values.
    public init(
        url: String,
        poolSize: Int = 10,
        statementTimeoutMilliseconds: Int? = nil,
        applicationName: String = "rpc-export"
    ) {
        self.url = url
        self.poolSize = poolSize
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        self.applicationName = applicationName
    }

    /// Reads the configuration; `urlKey` lets the builder read `UPSTREAM_DATABASE_URL` with the
    /// same code. Throws `ConfigurationValueError` naming the variable when a value is invalid.
    public init(
        reader: ConfigReader,
        urlKey: ConfigKey = "database.url",
        fallbackURL: String? = nil,
        applicationName: String,
        readsStatementTimeout: Bool = false
    ) throws {
        let url = reader.string(forKey: urlKey, isSecret: true) ?? fallbackURL ?? Self.defaultURL
        let poolSize = try reader.boundedInt(forKey: "database.pool.size", default: 10, range: 1...500)
        var timeout: Int?
        if readsStatementTimeout {
            let value = try reader.boundedInt(forKey: "database.statement.timeout", default: 5000, range: 0...3_600_000)
            timeout = value == 0 ? nil : value
        }
        self.init(url: url, poolSize: poolSize, statementTimeoutMilliseconds: timeout, applicationName: applicationName)
    }
}
