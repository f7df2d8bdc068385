package import Configuration

extension PostgresConfiguration {
    /// The configuration of the pool on the registry's upstream tables (`upstream.database.url`,
    /// `UPSTREAM_DATABASE_URL`, a read replica in production; default: `main`'s URL), with the
    /// pool settings read as for `main` and `main`'s statement time-out, so that the API's row
    /// counts stay bounded by `DATABASE_STATEMENT_TIMEOUT` wherever the tables live. Statements
    /// are prepared as on `main`, but planned afresh for each run's parameters: a generic plan,
    /// which PostgreSQL may otherwise switch to after five runs, would not see the dates and
    /// operators the plans of the trip queries depend on (docs/configuration.md, "Prepared
    /// statements"). Throws `ConfigurationValueError` naming the variable when a value is invalid.
    package static func upstream(
        reader: ConfigReader, main: PostgresConfiguration, applicationName: String
    ) throws -> PostgresConfiguration {
        var configuration = try PostgresConfiguration(
            reader: reader, urlKey: "upstream.database.url", fallbackURL: main.url, applicationName: applicationName)
        configuration.statementTimeoutMilliseconds = main.statementTimeoutMilliseconds
        configuration.plansEachRun = true
        return configuration
    }
}
