import Configuration
import ExportConfiguration
import ExportPostgres
import ExportRuntime
import Testing

/// Reading the environment: defaults, valid values, and a clear refusal naming the variable.
@Suite struct ConfigurationTests {
    @Test func usesTheContractDefaults() throws {
        let configuration = try PostgresConfiguration(
            reader: ServiceEnvironment.reader(overrides: ["UNRELATED": "1"]), applicationName: "test",
            readsStatementTimeout: true)
        #expect(configuration.poolSize == 10)
        #expect(configuration.statementTimeoutMilliseconds == 5000)
        #expect(configuration.preparesStatements)
    }

    @Test func turnsPreparedStatementsOffAndPlansTheUpstreamOnesForEachRun() throws {
        let on = ServiceEnvironment.reader(overrides: ["DATABASE_PREPARED_STATEMENTS": "on"])
        let main = try PostgresConfiguration(reader: on, applicationName: "t")
        #expect(main.preparesStatements && !main.plansEachRun)
        let upstream = try PostgresConfiguration.upstream(reader: on, main: main, applicationName: "t")
        #expect(upstream.preparesStatements && upstream.plansEachRun)
        let off = ServiceEnvironment.reader(overrides: ["DATABASE_PREPARED_STATEMENTS": "OFF"])
        let mainOff = try PostgresConfiguration(reader: off, applicationName: "t")
        #expect(!mainOff.preparesStatements)
        #expect(
            !(try PostgresConfiguration.upstream(reader: off, main: mainOff, applicationName: "t").preparesStatements))
        let bad = ServiceEnvironment.reader(overrides: ["DATABASE_PREPARED_STATEMENTS": "yes"])
        let error = try #require(throws: ConfigurationValueError.self) {
            try PostgresConfiguration(reader: bad, applicationName: "t")
        }
        #expect(error.variable == "DATABASE_PREPARED_STATEMENTS")
    }

    @Test func readsValidValues() throws {
        let reader = ServiceEnvironment.reader(overrides: [
            "DATABASE_URL": "postgres://db/x", "DATABASE_POOL_SIZE": "3", "DATABASE_STATEMENT_TIMEOUT": "0",
        ])
        let configuration = try PostgresConfiguration(reader: reader, applicationName: "t", readsStatementTimeout: true)
        #expect(configuration.url == "postgres://db/x")
        #expect(configuration.poolSize == 3)
        #expect(configuration.statementTimeoutMilliseconds == nil)
    }

    @Test(arguments: ["abc", "0", "-2", "9999"])
    func refusesAnInvalidPoolSizeNamingTheVariable(value: String) throws {
        let reader = ServiceEnvironment.reader(overrides: ["DATABASE_POOL_SIZE": value])
        let error = try #require(throws: ConfigurationValueError.self) {
            try PostgresConfiguration(reader: reader, applicationName: "t")
        }
        #expect(error.variable == "DATABASE_POOL_SIZE")
        #expect(error.description.hasPrefix("DATABASE_POOL_SIZE: must be an integer"))
    }

    @Test func refusesAnUnknownLogFormat() throws {
        let reader = ServiceEnvironment.reader(overrides: ["LOG_FORMAT": "xml"])
        let error = try #require(throws: ConfigurationValueError.self) {
            try reader.choice(forKey: "log.format", default: "text", allowed: ["text", "json"])
        }
        #expect(error.variable == "LOG_FORMAT")
    }

    @Test func mapsKeysToTheContractsVariableNames() {
        #expect(ConfigReader.variableName(of: "s3.secret.access.key") == "S3_SECRET_ACCESS_KEY")
    }
}
