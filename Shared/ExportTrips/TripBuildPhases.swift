import ExportLogging
package import Logging

/// Where the time of one trip file build went, logged with `export file built` and read by the
/// builder benchmark.
package struct TripBuildPhases: Sendable, Equatable {
    /// The count query.
    package var count: Duration = .zero
    /// From the rows statement to its first row: the query's work before any row can be
    /// written (joins, aggregates, the final sort).
    package var query: Duration = .zero
    /// From the first row to the last byte of the data file: reading the rows, computing the
    /// values, formatting and compressing, overlapped.
    package var rows: Duration = .zero
    /// Closing the data file and writing the ZIP around it.
    package var zip: Duration = .zero

    /// Creates empty phases.
    package init() {}

    /// The phases in milliseconds, as log metadata (`count_ms`, `query_ms`, `rows_ms`, `zip_ms`).
    package var logMetadata: Logger.Metadata {
        .fields([.countMilliseconds: count, .queryMilliseconds: query, .rowsMilliseconds: rows, .zipMilliseconds: zip])
    }
}
