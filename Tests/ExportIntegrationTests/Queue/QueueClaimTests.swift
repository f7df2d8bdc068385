import ExportModels
import ExportPostgres
import ExportSchema
import ExportStore
import Foundation
import Testing

/// Claiming: atomic, FIFO, respectful of `run_after`, each export built once.
@Suite(.migratedDatabase(.export))
struct QueueClaimTests {
    @Test func claimsEachExportOnceWithFourBuilders() async throws {
        try await QueueFixtures.withQueueDatabase("queue_claim", poolSize: 8) { pool in
            for _ in 0..<200 { try await QueueFixtures.createExport(pool) }
            let claimed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        let queue = ExportQueue(pool: pool, worker: "builder-\(worker)")
                        var mine: [UUID] = []
                        while let (lease, _) = try await queue.claim() { mine.append(lease.uuid) }
                        return mine
                    }
                }
                return try await group.reduce(into: [UUID]()) { $0 += $1 }
            }
            #expect(claimed.count == 200)
            #expect(Set(claimed).count == 200)
            let processing = try await pool.query(
                "SELECT count(*)::int FROM export.exports WHERE status = 'processing'")
            #expect(try processing[0].decode(Int.self, at: 0) == 200)
        }
    }

    @Test func claimsTheOldestFirstAndNotBeforeRunAfter() async throws {
        try await QueueFixtures.withQueueDatabase("queue_fifo") { pool in
            let first = try await QueueFixtures.createExport(pool)
            let second = try await QueueFixtures.createExport(pool)
            try await pool.execute(
                "UPDATE export.exports SET run_after = now() + interval '1 hour' WHERE _id = $1", [first.id])
            let queue = ExportQueue(pool: pool, worker: "b")
            let (lease, record) = try #require(try await queue.claim())
            #expect(lease.uuid == second.uuid)
            #expect(record.status == .processing)
            #expect(lease.attempt == 1)
            #expect(try await queue.claim() == nil)
        }
    }
}
