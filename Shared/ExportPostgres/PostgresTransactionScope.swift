/// Where a write's statements go: into a transaction the caller holds open on a connection, or
/// into one of their own, which then goes to the server as one pipeline. A write that takes a
/// scope runs alike in both, and costs one round trip when it is alone.
package enum PostgresTransactionScope: Sendable {
    /// The caller's transaction, open on this connection.
    case open(PostgresConnection)
    /// A transaction of the write's own, on a connection of this pool.
    case own(PostgresPool)

    /// Runs `statements` in the scope's transaction as one pipeline; returns each one's rows.
    package func run(_ statements: [PostgresStatement]) async throws -> [[PostgresRow]] {
        switch self {
        case .open(let connection): return try await connection.pipeline(statements)
        case .own(let pool): return try await pool.transaction(statements)
        }
    }

    /// Lends `body` a connection inside the scope's transaction, for writes whose later
    /// statements depend on what earlier ones returned.
    package func withConnection<Result>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        switch self {
        case .open(let connection): return try await body(connection)
        case .own(let pool): return try await pool.withTransaction(body)
        }
    }
}
