package import ExportModels
package import ExportPostgres
import Foundation

/// The columns every read of an export selects; `ExportRecord(row:)` decodes them by name, so
/// that a statement may select more columns, before or after them, without shifting anything.
enum ExportColumns {
    /// The select expressions for `export.exports` aliased `e`, each giving the column name the
    /// decoder reads.
    static let expressions = [
        "e._id", "e.uuid", "e.type", "e.status", "e.progress", "e.format", "e.created_by", "e.params::text AS params",
        "e.created_at", "e.updated_at", "e.attempts", "e.expires_at", "e.file_key", "e.stats::text AS stats",
        "e.error::text AS error",
    ]
    /// Select list of `expressions`.
    static let list = expressions.joined(separator: ", ")
}

extension ExportRecord: PostgresRowDecodable {
    /// Decodes a row selected with `ExportColumns.list`.
    package init(row: PostgresRow) throws {
        let typeText = try row.decode(String.self, named: "type")
        let statusText = try row.decode(String.self, named: "status")
        let formatText = try row.decode(String.self, named: "format")
        guard let type = ExportType(rawValue: typeText), let status = ExportStatus(rawValue: statusText),
            let format = ExportFormat(rawValue: formatText)
        else { throw PostgresError(kind: .decoding, message: "unknown type, status or format in export row") }
        self.init(
            id: try row.decode(named: "_id"), uuid: try row.decode(named: "uuid"), type: type, status: status,
            progress: try row.decode(named: "progress"), format: format, createdBy: try row.decode(named: "created_by"),
            params: try ExportParams.decode(try row.decode(named: "params")),
            createdAt: try row.decode(named: "created_at"), updatedAt: try row.decode(named: "updated_at"),
            attempts: try row.decode(named: "attempts"), expiresAt: try row.decode(named: "expires_at"),
            fileKey: try row.decode(named: "file_key"), statsJSON: try row.decode(named: "stats"),
            errorJSON: try row.decode(named: "error"))
    }
}
