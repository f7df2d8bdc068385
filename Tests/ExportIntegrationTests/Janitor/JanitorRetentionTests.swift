import ExportModels
import ExportPostgres
import Testing

@testable import ExportJanitor

/// The retention step: finished export rows (logs, recipients and outbox rows with them) are
/// deleted after `EXPORT_RECORD_RETENTION_DAYS`; younger or unfinished ones stay. Idempotency
/// keys go after their 24 hours.
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

    @Test func deletesIdempotencyKeysPastTheirDay() async throws {
        try await JanitorFixtures.withDatabase("janitor_idempotency") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            let export = try await JanitorFixtures.createFinishedExport(
                pool, status: .canceled, finishedDaysAgo: 2, withFile: false)
            for (key, hoursAgo) in [("old", 25), ("fresh", 23)] {
                try await pool.execute(
                    """
                    INSERT INTO export.idempotency_keys
                        (created_by, key, request_hash, response_status, response_body, export_uuid, created_at)
                    SELECT 'user-1', $1, 'hash', 201, '{}', uuid, now() - make_interval(hours => $2)
                    FROM export.exports WHERE _id = $3
                    """, [key, hoursAgo, export.id])
            }

            let report = try await JanitorFixtures.makePass(pool: pool, storage: storage).run()

            #expect(report.idempotencyKeysDeleted == 1)
            let keys = try await pool.query("SELECT key FROM export.idempotency_keys").map {
                try $0.decode(String.self, at: 0)
            }
            #expect(keys == ["fresh"])
        }
    }
}
