import ExportModels
import ExportStorage
import Foundation
import Testing

/// Open-data exports, built by the same worker with the open-data file builder.
@Suite struct BuilderOpendataTests {
    @Test func buildsTheMonthsFileIntoItsOpendataFolder() async throws {
        try await BuilderWorkerBench.with("builder_opendata") { bench in
            let created = try await bench.createOpendataExport()
            let status = try await bench.process(
                name: "builder", ["OPENDATA_SALT": "builder-test-salt", "OPENDATA_MIN_OCCURRENCES": "1"])
            #expect(status == 0)
            let record = try await bench.record(created.uuid)
            #expect(record.status == .success)
            #expect(record.fileKey == "opendata/2025-01/2025-01.csv")
            #expect(record.expiresAt == nil, "open data does not expire")
            #expect(try await bench.storedKeys(prefix: "opendata/") == ["opendata/2025-01/2025-01.csv"])
            #expect(record.statsValues["published"] as? Bool == false)
            #expect((record.statsValues["count_exposed"] as? Int ?? 0) > 0)
            #expect(!bench.output("builder").contains("builder-test-salt"), "the salt is a secret")
            #expect(try bench.workEntries().isEmpty)
        }
    }

    @Test func anOpendataExportWithoutSaltFailsForGoodSayingWhy() async throws {
        try await BuilderWorkerBench.with("builder_opendata_salt") { bench in
            let created = try await bench.createOpendataExport()
            let trip = try await bench.createExport()
            #expect(try await bench.process(name: "builder") == 0)
            let record = try await bench.record(created.uuid)
            #expect(record.status == .error)
            #expect(record.attempts == 1)
            #expect((record.errorValues["message"] as? String)?.contains("OPENDATA_SALT") == true)
            #expect(try await bench.notificationKinds(record) == ["support"])
            #expect(try await bench.status(trip.uuid) == .success, "trip exports are built without a salt")
        }
    }
}
