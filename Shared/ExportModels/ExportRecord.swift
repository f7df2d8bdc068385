public import Foundation

/// An export as stored in `export.exports`.
public struct ExportRecord: Sendable, Equatable {
    /// Internal key (`_id`).
    public var id: Int64
    /// Public identifier.
    public var uuid: UUID
    /// Kind of export.
    public var type: ExportType
    /// Where it stands.
    public var status: ExportStatus
    /// 0–100 while running.
    public var progress: Int
    /// `xlsx` or `csv`.
    public var format: ExportFormat
    /// Who ordered it (JWT `sub`, or `cli:<user>`).
    public var createdBy: String
    /// Normalised parameters.
    public var params: ExportParams
    /// Creation and last update instants.
    public var createdAt: Date, updatedAt: Date
    /// Attempts started so far.
    public var attempts: Int
    /// When the file stops being downloadable (success only).
    public var expiresAt: Date?
    /// Object key of the stored file.
    public var fileKey: String?
    /// Raw `stats` JSON (rows, sheets, file_size, duration_ms…).
    public var statsJSON: String?
    /// Raw `error` JSON (message, phase, attempt).
    public var errorJSON: String?

    /// Creates a record.
    public init(
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

/// The format of the data file inside the ZIP.
public enum ExportFormat: String, Sendable, Codable, CaseIterable {
    /// Excel workbook, for people.
    case xlsx
    /// `;`-separated text, for programs.
    case csv
}

/// A recipient of an export's e-mails.
public struct RecipientAddress: Sendable, Equatable, Hashable, Codable {
    /// The address, lowercased domain.
    public var email: String
    /// The display name, possibly empty.
    public var fullname: String

    /// Creates a recipient.
    public init(email: String, fullname: String = "") {
        self.email = email
        self.fullname = fullname
    }
}
