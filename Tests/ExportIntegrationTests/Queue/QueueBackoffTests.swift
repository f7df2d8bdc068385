import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// Exports that failed together (an outage) come back spread over their backoff, not all at
/// the same second.
@Suite struct QueueBackoffTests {
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
            let waits = try await Self.waits(pool, afterLog: "retried")
            #expect(waits.count == 6)
            #expect(waits.allSatisfy { (15...30).contains($0) }, "half to all of the 30 s step: \(waits)")
            #expect(Set(waits).count > 1, "spread: \(waits)")
        }
    }

    @Test func exportsTakenBackTogetherAreRetriedAtSpreadTimes() async throws {
        try await QueueFixtures.withQueueDatabase("queue_rescue_jitter") { pool in
            let queue = ExportQueue(pool: pool, worker: "b")
            for _ in 0..<6 { try await QueueFixtures.createExport(pool) }
            for _ in 0..<6 { _ = try #require(try await queue.claim()) }
            try await pool.execute("UPDATE export.exports SET heartbeat_at = now() - interval '1 hour'")
            try await LeaseRescue(pool: pool, actor: "test").rescueStale(leaseTimeoutSeconds: 300, maxAttempts: 3)
            let waits = try await Self.waits(pool, afterLog: "status")
            #expect(waits.count == 6)
            #expect(waits.allSatisfy { (15...30).contains($0) }, "half to all of the 30 s step: \(waits)")
            #expect(Set(waits).count > 1, "spread: \(waits)")
        }
    }

    /// Seconds from the last log of `type` (written in the transaction that set `run_after`) to
    /// `run_after`, for each export.
    private static func waits(_ pool: PostgresPool, afterLog type: String) async throws -> [Double] {
        try await pool.query(
            """
            SELECT extract(epoch FROM e.run_after - (
                SELECT max(l.created_at) FROM export.logs l WHERE l.export_id = e._id AND l.type = $1))::float8
            FROM export.exports e
            """, [type]
        ).map { try $0.decode(Double.self, at: 0) }
    }
}
