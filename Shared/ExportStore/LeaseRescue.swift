import ExportModels
package import ExportPostgres
package import Foundation

/// Takes back exports whose builder stopped beating (crashed, killed, cut off): to `pending`
/// after a backoff while attempts remain, else to `error` with the failure and support e-mails
/// (docs/queue.md §7). Run by every builder before it claims and by the janitor; safe in several
/// processes at once.
package struct LeaseRescue: Sendable {
    private let pool: PostgresPool
    private let actor: String

    /// Creates the rescue, recorded in logs as done by `actor`.
    package init(pool: PostgresPool, actor: String) {
        self.pool = pool
        self.actor = actor
    }

    /// One pass; returns the uuids of the exports taken back. The stale exports are locked with
    /// `SKIP LOCKED` (another process's rescue skips them), then each is moved on with the
    /// backoff of `RetryBackoff` for its attempt.
    @discardableResult
    package func rescueStale(leaseTimeoutSeconds: Int, maxAttempts: Int) async throws -> [UUID] {
        try await pool.withTransaction { connection in
            let stale = try await connection.query(
                """
                SELECT _id, uuid, attempts, coalesce(max_attempts, $2) AS allowed FROM export.exports
                WHERE status IN \(ExportStatus.running.sql) AND heartbeat_at < now() - make_interval(secs => $1)
                ORDER BY _id FOR UPDATE SKIP LOCKED
                """, [leaseTimeoutSeconds, maxAttempts])
            var rescued: [UUID] = []
            for row in stale {
                let exportID = try row.decode(Int64.self, named: "_id")
                let attempt = try row.decode(Int.self, named: "attempts")
                let status: ExportStatus = attempt < (try row.decode(Int.self, named: "allowed")) ? .pending : .error
                try await takeBack(exportID, attempt: attempt, to: status, on: connection)
                rescued.append(try row.decode(UUID.self, named: "uuid"))
            }
            return rescued
        }
    }

    /// Moves one locked stale export to `status` (`pending` or `error`) with its `status` log,
    /// and queues the final failure's e-mails when it ends in `error`.
    private func takeBack(
        _ exportID: Int64, attempt: Int, to status: ExportStatus, on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            """
            UPDATE export.exports
            SET status = $2, run_after = now() + make_interval(secs => $3),
                finished_at = CASE WHEN $5::bool THEN now() END,
                error = jsonb_build_object(
                    'message', 'builder stopped responding', 'phase', 'lease', 'attempt', $4::int),
                lease_token = NULL, locked_by = NULL
            WHERE _id = $1
            """,
            [
                exportID, status.rawValue, RetryBackoff.seconds(afterAttempt: attempt), attempt, status.isFinished,
            ])
        try await ExportRepository.log(
            exportID, .status, "\(status.rawValue) (lease expired)", actor: actor, on: connection)
        if status == .error { try await NotificationOutbox.queueFinalFailure(exportID: exportID, on: connection) }
    }
}
