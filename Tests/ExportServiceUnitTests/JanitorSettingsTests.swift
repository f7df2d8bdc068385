import Configuration
import ExportModels
import Testing

@testable import ExportJanitor

/// The janitor's configuration: the defaults of docs/configuration.md §2, and a bad value refused with its variable.
@Suite struct JanitorSettingsTests {
    @Test func readsTheContractDefaults() throws {
        let settings = try JanitorSettings(reader: ConfigReader(provider: InMemoryProvider(values: [:])))
        #expect(settings.intervalSeconds == 60 && settings.exportTTLDays == 7)
        #expect(settings.recordRetentionDays == 365)
        #expect(settings.leaseTimeoutSeconds == 300 && settings.maxAttempts == 3)
    }

    @Test func refusesAnIntervalThatIsNotAPositiveNumberNamingTheVariable() throws {
        let reader = ConfigReader(provider: InMemoryProvider(values: ["janitor.interval": "0"]))
        let error = #expect(throws: ConfigurationValueError.self) { try JanitorSettings(reader: reader) }
        #expect(error?.variable == "JANITOR_INTERVAL")
    }
}
