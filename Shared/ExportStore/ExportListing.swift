package import ExportModels
package import ExportPostgres

/// Lists exports newest first, one page at a time, with a keyset cursor on `(created_at, _id)`:
/// rows inserted while a client pages are newer than its cursor, so they never shift a page nor
/// appear twice.
package struct ExportListing: Sendable {
    /// Whose exports a listing shows.
    package enum Scope: Sendable, Equatable {
        /// Every export (admins).
        case everyone
        /// The exports created by one user.
        case createdBy(String)
        /// A user's exports and those of the colleagues of the same operator or territory.
        case organisation(createdBy: String, type: ExportType, organisationID: Int)
    }

    /// One page and the cursor of the next (nil on the last page).
    package struct Page: Sendable {
        /// The exports of the page, newest first.
        package var exports: [ExportRecord]
        /// What to pass as `after` for the next page.
        package var nextCursor: ExportCursor?
    }

    private let pool: PostgresPool

    /// Creates a listing over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// At most `limit` exports of `scope`, optionally of one `status`, older than `after`.
    package func page(scope: Scope, status: ExportStatus?, limit: Int, after: ExportCursor?) async throws -> Page {
        var values: [any PostgresBindable] = []
        func placeholder(_ value: some PostgresBindable) -> String {
            values.append(value)
            return "$\(values.count)"
        }
        var clauses: [String] = []
        switch scope {
        case .everyone: break
        case .createdBy(let user): clauses.append("e.created_by = \(placeholder(user))")
        case .organisation(let user, let type, let organisationID):
            let key = type == .territory ? "territory_id" : "operator_id"
            clauses.append(
                "(e.created_by = \(placeholder(user)) OR (e.type = \(placeholder(type.rawValue)) "
                    + "AND e.params -> '\(key)' @> to_jsonb(\(placeholder(organisationID))::int)))")
        }
        if let status { clauses.append("e.status = \(placeholder(status.rawValue))") }
        if let after {
            clauses.append(
                "(e.created_at, e._id) < (timestamptz 'epoch' + \(placeholder(after.microseconds))::bigint * interval '1 microsecond', "
                    + "\(placeholder(after.id))::bigint)")
        }
        let condition = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let rows = try await pool.query(
            """
            SELECT \(ExportColumns.list), (extract(epoch FROM e.created_at) * 1000000)::bigint AS cursor_microseconds
            FROM export.exports e \(condition) ORDER BY e.created_at DESC, e._id DESC LIMIT \(placeholder(limit + 1))
            """, values)
        let exports = try rows.prefix(limit).map(ExportRecord.init(row:))
        let last = rows.count > limit ? rows[limit - 1] : nil
        return Page(
            exports: exports,
            nextCursor: try last.map {
                ExportCursor(
                    microseconds: try $0.decode(Int64.self, named: "cursor_microseconds"),
                    id: try $0.decode(Int64.self, named: "_id"))
            })
    }
}
