/// The isolation level of a transaction.
package enum PostgresIsolation: String, Sendable {
    /// PostgreSQL's default.
    case readCommitted = "READ COMMITTED"
    /// One snapshot for the whole transaction (the builder's count and rows share it).
    case repeatableRead = "REPEATABLE READ"
    /// Serializable; callers must retry on SQLSTATE 40001.
    case serializable = "SERIALIZABLE"
}
