/// A table and the columns a COPY fills, in the order the rows give them.
struct CopyTarget: Sendable {
    /// The schema-qualified table name.
    let table: String
    /// The columns, in row order.
    let columns: [String]

    /// `COPY … FROM STDIN` in text format with `FREEZE`: the seeder truncates every table in the
    /// same transaction first, so the rows can be written already frozen (no later rewrite to
    /// set hint bits, which makes the first reads after a seed of a million trips much faster).
    var statement: String {
        "COPY \(table) (\(columns.joined(separator: ", "))) FROM STDIN (FORMAT text, FREEZE)"
    }
}
