package import ExportPostgres
package import Foundation

/// The `Idempotency-Key`s of `POST /v1/exports` and `POST /v1/exports/{uuid}/send` (table
/// `export.idempotency_keys`, docs/api.md). A key is written with its answer in the transaction
/// that does the request's work, so it exists exactly when the work does: a repeat finds the
/// first answer, never a half-done request.
package enum IdempotencyKeys {
    /// How long a key is kept and answered.
    package static let window = "24 hours"

    /// One user's key and the SHA-256 of the request that used it.
    package struct Key: Sendable, Equatable {
        /// The user (JWT `sub`).
        package let user: String
        /// The header's value.
        package let key: String
        /// Hex SHA-256 of the request (method, path, body).
        package let requestHash: String

        /// Creates a key.
        package init(user: String, key: String, requestHash: String) {
            self.user = user
            self.key = key
            self.requestHash = requestHash
        }
    }

    /// The first answer to a request.
    package struct Answer: Sendable, Equatable {
        /// Its HTTP status.
        package let status: Int
        /// Its JSON body, as sent.
        package let body: String

        /// Creates an answer.
        package init(status: Int, body: String) {
            self.status = status
            self.body = body
        }
    }

    /// The key was used within its window for another request.
    package struct Mismatch: Error, Sendable {}

    /// Makes the requests with `key` wait for one another until the transaction on `connection`
    /// ends, then returns the first answer (nil when the key is new or past its window). The
    /// read runs in a later statement than the lock, so it sees what the previous holder committed.
    package static func lockAndFind(_ key: Key, on connection: PostgresConnection) async throws -> Answer? {
        try await connection.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended('export.idempotency:' || $1 || ':' || $2, 0))",
            [key.user, key.key])
        return try await find(key, on: connection)
    }

    /// The first answer to `key` within its window, or nil; throws `Mismatch` when the key
    /// answered another request.
    package static func find(_ key: Key, on connection: PostgresConnection) async throws -> Answer? {
        guard
            let row = try await connection.queryFirst(
                """
                SELECT request_hash, response_status, response_body FROM export.idempotency_keys
                WHERE created_by = $1 AND key = $2 AND created_at > now() - $3::interval
                """, [key.user, key.key, window])
        else { return nil }
        let (requestHash, status, body) = try row.decode((String, Int, String).self)
        guard requestHash == key.requestHash else { throw Mismatch() }
        return Answer(status: status, body: body)
    }

    /// Records `answer` to `key` for `exportUUID`, in the caller's transaction (after
    /// `lockAndFind`), replacing a row of the same key past its window.
    package static func record(
        _ key: Key, answer: Answer, exportUUID: UUID, on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            """
            INSERT INTO export.idempotency_keys
                (created_by, key, request_hash, response_status, response_body, export_uuid)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (created_by, key) DO UPDATE SET request_hash = EXCLUDED.request_hash,
                response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body,
                export_uuid = EXCLUDED.export_uuid, created_at = now()
            """, [key.user, key.key, key.requestHash, answer.status, answer.body, exportUUID])
    }

    /// Deletes the keys past their window (they may quote recipients' addresses); returns how many.
    package static func deleteExpired(pool: PostgresPool) async throws -> Int {
        try await pool.execute(
            "DELETE FROM export.idempotency_keys WHERE created_at <= now() - $1::interval", [window])
    }
}
