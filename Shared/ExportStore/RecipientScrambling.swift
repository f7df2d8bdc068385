package import ExportPostgres

/// Replaces the personal data of an export's recipients with random values (docs/queue.md §13): an
/// e-mail-shaped random string on the reserved `.invalid` domain and random text, and removes
/// the former addresses from every other row of the export that may hold them. Used by the
/// janitor after the TTL and by the API's DELETE (right to erasure).
package enum RecipientScrambling {
    /// Replaces the recipients' data of `exportID`, empties its outbox payloads (sender name and
    /// message) and replaces each former address in its other rows; returns the recipients done.
    @discardableResult
    package static func scramble(exportID: Int64, on connection: PostgresConnection) async throws -> Int {
        let addresses = try await connection.query(
            """
            WITH former AS (
                SELECT _id, email FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NULL FOR UPDATE)
            UPDATE export.recipients r
            SET email = 'scrambled-' || replace(gen_random_uuid()::text, '-', '') || '@scrambled.invalid',
                fullname = md5(gen_random_uuid()::text),
                message = CASE WHEN r.message IS NULL THEN NULL ELSE md5(gen_random_uuid()::text) END,
                scrambled_at = now()
            FROM former WHERE r._id = former._id
            RETURNING former.email, r.email
            """, [exportID])
        try await connection.execute(
            "UPDATE export.notifications SET payload = '{}' WHERE export_id = $1 AND payload <> '{}'", [exportID])
        for row in addresses {
            let (former, scrambled) = try row.decode((String, String).self)
            try await replaceAddress(former, with: scrambled, of: exportID, on: connection)
        }
        return addresses.count
    }

    /// Replaces `former` (in any case) by `scrambled` in the text columns of the export's rows
    /// that may quote an address: outbox errors, log messages, the export's error and the
    /// stored answers of idempotent requests.
    private static func replaceAddress(
        _ former: String, with scrambled: String, of exportID: Int64, on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            """
            WITH p AS (SELECT regexp_replace($2, '([^[:alnum:]])', '\\\\\\1', 'g') AS pattern),
            outbox AS (
                UPDATE export.notifications n SET last_error = regexp_replace(n.last_error, p.pattern, $3, 'gi')
                FROM p WHERE n.export_id = $1 AND n.last_error ~* p.pattern RETURNING 1),
            logs AS (
                UPDATE export.logs l SET message = regexp_replace(l.message, p.pattern, $3, 'gi')
                FROM p WHERE l.export_id = $1 AND l.message ~* p.pattern RETURNING 1),
            exports AS (
                UPDATE export.exports e SET error = regexp_replace(e.error::text, p.pattern, $3, 'gi')::jsonb
                FROM p WHERE e._id = $1 AND e.error::text ~* p.pattern RETURNING e.uuid),
            answers AS (
                UPDATE export.idempotency_keys k
                SET response_body = regexp_replace(k.response_body, p.pattern, $3, 'gi')
                FROM p, export.exports e
                WHERE e._id = $1 AND k.export_uuid = e.uuid AND k.response_body ~* p.pattern RETURNING 1)
            SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM logs)
                 + (SELECT count(*) FROM exports) + (SELECT count(*) FROM answers)
            """, [exportID, former, scrambled])
    }
}
