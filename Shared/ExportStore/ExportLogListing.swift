package import ExportPostgres
import Foundation

/// Reads an export's audit trail oldest first, one page at a time, with a keyset cursor on
/// `(created_at, _id)` (the order of the index `logs_export_idx`), like `ExportListing` newest
/// first: rows written while a client pages come after its cursor.
package struct ExportLogListing: Sendable {
    /// One page and the cursor of the next (nil on the last page).
    package struct Page: Sendable {
        /// The entries of the page, oldest first.
        package var entries: [ExportLogEntry]
        /// What to pass as `after` for the next page.
        package var nextCursor: ExportCursor?
    }

    private let pool: PostgresPool

    /// Creates a listing over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// At most `limit` entries of the export `exportID` (every entry when nil), written after
    /// `after`.
    package func page(of exportID: Int64, limit: Int?, after: ExportCursor?) async throws -> Page {
        let rows = try await pool.query(
            """
            SELECT created_at, type, message, actor,
                (extract(epoch FROM created_at) * 1000000)::bigint AS cursor_microseconds, _id
            FROM export.logs
            WHERE export_id = $1
              AND ($2::bigint IS NULL
                   OR (created_at, _id) > (timestamptz 'epoch' + $2::bigint * interval '1 microsecond', $3::bigint))
            ORDER BY created_at, _id LIMIT $4
            """, [exportID, after?.microseconds, after?.id, limit.map { $0 + 1 }])
        let entries = try rows.prefix(limit ?? rows.count).map { row in
            ExportLogEntry(
                createdAt: try row.decode(Date.self, named: "created_at"),
                type: ExportLogType(rawValue: try row.decode(String.self, named: "type")) ?? .status,
                message: try row.decode(String.self, named: "message"),
                actor: try row.decode(String?.self, named: "actor"))
        }
        let last = limit.flatMap { rows.count > $0 ? rows[$0 - 1] : nil }
        return Page(
            entries: entries,
            nextCursor: try last.map {
                ExportCursor(
                    microseconds: try $0.decode(Int64.self, named: "cursor_microseconds"),
                    id: try $0.decode(Int64.self, named: "_id"))
            })
    }
}
