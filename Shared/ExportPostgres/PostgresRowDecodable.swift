/// A type built from a whole row, e.g. a record struct with one property per column.
package protocol PostgresRowDecodable: Sendable {
    /// Decodes `row`.
    init(row: PostgresRow) throws
}
