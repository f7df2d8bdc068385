package import Foundation

/// An export as stored in `export.exports`.
package struct ExportRecord: Sendable, Equatable {
    /// Internal key (`_id`).
    package var id: Int64
    /// Public identifier.
    package var uuid: UUID
    /// Kind of export.
    package var type: ExportType
    /// Where it stands.
    package var status: ExportStatus
    /// 0–100 while running.
    package var progress: Int
    /// `xlsx` or `csv`.
    package var format: ExportFormat
    /// Who ordered it (JWT `sub`, or `cli:<user>`).
    package var createdBy: String
    /// Normalised parameters.
    package var params: ExportParams
    /// Creation and last update instants.
    package var createdAt: Date, updatedAt: Date
    /// Attempts started so far.
    package var attempts: Int
    /// When the file stops being downloadable (success only).
    package var expiresAt: Date?
    /// Object key of the stored file.
    package var fileKey: String?
    /// Raw `stats` JSON (rows, sheets, file_size, duration_ms…).
    package var statsJSON: String?
    /// Raw `error` JSON (message, phase, attempt).
    package var errorJSON: String?

    /// Creates a record.
    package init(
        id: Int64, uuid: UUID, type: ExportType, status: ExportStatus, progress: Int, format: ExportFormat,
        createdBy: String, params: ExportParams, createdAt: Date, updatedAt: Date, attempts: Int,
        expiresAt: Date?, fileKey: String?, statsJSON: String?, errorJSON: String?
    ) {
        self.id = id
        self.uuid = uuid
        self.type = type
        self.status = status
        self.progress = progress
        self.format = format
        self.createdBy = createdBy
        self.params = params
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.attempts = attempts
        self.expiresAt = expiresAt
        self.fileKey = fileKey
        self.statsJSON = statsJSON
        self.errorJSON = errorJSON
    }
}
