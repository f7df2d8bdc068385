import ExportModels
import ExportPostgres
import ExportStore
import Foundation

/// Helpers of the queue tests: a copy of the suite's migrated database and exports created through
/// the repository.
enum QueueFixtures {
    /// Runs `body` on a database of the test's own with the export schema: a copy of the suite's,
    /// whose suite takes `.migratedDatabase(.export)`.
    static func withQueueDatabase(
        _ prefix: String, poolSize: Int = 6, _ body: (PostgresPool) async throws -> Void
    ) async throws {
        try await MigratedDatabase.withCopy(prefix, poolSize: poolSize) { pool, _ in try await body(pool) }
    }

    /// Creates a pending registry export with two recipients.
    @discardableResult
    static func createExport(_ pool: PostgresPool, createdBy: String = "42") async throws -> ExportRecord {
        let params = ExportParams(
            startAt: Date(timeIntervalSince1970: 1_735_686_000), endAt: Date(timeIntervalSince1970: 1_738_364_400))
        return try await ExportRepository(pool: pool).create(
            NewExport(
                type: .registry, format: .xlsx, createdBy: createdBy, params: params,
                recipients: [
                    RecipientAddress(email: "jeanne.martin@example.org", fullname: "Jeanne Martin"),
                    RecipientAddress(email: "ops@example.org"),
                ]),
            actor: createdBy)
    }

    /// The export's status and attempts, read back.
    static func state(_ pool: PostgresPool, _ uuid: UUID) async throws -> (status: String, attempts: Int) {
        let row = try await pool.query("SELECT status, attempts FROM export.exports WHERE uuid = $1", [uuid])[0]
        return (try row.decode(String.self, at: 0), try row.decode(Int.self, at: 1))
    }

    /// The outbox kinds queued for an export, sorted.
    static func notificationKinds(_ pool: PostgresPool, _ exportID: Int64) async throws -> [String] {
        try await pool.query(
            "SELECT kind FROM export.notifications WHERE export_id = $1 ORDER BY kind, recipient_id", [exportID]
        ).map { try $0.decode(String.self, at: 0) }
    }
}
