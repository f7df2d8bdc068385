public import ExportModels
public import Foundation

/// What one trip export asks for.
public struct TripExportRequest: Sendable {
    /// `operator`, `territory` or `registry`.
    public var type: ExportType
    /// Period, time zone, operators and perimeter.
    public var params: ExportParams
    /// XLSX or CSV.
    public var format: ExportFormat
    /// The export's public id (its first 8 characters end the file name).
    public var uuid: UUID
    /// When the file is built (written in the file).
    public var generatedAt: Date
    /// When the file stops being downloadable (written in the file).
    public var expiresAt: Date

    /// Creates a request.
    public init(
        type: ExportType, params: ExportParams, format: ExportFormat, uuid: UUID, generatedAt: Date, expiresAt: Date
    ) {
        self.type = type
        self.params = params
        self.format = format
        self.uuid = uuid
        self.generatedAt = generatedAt
        self.expiresAt = expiresAt
    }
}
