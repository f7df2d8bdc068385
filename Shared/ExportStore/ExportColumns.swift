public import ExportModels
public import ExportPostgres
import Foundation

/// The columns every read of an export selects, in the order `ExportRecord(row:)` decodes them.
enum ExportColumns {
    /// Select list for `export.exports` aliased `e`.
    static let list = """
        e._id, e.uuid, e.type, e.status, e.progress, e.format, e.created_by, e.params::text, e.created_at,
        e.updated_at, e.attempts, e.expires_at, e.file_key, e.stats::text, e.error::text
        """
    /// How many columns `list` has: a statement may select more after them.
    static let count = 15
}

extension ExportRecord: PostgresRowDecodable {
    /// Decodes a row selected with `ExportColumns.list`.
    public init(row: PostgresRow) throws {
        let typeText = try row.decode(String.self, at: 2)
        let statusText = try row.decode(String.self, at: 3)
        let formatText = try row.decode(String.self, at: 5)
        guard let type = ExportType(rawValue: typeText), let status = ExportStatus(rawValue: statusText),
            let format = ExportFormat(rawValue: formatText)
        else { throw PostgresError(kind: .decoding, message: "unknown type, status or format in export row") }
        self.init(
            id: try row.decode(Int64.self, at: 0), uuid: try row.decode(UUID.self, at: 1), type: type, status: status,
            progress: try row.decode(Int.self, at: 4), format: format, createdBy: try row.decode(String.self, at: 6),
            params: try ExportParams.decode(try row.decode(Data.self, at: 7)),
            createdAt: try row.decode(Date.self, at: 8), updatedAt: try row.decode(Date.self, at: 9),
            attempts: try row.decode(Int.self, at: 10), expiresAt: try row.decode(Date?.self, at: 11),
            fileKey: try row.decode(String?.self, at: 12), statsJSON: try row.decode(String?.self, at: 13),
            errorJSON: try row.decode(String?.self, at: 14))
    }
}
