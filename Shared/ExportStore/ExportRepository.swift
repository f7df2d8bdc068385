public import ExportModels
public import ExportPostgres
public import Foundation

/// Reads and writes exports, their recipients and their audit trail.
public struct ExportRepository: Sendable {
    /// The channel builders listen on for new work.
    public static let createdChannel = "export_created"
    private let pool: PostgresPool

    /// Creates a repository over `pool`.
    public init(pool: PostgresPool) { self.pool = pool }

    /// Writes the export, its recipients and its `created` log in one transaction, then wakes
    /// the builders with `NOTIFY export_created`.
    public func create(_ export: NewExport, actor: String, maxUnfinished: Int? = nil) async throws -> ExportRecord {
        let record = try await pool.withTransaction { connection in
            if let maxUnfinished {
                try await ExportQuotas.reserve(createdBy: export.createdBy, limit: maxUnfinished, on: connection)
            }
            let row = try await connection.queryFirst(
                """
                INSERT INTO export.exports AS e (type, format, created_by, params)
                VALUES ($1, $2, $3, $4::jsonb) RETURNING \(ExportColumns.list)
                """,
                [export.type.rawValue, export.format.rawValue, export.createdBy, try export.params.json()])
            let record = try ExportRecord(row: try unwrap(row))
            for recipient in export.recipients {
                try await connection.execute(
                    "INSERT INTO export.recipients (export_id, email, fullname) VALUES ($1, $2, $3)",
                    [record.id, recipient.email, recipient.fullname])
            }
            try await Self.log(
                record.id, .created, "export \(export.type.rawValue) created", actor: actor, on: connection)
            try await connection.notify(channel: Self.createdChannel, payload: record.uuid.uuidString.lowercased())
            return record
        }
        return record
    }

    /// The export with this uuid, or nil.
    public func find(_ uuid: UUID) async throws -> ExportRecord? {
        let row = try await pool.withConnection { connection in
            try await connection.queryFirst(
                "SELECT \(ExportColumns.list) FROM export.exports e WHERE e.uuid = $1", [uuid])
        }
        return try row.map(ExportRecord.init(row:))
    }

    /// The recipients of an export that still hold personal data (not scrambled).
    public func recipients(of exportID: Int64) async throws -> [RecipientAddress] {
        try await pool.query(
            "SELECT email, fullname FROM export.recipients WHERE export_id = $1 AND scrambled_at IS NULL ORDER BY _id",
            [exportID]
        ).map {
            RecipientAddress(
                email: try $0.decode(String.self, at: 0), fullname: try $0.decode(String?.self, at: 1) ?? "")
        }
    }

    /// The audit trail of an export, oldest first.
    public func logs(of exportID: Int64) async throws -> [ExportLogEntry] {
        try await pool.query(
            "SELECT created_at, type, message, actor FROM export.logs WHERE export_id = $1 ORDER BY created_at, _id",
            [exportID]
        ).map { row in
            ExportLogEntry(
                createdAt: try row.decode(Date.self, at: 0),
                type: ExportLogType(rawValue: try row.decode(String.self, at: 1)) ?? .status,
                message: try row.decode(String.self, at: 2), actor: try row.decode(String?.self, at: 3))
        }
    }

    /// Appends one audit row on `connection` (inside the caller's transaction).
    public static func log(
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
