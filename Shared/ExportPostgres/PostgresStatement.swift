/// One statement with its bound parameters, for the statements a pipeline sends together
/// (`PostgresConnection.transaction(_:isolation:)`).
package struct PostgresStatement: Sendable {
    /// The SQL text, with `$1`, `$2`… for the parameters.
    let sql: String
    /// The parameters in PostgreSQL's text input format (nil for SQL NULL).
    let values: [String?]

    /// The statement `sql` bound to `parameters`.
    package init(_ sql: String, _ parameters: [any PostgresBindable] = []) {
        self.sql = sql
        self.values = parameters.map(\.postgresText)
    }
}
