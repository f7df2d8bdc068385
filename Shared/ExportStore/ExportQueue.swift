package import ExportModels
package import ExportPostgres
import Foundation

/// The builders' side of the queue: claim, heartbeat, status changes, success, failure and
/// release, every write after the claim fenced by the lease token. These are the builder's
/// transitions of docs/queue.md §2.
package struct ExportQueue: Sendable {
    private let pool: PostgresPool
    /// The name of this builder instance, recorded as `locked_by` and as the logs' actor.
    package let worker: String

    /// Creates the queue of builder `worker`.
    package init(pool: PostgresPool, worker: String) {
        self.pool = pool
        self.worker = worker
    }

    /// Claims the oldest pending export whose `run_after` has passed, in one atomic statement
    /// (`FOR UPDATE SKIP LOCKED`: two builders never get the same export); nil when none waits.
    package func claim() async throws -> (Lease, ExportRecord)? {
        try await pool.withTransaction { connection in
            let row = try await connection.queryFirst(
                """
                UPDATE export.exports AS e
                SET status = \(ExportStatus.processing.sql), locked_by = $1, lease_token = gen_random_uuid(),
                    heartbeat_at = now(), started_at = now(), attempts = e.attempts + 1, progress = 0
                WHERE e._id = (
                    SELECT _id FROM export.exports WHERE status = \(ExportStatus.pending.sql) AND run_after <= now()
                    ORDER BY created_at, _id FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING \(ExportColumns.list), e.lease_token, e.releases
                """, [worker])
            guard let row else { return nil }
            let record = try ExportRecord(row: row)
            let token = try row.decode(UUID.self, named: "lease_token")
            let releases = try row.decode(Int.self, named: "releases")
            try await ExportRepository.log(
                record.id, .status, "processing (attempt \(record.attempts))", actor: worker, on: connection)
            let lease = Lease(
                exportID: record.id, uuid: record.uuid, token: token, attempt: record.attempts, releases: releases)
            return (lease, record)
        }
    }

    /// Renews the lease and records progress; says whether to go on.
    package func heartbeat(_ lease: Lease, progress: Int? = nil) async throws -> HeartbeatOutcome {
        let updated = try await pool.execute(
            """
            UPDATE export.exports SET heartbeat_at = now(), progress = coalesce($3, progress)
            WHERE _id = $1 AND lease_token = $2 AND status IN \(ExportStatus.running.sql)
            """, [lease.exportID, lease.token, progress.map { min(max($0, 0), 100) }])
        if updated == 1 { return .held }
        let status = try await pool.query("SELECT status FROM export.exports WHERE _id = $1", [lease.exportID])
            .first.map { try $0.decode(String.self) }
        return status == ExportStatus.canceled.rawValue ? .canceled : .lost
    }

    /// The export's status now, nil when its row is gone: what a builder whose fenced write was
    /// refused needs to know about the file it stored.
    package func status(of lease: Lease) async throws -> ExportStatus? {
        let row = try await pool.query("SELECT status FROM export.exports WHERE _id = $1", [lease.exportID]).first
        return try row.flatMap { ExportStatus(rawValue: try $0.decode(String.self)) }
    }

    /// Moves a held export to `status` (`uploading`, `sending`) with its `status` log.
    package func advance(_ lease: Lease, to status: ExportStatus) async throws {
        try await pool.withTransaction { connection in
            try await fenced(lease, on: connection, "status = $3", [status.rawValue])
            try await ExportRepository.log(lease.exportID, .status, status.rawValue, actor: worker, on: connection)
        }
    }

    /// Records the success and queues the recipients' e-mails in the same transaction.
    package func succeed(_ lease: Lease, file: StoredExportFile, ttlDays: Int) async throws {
        try await pool.withTransaction { connection in
            try await fenced(
                lease, on: connection,
                """
                status = \(ExportStatus.success.sql), progress = 100, finished_at = now(),
                expires_at = CASE WHEN type = 'opendata' THEN NULL ELSE now() + make_interval(days => $3) END,
                file_key = $4, file_size = $5, stats = $6::jsonb, download_url = $7,
                lease_token = NULL, locked_by = NULL, error = NULL
                """,
                [
                    ttlDays, file.key, file.size, file.statsJSON,
                    "/v1/exports/\(lease.uuid.uuidString.lowercased())/download",
                ])
            try await ExportRepository.log(lease.exportID, .status, "success", actor: worker, on: connection)
            try await NotificationOutbox.queueForRecipients(exportID: lease.exportID, kind: .success, on: connection)
        }
    }

    /// Records a failed attempt: back to `pending` after a backoff while attempts remain (and
    /// `retryable`), else `error` with the failure and support e-mails.
    package func fail(_ lease: Lease, failure: ExportFailure, maxAttempts: Int) async throws {
        try await pool.withTransaction { connection in
            let final = !failure.retryable || lease.attempt >= maxAttempts
            let errorJSON = try failure.json(attempt: lease.attempt)
            if final {
                try await fenced(
                    lease, on: connection,
                    """
                    status = \(ExportStatus.error.sql), finished_at = now(), error = $3::jsonb,
                    lease_token = NULL, locked_by = NULL
                    """,
                    [errorJSON])
                try await ExportRepository.log(lease.exportID, .failed, failure.message, actor: worker, on: connection)
                try await ExportRepository.log(lease.exportID, .status, "error", actor: worker, on: connection)
                try await NotificationOutbox.queueFinalFailure(exportID: lease.exportID, on: connection)
            } else {
                try await fenced(
                    lease, on: connection,
                    """
                    status = \(ExportStatus.pending.sql), error = $3::jsonb, lease_token = NULL, locked_by = NULL,
                    run_after = now() + make_interval(secs => $4)
                    """, [errorJSON, RetryBackoff.seconds(afterAttempt: lease.attempt)])
                try await ExportRepository.log(
                    lease.exportID, .retried, "attempt \(lease.attempt) failed: \(failure.message)", actor: worker,
                    on: connection)
            }
        }
    }

    /// Times an export may be given back at shutdown without spending its attempt: past that,
    /// the builder records the shutdown as a failed attempt instead (`Lease.mayBeReleased`).
    package static let maxReleases = 5

    /// Gives the export back without spending the attempt (graceful shutdown), counting the
    /// release.
    package func release(_ lease: Lease) async throws {
        try await pool.withTransaction { connection in
            try await fenced(
                lease, on: connection,
                """
                status = \(ExportStatus.pending.sql), attempts = greatest(attempts - 1, 0), releases = releases + 1,
                lease_token = NULL, locked_by = NULL, progress = 0
                """,
                [])
            try await ExportRepository.log(
                lease.exportID, .status, "pending (released at shutdown)", actor: worker, on: connection)
        }
    }

    /// Runs `UPDATE … SET <assignments>` only while the lease holds; `$1`, `$2` are the export
    /// and token, the assignments' own parameters start at `$3`.
    private func fenced(
        _ lease: Lease, on connection: PostgresConnection, _ assignments: String, _ values: [any PostgresBindable]
    ) async throws {
        let updated = try await connection.execute(
            """
            UPDATE export.exports SET \(assignments)
            WHERE _id = $1 AND lease_token = $2 AND status IN \(ExportStatus.running.sql)
            """, [lease.exportID, lease.token] + values)
        guard updated == 1 else { throw LeaseLostError(uuid: lease.uuid) }
    }
}
