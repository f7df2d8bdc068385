import ExportModels
import ExportPostgres
import ExportStore
import Foundation

/// The scrambling step (docs/queue.md §12–13): picks the exports finished more than the TTL ago whose
/// recipients still hold personal data and scrambles them with the shared `RecipientScrambling`.
/// The export rows are locked with SKIP LOCKED, so each export is scrambled by one janitor, once.
struct ScramblingRepository: Sendable {
    /// The database.
    let pool: PostgresPool
    /// Recorded as the actor of the logs.
    let actor: String

    /// Scrambles the recipients of up to `limit` exports finished more than `ttlDays` ago, in
    /// one transaction, with a `scrambled` log each.
    func scrambleDue(ttlDays: Int, limit: Int) async throws -> [ScrambledExport] {
        try await pool.withTransaction { connection in
            let due = try await connection.query(
                """
                SELECT e._id, e.uuid FROM export.exports e
                WHERE e.status IN \(ExportStatus.finished.sql)
                  AND e.finished_at < now() - make_interval(days => $1)
                  AND EXISTS (SELECT 1 FROM export.recipients r WHERE r.export_id = e._id AND r.scrambled_at IS NULL)
                ORDER BY e.finished_at LIMIT $2
                FOR UPDATE OF e SKIP LOCKED
                """, [ttlDays, limit])
            var scrambled: [ScrambledExport] = []
            for row in due {
                let (exportID, uuid) = try row.decode((Int64, UUID).self)
                let count = try await RecipientScrambling.scramble(exportID: exportID, on: connection)
                try await ExportRepository.log(
                    exportID, .scrambled, "personal data of \(count) recipient(s) replaced by random values",
                    actor: actor, on: connection)
                scrambled.append(ScrambledExport(uuid: uuid, recipients: count))
            }
            return scrambled
        }
    }
}
