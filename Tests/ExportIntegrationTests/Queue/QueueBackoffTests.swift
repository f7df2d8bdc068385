import ExportModels
import ExportPostgres
import ExportSchema
import ExportStore
import Foundation
import Testing

/// A failed or taken-back export waits the backoff of `RetryBackoff` for its attempt
/// (docs/queue.md §6), and exports that failed together (an outage) come back spread over it,
/// not all at the same second.
@Suite(.migratedDatabase(.export))
struct QueueBackoffTests {
    @Test func exportsFailedTogetherAreRetriedAtSpreadTimes() async throws {
        try await QueueFixtures.withQueueDatabase("queue_jitter") { pool in
            let queue = ExportQueue(pool: pool, worker: "b")
            for _ in 0..<6 { try await QueueFixtures.createExport(pool) }
            // Exactly six claims: a slow loop could otherwise claim again an export whose backoff ended.
            for _ in 0..<6 {
                let (lease, _) = try #require(try await queue.claim())
                try await queue.fail(
                    lease, failure: ExportFailure(message: "storage down", phase: "upload"), maxAttempts: 3)
            }
            try await Self.expectBackoff(pool, afterLog: "retried", exports: 6)
        }
    }

    @Test func exportsTakenBackTogetherAreRetriedAtSpreadTimes() async throws {
        try await QueueFixtures.withQueueDatabase("queue_rescue_jitter") { pool in
            let queue = ExportQueue(pool: pool, worker: "b")
            for _ in 0..<6 { try await QueueFixtures.createExport(pool) }
            for _ in 0..<6 { _ = try #require(try await queue.claim()) }
            // Half of them on their second attempt, whose backoff is twice as long.
            try await pool.execute(
                "UPDATE export.exports SET heartbeat_at = now() - interval '1 hour', attempts = 1 + _id % 2")
            try await LeaseRescue(pool: pool, actor: "test").rescueStale(leaseTimeoutSeconds: 300, maxAttempts: 3)
            try await Self.expectBackoff(pool, afterLog: "status", exports: 6)
        }
    }

    /// Expects `exports` exports back in `pending`, each with a wait from its last log of `type`
    /// (written in the transaction that set `run_after`) to `run_after` within the backoff of its
    /// attempt, and the waits spread.
    private static func expectBackoff(_ pool: PostgresPool, afterLog type: String, exports: Int) async throws {
        let rows = try await pool.query(
            """
            SELECT e.status, e.attempts, extract(epoch FROM e.run_after - (
                SELECT max(l.created_at) FROM export.logs l WHERE l.export_id = e._id AND l.type = $1))::float8
                AS wait
            FROM export.exports e
            """, [type])
        #expect(rows.count == exports)
        var waits: [Double] = []
        for row in rows {
            let attempt = try row.decode(Int.self, named: "attempts")
            let wait = try row.decode(Double.self, named: "wait")
            #expect(try row.decode(String.self, named: "status") == ExportStatus.pending.rawValue)
            #expect(RetryBackoff.range(afterAttempt: attempt).contains(wait), "attempt \(attempt) waits \(wait) s")
            waits.append(wait)
        }
        #expect(Set(waits).count > 1, "spread: \(waits)")
    }
}
