import Configuration
import ExportConfiguration
import Foundation
import Testing

/// The settings several services share (docs/configuration.md §3): the defaults, the bounds every
/// service applies alike, and a bad value refused with its variable.
@Suite struct SharedSettingsTests {
    private func reader(_ values: [String: String]) -> ConfigReader {
        var entries: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value) in values { entries[AbsoluteConfigKey(stringLiteral: key)] = .init(stringLiteral: value) }
        return ConfigReader(provider: InMemoryProvider(values: entries))
    }

    @Test func readsTheContractDefaults() throws {
        let queue = try QueueSettings(reader: reader([:]))
        #expect(queue.leaseTimeoutSeconds == 300 && queue.maxAttempts == 3 && queue.exportTTLDays == 7)
        let size = try ExportSizeLimits(reader: reader([:]))
        #expect(size.maxRows == 5_000_000 && size.sheetMaxRows == 1_048_575)
        #expect(try ExportEndDelay(reader: reader([:])).maxEndDays == 5)
        let anonymity = try OpendataAnonymitySettings(reader: reader([:]))
        #expect(anonymity.minOccurrences == 6 && anonymity.salt == nil)
    }

    @Test func acceptsTheShortLeasesOfTheTestsAndTheBounds() throws {
        #expect(try QueueSettings(reader: reader(["builder.lease.timeout": "2"])).leaseTimeoutSeconds == 2)
        #expect(try QueueSettings(reader: reader(["builder.lease.timeout": "86400"])).leaseTimeoutSeconds == 86_400)
        #expect(try ExportEndDelay(reader: reader(["export.max.end.days": "0"])).maxEndDays == 0)
        #expect(try OpendataAnonymitySettings(reader: reader(["opendata.salt": ""])).salt == nil)
    }

    @Test(arguments: [
        ("builder.lease.timeout", "1", "BUILDER_LEASE_TIMEOUT"),
        ("builder.max.attempts", "101", "BUILDER_MAX_ATTEMPTS"),
        ("export.ttl.days", "0", "EXPORT_TTL_DAYS"), ("export.max.rows", "0", "EXPORT_MAX_ROWS"),
        ("xlsx.sheet.max.rows", "1048576", "XLSX_SHEET_MAX_ROWS"),
        ("export.max.end.days", "3651", "EXPORT_MAX_END_DAYS"),
        ("opendata.min.occurrences", "1001", "OPENDATA_MIN_OCCURRENCES"),
    ])
    func refusesAValueOutOfItsRangeNamingTheVariable(key: String, value: String, variable: String) throws {
        let reader = reader([key: value])
        let error = try #require(throws: ConfigurationValueError.self) {
            _ = try QueueSettings(reader: reader)
            _ = try ExportSizeLimits(reader: reader)
            _ = try ExportEndDelay(reader: reader)
            _ = try OpendataAnonymitySettings(reader: reader)
        }
        #expect(error.variable == variable)
    }

    @Test func aWorkDirectoryMustBeAWritableFolderAndEmptyMeansTheTemporaryFolder() throws {
        #expect(try WorkDirectory(reader: reader([:])).path == NSTemporaryDirectory())
        #expect(try WorkDirectory(reader: reader(["work.dir": ""])).path == NSTemporaryDirectory())
        let folder = NSTemporaryDirectory() + "work-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try WorkDirectory(reader: reader(["work.dir": folder])).path == folder)
        for refused in [folder + "/missing", "/proc/version"] {
            let error = try #require(throws: ConfigurationValueError.self) {
                try WorkDirectory(reader: reader(["work.dir": refused]))
            }
            #expect(error.variable == "WORK_DIR")
        }
    }

    @Test func anEmptyInternalTokenIsNoToken() {
        #expect(InternalTokenSetting(reader: reader([:])).token == nil)
        #expect(InternalTokenSetting(reader: reader(["internal.token": ""])).token == nil)
        #expect(InternalTokenSetting(reader: reader(["internal.token": "s3cret"])).token == "s3cret")
    }
}
