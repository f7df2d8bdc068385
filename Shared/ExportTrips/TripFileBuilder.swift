import ExportFiles
import ExportLogging
import ExportModels
package import ExportPostgres
import Foundation
package import Logging
import NIOPosix

/// Builds the ZIP of one trip export from the upstream database: count and rows in one
/// read-only REPEATABLE READ snapshot, rows streamed into the XLSX or CSV with formatting and
/// compression overlapped, then the ZIP with `LISEZMOI.txt`. Scratch files live in a folder of
/// `WORK_DIR` removed on failure; on success the caller removes it after upload.
package struct TripFileBuilder: Sendable {
    private let pool: PostgresPool
    private let settings: TripFileSettings
    private let logger: Logger
    private let threadPool: NIOThreadPool

    /// A builder reading from `pool` (the upstream database).
    package init(pool: PostgresPool, settings: TripFileSettings, logger: Logger) {
        self.pool = pool
        self.settings = settings
        self.logger = logger
        self.threadPool = .singleton
    }

    /// Builds the file of `request`; `progress` is called at most once a second while rows
    /// are written, and once after the count.
    package func build(
        _ request: TripExportRequest, progress: @escaping @Sendable (TripExportProgress) async -> Void = { _ in }
    ) async throws -> TripExportFile {
        let started = ContinuousClock.now
        var file = try await ScratchFolder.removedOnFailure(
            in: settings.workDirectory, prefix: "rpc-export", uuid: request.uuid
        ) { folder in
            try await buildFile(request, folder: folder.path, progress: progress)
        }
        file.duration = ContinuousClock.now - started
        logger.info(
            "export file built",
            metadata: file.phases.logMetadata.adding([
                .exportUUID: request.uuid, .rows: file.rows, .bytes: file.fileSize,
            ]))
        return file
    }

    private func buildFile(
        _ request: TripExportRequest, folder: String, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> TripExportFile {
        guard let zone = TimeZone(identifier: request.params.tz) else {
            throw TripFileError.unknownTimeZone(request.params.tz)
        }
        let fields = settings.fields.fields(for: request.type)
        let query = TripQuery(
            startAt: request.params.startAt, endAt: request.params.endAt, operatorIDs: request.params.operatorIDs,
            geoSelector: request.params.geoSelector)
        let rowWriter = TripRowWriter(columns: fields.map(\.column), zone: zone, campaigns: settings.campaigns)
        return try await pool.withTransaction(isolation: .repeatableRead, readOnly: true) { connection in
            try await connection.executeScript(TripQuery.transactionSettings)
            let countStarted = ContinuousClock.now
            let count = try await query.count(on: connection)
            let counted = ContinuousClock.now - countStarted
            await progress(TripExportProgress(rowsWritten: 0, rowsTotal: count))
            var job = TripFileJob(
                request: request, fields: fields, count: count, folder: folder, settings: settings,
                threadPool: threadPool, progress: progress)
            var file = try await job.run(
                rowWriter: rowWriter, rows: TripFileJob.TripRowSource(connection: connection, query: query))
            file.phases.count = counted
            return file
        }
    }
}
