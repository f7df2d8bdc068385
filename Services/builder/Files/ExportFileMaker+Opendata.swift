import ExportModels
import ExportOpendataFile
import ExportTrips

extension ExportFileMaker {
    /// An open-data export: the month's anonymised CSV, stored under `opendata/{YYYY-MM}/`
    /// (nothing to store when no trip may be published). A missing salt or month fails the
    /// export for good.
    func makeOpendataFile(
        _ record: ExportRecord, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> BuiltExportFile {
        guard let opendata else {
            throw ExportInputError(message: "OPENDATA_SALT is not set: open-data exports cannot be built")
        }
        guard let month = record.params.month else {
            throw ExportInputError(message: "an open-data export needs its month (params.month)")
        }
        let file: OpendataFile
        do {
            file = try await opendata.build(month: month, uuid: record.uuid, progress: progress)
        } catch let error as OpendataFileError {
            throw ExportInputError(message: error.description)
        }
        return BuiltExportFile(
            path: file.csvPath, key: file.storageKey, contentType: "text/csv; charset=utf-8", rows: file.rows,
            size: file.fileSize, statsJSON: { _ in file.statsJSON }, removeFiles: { file.removeFiles() })
    }
}
