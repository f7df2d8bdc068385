public import ExportPostgres

/// The counts the API checks before creating an export (rules.md §2).
public struct ExportQuotas: Sendable {
    private let pool: PostgresPool

    /// Creates the counter over `pool`.
    public init(pool: PostgresPool) { self.pool = pool }

    /// How many of `user`'s exports are waiting or running.
    public func unfinished(createdBy user: String) async throws -> Int {
        let rows = try await pool.query(
            """
            SELECT count(*) FROM export.exports
            WHERE created_by = $1 AND status IN ('pending', 'processing', 'uploading', 'sending')
            """, [user])
        return try unwrap(rows.first).decode(Int.self, at: 0)
    }
}
