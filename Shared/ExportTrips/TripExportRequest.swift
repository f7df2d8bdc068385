package import ExportModels
package import Foundation

/// What one trip export asks for.
package struct TripExportRequest: Sendable {
    /// `operator`, `territory` or `registry`.
    package var type: ExportType
    /// Period, time zone, operators and perimeter.
    package var params: ExportParams
    /// XLSX or CSV.
    package var format: ExportFormat
    /// The export's public id (its first 8 characters end the file name).
    package var uuid: UUID
    /// When the file is built (written in the file).
    package var generatedAt: Date
    /// When the file stops being downloadable (written in the file).
    package var expiresAt: Date

    /// Creates a request.
    package init(
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
