package import ExportModels
package import ExportPostgres
package import Foundation

/// Reads and writes exports, their recipients and their audit trail.
package struct ExportRepository: Sendable {
    /// The channel builders listen on for new work.
    package static let createdChannel = "export_created"
    private let pool: PostgresPool

    /// Creates a repository over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// Writes the export, its recipients and its `created` log and wakes the builders with
    /// `NOTIFY export_created`, in one transaction (`create(_:actor:maxUnfinished:in:)`).
    package func create(_ export: NewExport, actor: String, maxUnfinished: Int? = nil) async throws -> ExportRecord {
        try await Self.create(export, actor: actor, maxUnfinished: maxUnfinished, in: .own(pool))
    }

    /// Writes the export, its recipients, its `created` log and the notification in `scope`'s
    /// transaction, as one pipeline: alone, a create is one round trip. With `maxUnfinished`,
    /// the user's creations are serialised by `ExportQuotas` and the export is written only while
    /// the user has fewer unfinished exports, else `PendingLimitReached` is thrown.
    package static func create(
        _ export: NewExport, actor: String, maxUnfinished: Int?, in scope: PostgresTransactionScope
    ) async throws -> ExportRecord {
        var statements: [PostgresStatement] = []
        if maxUnfinished != nil { statements.append(ExportQuotas.lock(createdBy: export.createdBy)) }
        statements.append(
            PostgresStatement(
                createSQL,
                [
                    export.type.rawValue, export.format.rawValue, export.createdBy, try export.params.json(),
                    maxUnfinished, export.recipients.map(\.email), export.recipients.map(\.fullname),
                    "export \(export.type.rawValue) created", actor, createdChannel,
                ]))
        let row = try unwrap(try await scope.run(statements).last?.first)
        guard try row.decode(Int64?.self, named: "_id") != nil else {
            throw PendingLimitReached(unfinished: try row.decode(Int.self, named: "unfinished"))
        }
        return try ExportRecord(row: row)
    }

    /// One statement for a create (one round trip instead of one per row): the count of the
    /// user's unfinished exports, then, when it is below `$5` (or `$5` is null), the export, its
    /// recipients in order, its `created` log and the notification. Selects the export (null when
    /// refused), then the count as `unfinished`.
    private static let createSQL = """
        WITH quota AS (
            SELECT count(*) AS unfinished FROM export.exports
            WHERE created_by = $3 AND \(ExportQuotas.unfinishedStatusesSQL)
        ), e AS (
            INSERT INTO export.exports (type, format, created_by, params, status)
            SELECT $1, $2, $3, $4::jsonb, \(ExportStatus.pending.sql)
            FROM quota WHERE $5::int IS NULL OR quota.unfinished < $5::int
            RETURNING *
        ), recipients AS (
            INSERT INTO export.recipients (export_id, email, fullname)
            SELECT e._id, r.email, r.fullname
            FROM e, unnest($6::text[], $7::text[]) WITH ORDINALITY AS r(email, fullname, n) ORDER BY r.n
        ), created AS (
            INSERT INTO export.logs (export_id, type, message, actor) SELECT e._id, 'created', $8, $9 FROM e
        )
        SELECT \(ExportColumns.list), quota.unfinished,
            CASE WHEN e._id IS NOT NULL THEN pg_notify($10, e.uuid::text) END
        FROM quota LEFT JOIN e ON true
        """

    /// The export with this uuid, or nil.
    package func find(_ uuid: UUID) async throws -> ExportRecord? {
        let row = try await pool.withConnection { connection in
            try await connection.queryFirst(
                "SELECT \(ExportColumns.list) FROM export.exports e WHERE e.uuid = $1", [uuid])
        }
        return try row.map(ExportRecord.init(row:))
    }

    /// The status of the export with this uuid, or nil when there is none (or its status is one
    /// this build does not know).
    package func status(of uuid: UUID) async throws -> ExportStatus? {
        let row = try await pool.withConnection { connection in
            try await connection.queryFirst("SELECT status FROM export.exports WHERE uuid = $1", [uuid])
        }
        return try row.flatMap { ExportStatus(rawValue: try $0.decode(String.self, named: "status")) }
    }

    /// The recipients of an export that still hold personal data (not scrambled).
    package func recipients(of exportID: Int64) async throws -> [RecipientAddress] {
        try await pool.withConnection { try await Self.recipients(of: exportID, on: $0) }
    }

    /// The recipients of an export that still hold personal data, read on `connection` (which
    /// sees what its transaction wrote).
    package static func recipients(of exportID: Int64, on connection: PostgresConnection) async throws
        -> [RecipientAddress]
    {
        try await connection.query(
            "SELECT email, fullname FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NULL ORDER BY _id",
            [exportID]
        ).map {
            let (email, fullname) = try $0.decode((String, String?).self)
            return RecipientAddress(email: email, fullname: fullname ?? "")
        }
    }

    /// The audit trail of an export, oldest first.
    package func logs(of exportID: Int64) async throws -> [ExportLogEntry] {
        try await ExportLogListing(pool: pool).page(of: exportID, limit: nil, after: nil).entries
    }

    /// Appends one audit row on `connection` (inside the caller's transaction).
    package static func log(
        _ exportID: Int64, _ type: ExportLogType, _ message: String, actor: String?, on connection: PostgresConnection
    ) async throws {
        try await connection.execute(
            "INSERT INTO export.logs (export_id, type, message, actor) VALUES ($1, $2, $3, $4)",
            [exportID, type.rawValue, message, actor])
    }
}

/// The row a statement with `RETURNING` must have produced.
func unwrap(_ row: PostgresRow?) throws -> PostgresRow {
    guard let row else { throw PostgresError(kind: .usage, message: "the statement returned no row") }
    return row
}
