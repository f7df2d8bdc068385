import ExportModels
import ExportPostgres
import Testing

@testable import ExportJanitor

/// The retention step: finished export rows (logs, recipients and outbox rows with them) are
/// deleted after `EXPORT_RECORD_RETENTION_DAYS`; younger or unfinished ones stay.
@Suite struct JanitorRetentionTests {
    @Test func deletesFinishedRecordsOlderThanTheRetentionPeriod() async throws {
        try await JanitorFixtures.withDatabase("janitor_retention") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            let ancient = try await JanitorFixtures.createFinishedExport(
                pool, status: .canceled, finishedDaysAgo: 400, withFile: false)
            let kept = try await JanitorFixtures.createFinishedExport(
                pool, status: .canceled, finishedDaysAgo: 300, withFile: false)
            let running = try await JanitorFixtures.createFinishedExport(
                pool, status: .pending, finishedDaysAgo: 400, withFile: false)

            let report = try await JanitorFixtures.makePass(pool: pool, storage: storage).run()

            #expect(report.recordsDeleted == 1)
            let remaining = try await pool.query("SELECT _id FROM export.exports ORDER BY _id")
                .map { try $0.decode(Int64.self, at: 0) }
            #expect(remaining == [kept.id, running.id])
            #expect(
                try await pool.query("SELECT count(*) FROM export.logs WHERE export_id = $1", [ancient.id])[0]
                    .decode(Int.self, at: 0) == 0)
        }
    }
}
