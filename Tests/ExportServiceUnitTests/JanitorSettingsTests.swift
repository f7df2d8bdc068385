import Configuration
import ExportConfiguration
import Testing

@testable import ExportJanitor

/// The janitor's configuration: the defaults of docs/configuration.md §2, and a bad value refused with its variable.
@Suite struct JanitorSettingsTests {
    @Test func readsTheContractDefaults() throws {
        let settings = try JanitorSettings(reader: ConfigReader(provider: InMemoryProvider(values: [:])))
        #expect(settings.intervalSeconds == 60 && settings.queue.exportTTLDays == 7)
        #expect(settings.recordRetentionDays == 365)
        #expect(settings.queue.leaseTimeoutSeconds == 300 && settings.queue.maxAttempts == 3)
    }

    @Test func acceptsTheShortLeaseTimeOutsTheBuilderAccepts() throws {
        let reader = ConfigReader(provider: InMemoryProvider(values: ["builder.lease.timeout": "2"]))
        #expect(try JanitorSettings(reader: reader).queue.leaseTimeoutSeconds == 2)
    }

    @Test func refusesAnIntervalThatIsNotAPositiveNumberNamingTheVariable() throws {
        let reader = ConfigReader(provider: InMemoryProvider(values: ["janitor.interval": "0"]))
        let error = #expect(throws: ConfigurationValueError.self) { try JanitorSettings(reader: reader) }
        #expect(error?.variable == "JANITOR_INTERVAL")
    }
}
