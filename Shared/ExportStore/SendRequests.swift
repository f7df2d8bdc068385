package import ExportModels
package import ExportPostgres
import Foundation

/// Queues the `send` e-mails of an export (docs/emails.md §5, `POST /v1/exports/{uuid}/send`): the
/// recipients asked for are added to the export, then one outbox row per recipient carries the
/// request's id, the sender's name and message, all in one transaction with the `sent` log.
package struct SendRequests: Sendable {
    private let pool: PostgresPool

    /// Creates the queue writer over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// Writes the outbox rows for `recipients` (empty: the export's own live recipients) and
    /// returns how many were queued.
    package func queue(
        exportID: Int64, recipients: [RecipientAddress], senderName: String, message: String?, actor: String
    ) async throws -> Int {
        try await pool.withTransaction { connection in
            try await Self.queue(
                exportID: exportID, recipients: recipients, senderName: senderName, message: message, actor: actor,
                on: connection)
        }
    }

    /// `queue(exportID:recipients:senderName:message:actor:)` on `connection`, inside the
    /// caller's transaction.
    package static func queue(
        exportID: Int64, recipients: [RecipientAddress], senderName: String, message: String?, actor: String,
        on connection: PostgresConnection
    ) async throws -> Int {
        let requestID = UUID()
        let payload = try PostgresJSON(encoding: SendPayload(sender: senderName, message: message))
        var recipientIDs: [Int64] = []
        for recipient in recipients {
            let row = try await connection.queryFirst(
                """
                INSERT INTO export.recipients (export_id, email, fullname, message) VALUES ($1, $2, $3, $4)
                ON CONFLICT (export_id, email) DO UPDATE SET fullname = EXCLUDED.fullname, message = EXCLUDED.message
                RETURNING _id
                """, [exportID, recipient.email, recipient.fullname, message])
            recipientIDs.append(try unwrap(row).decode(Int64.self))
        }
        if recipients.isEmpty {
            recipientIDs = try await connection.query(
                "SELECT _id FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NULL ORDER BY _id",
                [exportID]
            ).map { try $0.decode(Int64.self) }
        }
        try await connection.execute(
            """
            INSERT INTO export.notifications (export_id, recipient_id, kind, request_id, payload)
            SELECT $1, id, \(NotificationKind.send.sql), $2, $3::jsonb FROM unnest($4::bigint[]) AS id
            ON CONFLICT (export_id, coalesce(recipient_id, 0), kind, request_id) DO NOTHING
            """, [exportID, requestID, payload, recipientIDs])
        try await ExportRepository.log(
            exportID, .sent, "download link sent to \(recipientIDs.count) recipient(s)", actor: actor,
            on: connection)
        return recipientIDs.count
    }
}
