import ExportPostgres

/// Replaces the personal data of an export's recipients with random values (rules.md §5): an
/// e-mail-shaped random string on the reserved `.invalid` domain, a random name, no message;
/// and empties the payloads of its outbox rows, the other place that holds what they wrote.
enum RecipientScrambling {
    /// Scrambles every recipient of `exportID` not scrambled yet, inside the caller's transaction.
    static func scramble(exportID: Int64, on connection: PostgresConnection) async throws {
        try await connection.execute(
            """
            UPDATE export.recipients
            SET email = 'scrambled-' || replace(gen_random_uuid()::text, '-', '') || '@scrambled.invalid',
                fullname = md5(gen_random_uuid()::text), message = NULL, scrambled_at = now()
            WHERE export_id = $1 AND scrambled_at IS NULL
            """, [exportID])
        try await connection.execute(
            "UPDATE export.notifications SET payload = '{}' WHERE export_id = $1 AND payload <> '{}'", [exportID])
    }
}
