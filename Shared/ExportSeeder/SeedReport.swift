/// What a seed run loaded: the rows of each upstream table, in load order, and how long it took.
public struct SeedReport: Sendable, Equatable {
    /// The rows loaded into one table.
    public struct TableCount: Sendable, Equatable {
        /// The schema-qualified table name, e.g. `carpool_v2.carpools`.
        public let table: String
        /// The number of rows loaded.
        public let rows: Int
    }

    /// One entry per table filled, in the order they were loaded.
    public let tables: [TableCount]
    /// The wall-clock time of the whole run, transaction and statistics included.
    public let duration: Duration

    /// The rows loaded into `table` (schema-qualified), or nil when it was not filled.
    public func rows(in table: String) -> Int? {
        tables.first { $0.table == table }?.rows
    }
}
