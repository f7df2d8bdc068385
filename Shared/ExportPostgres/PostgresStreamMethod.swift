import CLibPQ

/// How a large result is read.
package enum PostgresStreamMethod: Sendable, Equatable {
    /// libpq single-row mode: one statement, rows handed over as they arrive.
    case singleRow
    /// A server-side cursor read `FETCH` by `FETCH`, `batchSize` rows at a time (inside a
    /// transaction: the caller's, or one opened for the stream).
    case cursor(batchSize: Int)
}
