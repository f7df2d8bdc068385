import ExportModels
package import ExportPostgres
import Foundation

/// The notifier's side of the outbox (`export.notifications`): claim due rows, then record how
/// each delivery went. Every write after the claim is fenced by `locked_by`, so that a row taken
/// back from a notifier presumed dead is not recorded twice.
///
/// States: `pending` (waiting, due at `next_attempt_at`) → `sending` (claimed) → `sent`, or
/// `failed` (refused for good), or back to `pending` with a later `next_attempt_at`. A row left in
/// `sending` longer than the claim time-out belonged to a notifier that died: it is claimed again.
package struct NotificationDelivery: Sendable {
    let pool: PostgresPool
    /// The name of this notifier instance, recorded as `locked_by`.
    package let worker: String
    /// The service name recorded as the logs' actor.
    package let actor: String
    /// Seconds after which a row still `sending` is taken back.
    package let claimTimeoutSeconds: Int

    /// Creates the delivery side of notifier `worker`.
    package init(pool: PostgresPool, worker: String, actor: String = "export-notifier", claimTimeoutSeconds: Int) {
        self.pool = pool
        self.worker = worker
        self.actor = actor
        self.claimTimeoutSeconds = claimTimeoutSeconds
    }

    /// Claims up to `limit` due rows other than support ones, oldest first, in one atomic
    /// statement (`FOR UPDATE SKIP LOCKED`: two notifiers never claim the same row).
    package func claim(limit: Int) async throws -> [PendingNotification] {
        let rows = try await pool.query(
            """
            WITH claimed AS (
                UPDATE export.notifications AS n
                SET state = \(NotificationState.sending.sql), locked_by = $1, locked_at = now(), attempts = n.attempts + 1
                WHERE n._id IN (
                    SELECT _id FROM export.notifications
                    WHERE kind <> \(NotificationKind.support.sql) AND (
                        (state = \(NotificationState.pending.sql) AND next_attempt_at <= now())
                        OR (state = \(NotificationState.sending.sql) AND locked_at < now() - make_interval(secs => $2)))
                    ORDER BY next_attempt_at, _id FOR UPDATE SKIP LOCKED LIMIT $3)
                RETURNING n._id, n.export_id, n.recipient_id, n.kind, n.attempts, n.created_at, n.payload
            )
            SELECT \(ExportColumns.list), \(Self.notificationColumns)
            FROM claimed c JOIN export.exports e ON e._id = c.export_id
            LEFT JOIN export.recipients r ON r._id = c.recipient_id
            ORDER BY c._id
            """, [worker, claimTimeoutSeconds, limit])
        return try rows.map(Self.decode)
    }

    /// Records that the SMTP server accepted the e-mail of rows `ids` (one row, or a support
    /// batch), with its `Message-ID`, and logs `notified` on each export.
    package func markSent(_ ids: [Int64], messageID: String, kind: NotificationKind) async throws {
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                UPDATE export.notifications
                SET state = \(NotificationState.sent.sql), sent_at = now(), message_id = $3, last_error = NULL
                WHERE _id = ANY($1::bigint[]) AND state = \(NotificationState.sending.sql) AND locked_by = $2
                RETURNING export_id, recipient_id
                """, [ids, worker, messageID])
            try await log(rows, .notified, on: connection) { "\(kind.rawValue) e-mail delivered to \($0)" }
        }
    }

    /// Gives rows `ids` back for a later attempt after `delaySeconds`, with the reason
    /// (addresses redacted), and logs `retried` on each export.
    package func markForRetry(
        _ ids: [Int64], messageID: String, error: String, kind: NotificationKind, attempt: Int, delaySeconds: Double
    ) async throws {
        let reason = AddressRedaction.redact(error)
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                UPDATE export.notifications
                SET state = \(NotificationState.pending.sql), next_attempt_at = now() + make_interval(secs => $4), message_id = $3,
                    last_error = $5, locked_by = NULL, locked_at = NULL
                WHERE _id = ANY($1::bigint[]) AND state = \(NotificationState.sending.sql) AND locked_by = $2
                RETURNING export_id, recipient_id
                """, [ids, worker, messageID, delaySeconds, reason])
            try await log(rows, .retried, on: connection) {
                "\(kind.rawValue) e-mail to \($0) not delivered (attempt \(attempt)), next try in \(Int(delaySeconds)) s: \(reason)"
            }
        }
    }

    /// Records that rows `ids` will never be delivered (a 5xx reply, an address gone), with the
    /// reason (addresses redacted), and logs `failed` on each export.
    package func markFailed(_ ids: [Int64], messageID: String, error: String, kind: NotificationKind) async throws {
        let reason = AddressRedaction.redact(error)
        try await pool.withTransaction { connection in
            let rows = try await connection.query(
                """
                UPDATE export.notifications
                SET state = \(NotificationState.failed.sql), message_id = $3, last_error = $4, locked_by = NULL
                WHERE _id = ANY($1::bigint[]) AND state = \(NotificationState.sending.sql) AND locked_by = $2
                RETURNING export_id, recipient_id
                """, [ids, worker, messageID, reason])
            try await log(rows, .failed, on: connection) { "\(kind.rawValue) e-mail to \($0) not delivered: \(reason)" }
        }
    }
}

extension NotificationDelivery {
    /// Logs `type` on the export of each row `(export_id, recipient_id)` an update returned, with
    /// `message` given who the row was for (`recipient N` or `support`).
    func log(
        _ rows: [PostgresRow], _ type: ExportLogType, on connection: PostgresConnection,
        _ message: (String) -> String
    ) async throws {
        for row in rows {
            let (exportID, recipientID) = try row.decode((Int64, Int64?).self)
            let recipient = recipientID.map { "recipient \($0)" } ?? "support"
            try await ExportRepository.log(exportID, type, message(recipient), actor: actor, on: connection)
        }
    }

    /// The columns every claim selects besides `ExportColumns.list`, named apart from the
    /// export's own (`_id`, `attempts`, `created_at`) so that `decode` reads each by name.
    static let notificationExpressions = [
        "c._id AS notification_id", "c.kind", "c.attempts AS notification_attempts",
        "c.created_at AS notification_created_at", "c.recipient_id", "r.email", "r.fullname",
        "r.scrambled_at IS NOT NULL AS recipient_scrambled", "c.payload::text AS payload",
    ]
    /// Select list of `notificationExpressions`.
    static let notificationColumns = notificationExpressions.joined(separator: ", ")

    /// Decodes a claimed row: the export's columns and `notificationColumns`.
    static func decode(_ row: PostgresRow) throws -> PendingNotification {
        guard let kind = NotificationKind(rawValue: try row.decode(String.self, named: "kind")) else {
            throw PostgresError(kind: .decoding, message: "unknown notification kind")
        }
        let recipient = try row.decode(Int64?.self, named: "recipient_id").map { id in
            PendingNotification.Recipient(
                id: id,
                address: RecipientAddress(
                    email: try row.decode(String.self, named: "email"),
                    fullname: try row.decode(String?.self, named: "fullname") ?? ""),
                isScrambled: try row.decode(Bool.self, named: "recipient_scrambled"))
        }
        let payload = try row.decode(Data?.self, named: "payload").flatMap {
            try? JSONDecoder().decode(SendPayload.self, from: $0)
        }
        return PendingNotification(
            id: try row.decode(named: "notification_id"), kind: kind,
            attempts: try row.decode(named: "notification_attempts"),
            createdAt: try row.decode(named: "notification_created_at"), export: try ExportRecord(row: row),
            recipient: recipient, senderName: payload?.sender, senderMessage: payload?.message)
    }
}
