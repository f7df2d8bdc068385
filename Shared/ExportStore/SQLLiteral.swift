package import ExportModels

/// A value of the code written into statements as an SQL literal: the export's statuses
/// (docs/queue.md §1), the outbox's states and kinds (docs/notifier.md §2). They are written out
/// from their enums here and nowhere else. They are literals, not parameters: they are constants
/// of the code, never input, and a literal lets the planner match the partial indexes whose
/// predicates name the same values (the schema tests check both against the enums).
package protocol SQLLiteral: RawRepresentable where RawValue == String {}

extension SQLLiteral {
    /// The value as an SQL literal: `'pending'`.
    package var sql: String { "'\(rawValue)'" }
}

extension Sequence where Element: SQLLiteral {
    /// The values as an SQL list for `IN` and `NOT IN`: `('processing', 'uploading', 'sending')`.
    package var sql: String { "(" + map(\.sql).joined(separator: ", ") + ")" }
}

extension ExportStatus: SQLLiteral {}
