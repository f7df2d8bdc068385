package import ExportModels

/// The statuses as they appear in statements, written out from the enum here and nowhere else
/// (docs/queue.md §1). They are SQL literals, not parameters: they are constants of the code,
/// never input, and a literal lets the planner match the partial indexes of `export.exports`,
/// whose predicates name the same statuses (a schema test checks both against the enum).
extension ExportStatus {
    /// The status as an SQL literal: `'pending'`.
    package var sql: String { "'\(rawValue)'" }
}

extension Sequence<ExportStatus> {
    /// The statuses as an SQL list for `IN` and `NOT IN`: `('processing', 'uploading', 'sending')`.
    package var sql: String { "(" + map(\.sql).joined(separator: ", ") + ")" }
}
