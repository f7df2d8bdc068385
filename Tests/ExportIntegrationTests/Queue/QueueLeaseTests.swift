import ExportModels
import ExportPostgres
import ExportSchema
import ExportStore
import Foundation
import Testing

/// Heartbeats, fencing, cancellation, success, failures, release and rescue.
@Suite(.migratedDatabase(.export))
struct QueueLeaseTests {
    @Test func aBuilderThatLostItsLeaseCannotWriteSuccess() async throws {
        try await QueueFixtures.withQueueDatabase("queue_fence") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let queue = ExportQueue(pool: pool, worker: "slow")
            let (lease, _) = try #require(try await queue.claim())
            try await pool.execute(
                "UPDATE export.exports SET heartbeat_at = now() - interval '1 hour' WHERE _id = $1", [export.id])
            let rescued = try await LeaseRescue(pool: pool, actor: "janitor").rescueStale(
                leaseTimeoutSeconds: 300, maxAttempts: 3)
            #expect(rescued == [export.uuid])
            #expect(try await queue.heartbeat(lease) == .lost)
            await #expect(throws: LeaseLostError.self) {
                try await queue.succeed(lease, file: StoredExportFile(key: "k", size: 1, statsJSON: "{}"), ttlDays: 7)
            }
            #expect(try await QueueFixtures.state(pool, export.uuid).status == "pending")
            #expect(try await QueueFixtures.notificationKinds(pool, export.id).isEmpty)
        }
    }

    @Test func seesACancellationAtTheNextHeartbeat() async throws {
        try await QueueFixtures.withQueueDatabase("queue_cancel") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let queue = ExportQueue(pool: pool, worker: "b")
            let (lease, _) = try #require(try await queue.claim())
            #expect(try await queue.heartbeat(lease, progress: 40) == .held)
            try await pool.execute("UPDATE export.exports SET status = 'canceled' WHERE _id = $1", [export.id])
            #expect(try await queue.heartbeat(lease) == .canceled)
        }
    }

    @Test func succeedsThroughEveryStatusAndQueuesOneEmailPerRecipient() async throws {
        try await QueueFixtures.withQueueDatabase("queue_success") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let queue = ExportQueue(pool: pool, worker: "b")
            let (lease, _) = try #require(try await queue.claim())
            try await queue.advance(lease, to: .uploading)
            try await queue.advance(lease, to: .sending)
            try await queue.succeed(
                lease, file: StoredExportFile(key: "exports/x.zip", size: 10, statsJSON: #"{"rows":3}"#), ttlDays: 7)
            let record = try #require(try await ExportRepository(pool: pool).find(export.uuid))
            #expect(record.status == .success)
            #expect(record.progress == 100)
            let ttl = try #require(record.expiresAt).timeIntervalSince(record.updatedAt)
            #expect(abs(ttl - 7 * 86_400) < 5)
            #expect(try await QueueFixtures.notificationKinds(pool, export.id) == ["success", "success"])
            let statuses = try await ExportRepository(pool: pool).logs(of: export.id).filter { $0.type == .status }.map(
                \.message)
            #expect(statuses == ["processing (attempt 1)", "uploading", "sending", "success"])
        }
    }

    @Test func retriesWithBackoffThenFailsForGoodWithFailureAndSupportEmails() async throws {
        try await QueueFixtures.withQueueDatabase("queue_fail") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let queue = ExportQueue(pool: pool, worker: "b")
            let failure = ExportFailure(message: "disk full", phase: "write")
            for attempt in 1...2 {
                let (lease, _) = try #require(try await queue.claim())
                #expect(lease.attempt == attempt)
                try await queue.fail(lease, failure: failure, maxAttempts: 2)
                if attempt == 1 {
                    #expect(try await QueueFixtures.state(pool, export.uuid).status == "pending")
                    #expect(try await queue.claim() == nil, "run_after must hold the retry back")
                    #expect(try await QueueFixtures.notificationKinds(pool, export.id).isEmpty)
                    try await pool.execute("UPDATE export.exports SET run_after = now() WHERE _id = $1", [export.id])
                }
            }
            #expect(try await QueueFixtures.state(pool, export.uuid) == ("error", 2))
            #expect(try await QueueFixtures.notificationKinds(pool, export.id) == ["failure", "failure", "support"])
            let error = try await pool.query(
                "SELECT error->>'phase', (error->>'attempt')::int FROM export.exports WHERE _id = $1", [export.id])
            #expect(try error[0].decode(String.self, at: 0) == "write")
            #expect(try error[0].decode(Int.self, at: 1) == 2)
        }
    }

    @Test func releasingAtShutdownDoesNotSpendAnAttempt() async throws {
        try await QueueFixtures.withQueueDatabase("queue_release") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let queue = ExportQueue(pool: pool, worker: "b")
            let (lease, _) = try #require(try await queue.claim())
            try await queue.release(lease)
            #expect(try await QueueFixtures.state(pool, export.uuid) == ("pending", 0))
            let (again, _) = try #require(try await queue.claim())
            #expect(again.attempt == 1)
            #expect(again.releases == 1, "the release is counted")
            #expect(again.token != lease.token)
        }
    }

    @Test func rescueSendsTheFinalFailureOnceAttemptsAreSpent() async throws {
        try await QueueFixtures.withQueueDatabase("queue_rescue") { pool in
            let export = try await QueueFixtures.createExport(pool)
            let (lease, _) = try #require(try await ExportQueue(pool: pool, worker: "b").claim())
            #expect(lease.attempt == 1)
            try await pool.execute(
                "UPDATE export.exports SET heartbeat_at = now() - interval '1 hour' WHERE _id = $1", [export.id])
            let rescue = LeaseRescue(pool: pool, actor: "export-janitor")
            #expect(try await rescue.rescueStale(leaseTimeoutSeconds: 300, maxAttempts: 1) == [export.uuid])
            #expect(try await rescue.rescueStale(leaseTimeoutSeconds: 300, maxAttempts: 1).isEmpty)
            #expect(try await QueueFixtures.state(pool, export.uuid).status == "error")
            #expect(try await QueueFixtures.notificationKinds(pool, export.id) == ["failure", "failure", "support"])
        }
    }
}
