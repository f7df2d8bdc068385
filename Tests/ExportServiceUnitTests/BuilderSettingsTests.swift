import Configuration
import ExportConfiguration
import ExportTrips
import Testing

@testable import ExportBuilder

/// The worker's settings as read from the environment.
@Suite struct BuilderSettingsTests {
    private func settings(_ values: [String: String]) throws -> BuilderSettings {
        var entries: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value) in values { entries[AbsoluteConfigKey(stringLiteral: key)] = .init(stringLiteral: value) }
        return try BuilderSettings(reader: ConfigReader(provider: InMemoryProvider(values: entries)))
    }

    @Test func defaultsAreTheContracts() throws {
        let defaults = try settings([:])
        #expect(defaults.pollIntervalSeconds == 60)
        #expect(defaults.concurrency == 1)
        #expect(defaults.queue.leaseTimeoutSeconds == 300)
        #expect(defaults.queue.maxAttempts == 3)
        #expect(defaults.queue.exportTTLDays == 7)
        #expect(defaults.limits.maxRows == 5_000_000)
        #expect(defaults.limits.sheetMaxRows == 1_048_575)
    }

    @Test func beatsEveryThirdOfTheLeaseTimeOutAndAtMostEveryFiveSeconds() throws {
        #expect(try settings([:]).heartbeatInterval == .seconds(5))
        #expect(try settings(["builder.lease.timeout": "6"]).heartbeatInterval == .seconds(2))
        #expect(try settings(["builder.lease.timeout": "2"]).heartbeatInterval == .milliseconds(666))
        #expect(try settings([:]).leaseTrust == .seconds(240), "a fifth of 300 s as margin")
        #expect(try settings(["builder.lease.timeout": "3600"]).leaseTrust == .seconds(3540), "at most 60 s")
        #expect(try settings(["builder.lease.timeout": "2"]).leaseTrust == .seconds(1), "at least 1 s")
    }

    @Test(arguments: [
        ("builder.poll.interval", "0", "BUILDER_POLL_INTERVAL"), ("builder.concurrency", "65", "BUILDER_CONCURRENCY"),
        ("builder.lease.timeout", "1", "BUILDER_LEASE_TIMEOUT"), ("builder.max.attempts", "x", "BUILDER_MAX_ATTEMPTS"),
        ("export.max.rows", "-1", "EXPORT_MAX_ROWS"),
    ])
    func refusesAnInvalidValueNamingItsVariable(key: String, value: String, variable: String) throws {
        let error = try #require(throws: ConfigurationValueError.self) { try settings([key: value]) }
        #expect(error.description.contains(variable))
    }

    /// `XLSX_DEFLATE_LEVEL` takes igzip's levels (docs/configuration.md): 1 by default, 1 to 3.
    @Test func takesIgzipsDeflateLevelsOnly() throws {
        func level(_ value: String?) throws -> Int {
            var entries: [AbsoluteConfigKey: ConfigValue] = [:]
            if let value { entries["xlsx.deflate.level"] = .init(stringLiteral: value) }
            return try TripFileSettings(
                reader: ConfigReader(provider: InMemoryProvider(values: entries)), sheetMaxRows: 1_048_575
            ).deflateLevel
        }
        #expect(try level(nil) == 1)
        #expect(try level("3") == 3)
        for refused in ["0", "4", "9"] {
            let error = try #require(throws: ConfigurationValueError.self) { try level(refused) }
            #expect(error.description.contains("XLSX_DEFLATE_LEVEL"))
        }
    }
}
