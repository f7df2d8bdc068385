public import ExportPostgres
public import Foundation

/// The `Idempotency-Key`s of `POST /v1/exports` (table `export.idempotency_keys`): the first
/// request with a key claims it, then records its answer; a repeat within 24 hours finds it.
public struct IdempotencyKeys: Sendable {
    /// What a request finds when it claims a key.
    public enum Claim: Sendable, Equatable {
        /// The key is new: handle the request, then `complete` or `release` it.
        case claimed
        /// The same request was answered before: return this status and body.
        case answered(status: Int, body: String)
        /// The key was used with another request.
        case mismatch
        /// The first request with this key is still being handled.
        case inProgress
    }

    private let pool: PostgresPool

    /// Creates the store over `pool`.
    public init(pool: PostgresPool) { self.pool = pool }

    /// Claims `key` of `user` for a request whose hash is `requestHash`; a key older than 24
    /// hours is forgotten first.
    public func claim(user: String, key: String, requestHash: String) async throws -> Claim {
        try await pool.withTransaction { connection in
            try await connection.execute(
                """
                DELETE FROM export.idempotency_keys
                WHERE created_by = $1 AND key = $2 AND created_at < now() - interval '24 hours'
                """, [user, key])
            let inserted = try await connection.queryFirst(
                """
                INSERT INTO export.idempotency_keys (created_by, key, request_hash) VALUES ($1, $2, $3)
                ON CONFLICT DO NOTHING RETURNING 1
                """, [user, key, requestHash])
            if inserted != nil { return .claimed }
            let row = try unwrap(
                try await connection.queryFirst(
                    """
                    SELECT request_hash, response_status, response_body::text FROM export.idempotency_keys
                    WHERE created_by = $1 AND key = $2
                    """, [user, key]))
            guard try row.decode(String.self, at: 0) == requestHash else { return .mismatch }
            guard let status = try row.decode(Int?.self, at: 1), let body = try row.decode(String?.self, at: 2) else {
                return .inProgress
            }
            return .answered(status: status, body: body)
        }
    }

    /// Records the answer of the request that claimed `key`.
    public func complete(user: String, key: String, status: Int, body: String, exportUUID: UUID?) async throws {
        try await pool.execute(
            """
            UPDATE export.idempotency_keys SET response_status = $3, response_body = $4::jsonb, export_uuid = $5
            WHERE created_by = $1 AND key = $2
            """, [user, key, status, body, exportUUID])
    }

    /// Gives up a claim whose request failed, so that a retry is handled afresh.
    public func release(user: String, key: String) async throws {
        try await pool.execute(
            "DELETE FROM export.idempotency_keys WHERE created_by = $1 AND key = $2 AND response_status IS NULL",
            [user, key])
    }
}
