import ExportModels
import ExportOpendataFile
import ExportTrips
import Foundation

/// Builds the file of a claimed export with the builder of its type: the trip file builder
/// for `operator`, `territory` and `registry` exports, the open-data builder for `opendata`.
struct ExportFileMaker: Sendable {
    /// The builder of user exports, reading the upstream database.
    let trips: TripFileBuilder
    /// The builder of open-data exports; nil when `OPENDATA_SALT` is not set.
    let opendata: OpendataFileBuilder?
    /// Days the file stays downloadable, written in it.
    let ttlDays: Int

    /// Builds the file of `record`; `progress` hears the count, then progress at most once a
    /// second.
    func make(
        _ record: ExportRecord, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> BuiltExportFile {
        switch record.type {
        case .operator, .territory, .registry:
            return try await makeTripFile(record, progress: progress)
        case .opendata:
            return try await makeOpendataFile(record, progress: progress)
        }
    }

    /// A user export: the ZIP of the XLSX or CSV, stored under `exports/{uuid}/`.
    private func makeTripFile(
        _ record: ExportRecord, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> BuiltExportFile {
        let now = Date()
        let request = TripExportRequest(
            type: record.type, params: record.params, format: record.format, uuid: record.uuid, generatedAt: now,
            expiresAt: now.addingTimeInterval(Double(ttlDays) * 86_400))
        let file: TripExportFile
        do {
            file = try await trips.build(request, progress: progress)
        } catch TripFileError.unknownTimeZone(let zone) {
            throw ExportInputError(message: "unknown time zone \(zone)")
        }
        return BuiltExportFile(
            path: file.zipPath, key: "exports/\(record.uuid.uuidString.lowercased())/\(file.zipName)",
            contentType: "application/zip", rows: file.rows, size: file.fileSize,
            statsJSON: { duration in
                TripExportStats(
                    rows: file.rows, sheets: file.sheets, fileSize: file.fileSize, durationMilliseconds: duration
                ).json
            },
            removeFiles: { file.removeFiles() })
    }
}
