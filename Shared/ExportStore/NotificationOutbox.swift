import ExportPostgres

/// Writes e-mails to send into `export.notifications`, inside the caller's transaction, so that
/// they exist exactly when the state change they report does. Repeating an insert adds nothing
/// (unique on export, recipient, kind and request).
enum NotificationOutbox {
    /// One row per live recipient of the export, of `kind` (`success` or `failure`).
    static func queueForRecipients(
        exportID: Int64, kind: NotificationKind, on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO export.notifications (export_id, recipient_id, kind)
            SELECT $1, _id, $2 FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NULL
            ON CONFLICT (export_id, coalesce(recipient_id, 0), kind, request_id) DO NOTHING
            """, [exportID, kind.rawValue])
    }

    /// The row that feeds the grouped support e-mail.
    static func queueSupport(exportID: Int64, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            INSERT INTO export.notifications (export_id, recipient_id, kind)
            VALUES ($1, NULL, \(NotificationKind.support.sql))
            ON CONFLICT (export_id, coalesce(recipient_id, 0), kind, request_id) DO NOTHING
            """, [exportID])
    }

    /// Everything a final failure sends: the recipients' `failure` e-mails and the support row.
    static func queueFinalFailure(exportID: Int64, on connection: PostgresConnection) async throws {
        try await queueForRecipients(exportID: exportID, kind: .failure, on: connection)
        try await queueSupport(exportID: exportID, on: connection)
    }
}
