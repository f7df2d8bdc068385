/// What a seed run loaded: the rows of each upstream table, in load order, and how long it took.
package struct SeedReport: Sendable, Equatable {
    /// The rows loaded into one table.
    package struct TableCount: Sendable, Equatable {
        /// The schema-qualified table name, e.g. `carpool_v2.carpools`.
        package let table: String
        /// The number of rows loaded.
        package let rows: Int
    }

    /// One entry per table filled, in the order they were loaded.
    package let tables: [TableCount]
    /// The wall-clock time of the whole run, transaction and statistics included.
    package let duration: Duration

    /// The rows loaded into `table` (schema-qualified), or nil when it was not filled.
    package func rows(in table: String) -> Int? {
        tables.first { $0.table == table }?.rows
    }
}
