public import ExportPostgres
public import Foundation

/// Takes back exports whose builder stopped beating (crashed, killed, cut off): to `pending`
/// after a backoff while attempts remain, else to `error` with the failure and support e-mails.
/// Run by every builder before it claims and by the janitor; safe in several processes at once.
public struct LeaseRescue: Sendable {
    private let pool: PostgresPool
    private let actor: String

    /// Creates the rescue, recorded in logs as done by `actor`.
    public init(pool: PostgresPool, actor: String) {
        self.pool = pool
        self.actor = actor
    }

    /// One pass; returns the uuids of the exports taken back.
    @discardableResult
    public func rescueStale(leaseTimeoutSeconds: Int, maxAttempts: Int) async throws -> [UUID] {
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                WITH stale AS (
                    SELECT _id, attempts, coalesce(max_attempts, $2) AS allowed FROM export.exports
                    WHERE status IN ('processing', 'uploading', 'sending')
                      AND heartbeat_at < now() - make_interval(secs => $1)
                    FOR UPDATE SKIP LOCKED)
                UPDATE export.exports AS e
                SET status = CASE WHEN s.attempts < s.allowed THEN 'pending' ELSE 'error' END,
                    run_after = now() + make_interval(secs => \(RetryBackoff.sql(afterAttempt: "s.attempts"))),
                    finished_at = CASE WHEN s.attempts < s.allowed THEN NULL ELSE now() END,
                    error = jsonb_build_object('message', 'builder stopped responding', 'phase', 'lease',
                                               'attempt', s.attempts),
                    lease_token = NULL, locked_by = NULL
                FROM stale s WHERE e._id = s._id
                RETURNING e._id, e.uuid, e.status
                """, [leaseTimeoutSeconds, maxAttempts])
            var rescued: [UUID] = []
            for row in rows {
                let (exportID, uuid, status) = try row.decode((Int64, UUID, String).self)
                try await ExportRepository.log(
                    exportID, .status, "\(status) (lease expired)", actor: actor, on: connection)
                if status == "error" {
                    try await NotificationOutbox.queueFinalFailure(exportID: exportID, on: connection)
                }
                rescued.append(uuid)
            }
            return rescued
        }
    }
}
