package import Configuration

extension PostgresConfiguration {
    /// The configuration of the pool on the registry's upstream tables (`upstream.database.url`,
    /// `UPSTREAM_DATABASE_URL`, a read replica in production; default: `main`'s URL), with the
    /// pool settings read as for `main` and `main`'s statement time-out, so that the API's row
    /// counts stay bounded by `DATABASE_STATEMENT_TIMEOUT` wherever the tables live. Statements
    /// are never prepared on it: a prepared statement may switch to a generic plan after five
    /// runs, and the plans of the big trip queries must keep seeing their parameters
    /// (docs/configuration.md, "Prepared statements"). Throws `ConfigurationValueError` naming
    /// the variable when a value is invalid.
    package static func upstream(
        reader: ConfigReader, main: PostgresConfiguration, applicationName: String
    ) throws -> PostgresConfiguration {
        var configuration = try PostgresConfiguration(
            reader: reader, urlKey: "upstream.database.url", fallbackURL: main.url, applicationName: applicationName)
        configuration.statementTimeoutMilliseconds = main.statementTimeoutMilliseconds
        configuration.preparesStatements = false
        return configuration
    }
}
