import ExportFiles
import ExportLogging
import ExportModels
package import ExportPostgres
package import ExportTrips
package import Foundation
package import Logging
import NIOPosix

/// Builds the open-data CSV of one month (docs/opendata.md §2–5) from the upstream database, in one
/// read-only REPEATABLE READ snapshot: the population's counts per (start, end) pair, the
/// k-anonymity passes in memory, then the kept rows streamed into `{YYYY-MM}.csv` with flat
/// memory. Scratch files live in a folder of `workDirectory` removed on failure; on success the
/// caller removes it after upload.
package struct OpendataFileBuilder: Sendable {
    private let pool: PostgresPool
    private let settings: OpendataFileSettings
    private let logger: Logger

    /// A builder reading from `pool` (the upstream database).
    package init(pool: PostgresPool, settings: OpendataFileSettings, logger: Logger) {
        self.pool = pool
        self.settings = settings
        self.logger = logger
    }

    /// Builds the file of `month` (`YYYY-MM`) for the export `uuid`; `progress` is called once
    /// after the passes and at most once a second while rows are written.
    package func build(
        month: String, uuid: UUID, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> OpendataFile {
        guard let parsed = ParisMonth(month) else { throw OpendataFileError.invalidMonth(month) }
        guard !settings.salt.isEmpty else { throw OpendataFileError.missingSalt }
        let file = try await ScratchFolder.removedOnFailure(
            in: settings.workDirectory, prefix: "rpc-opendata", uuid: uuid
        ) { folder in
            try await buildFile(parsed, folder: folder.path, progress: progress)
        }
        logger.info(
            "open-data file built",
            metadata: .fields([.exportUUID: uuid, .opendataMonth: month, .rows: file.rows, .bytes: file.fileSize]))
        return file
    }

    private func buildFile(
        _ month: ParisMonth, folder: String, progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async throws -> OpendataFile {
        let query = OpendataQuery(month: month)
        let settings = self.settings
        return try await pool.withTransaction(isolation: .repeatableRead, readOnly: true) { connection in
            try await connection.executeScript(OpendataQuery.transactionSettings)
            let pairs = try await connection.query(OpendataQuery.pairsSQL, [query.startAt, query.endAt]).map {
                let (start, end, trips) = try $0.decode((String, String, Int).self)
                return OpendataPairCount(start: start, end: end, trips: trips)
            }
            let anonymity = OpendataAnonymity(pairs: pairs, minOccurrences: settings.minOccurrences)
            let stats = anonymity.stats
            let key = month.storageKey
            await progress(TripExportProgress(rowsWritten: 0, rowsTotal: stats.countExposed))
            guard stats.countExposed > 0 else {
                return OpendataFile(
                    csvPath: nil, storageKey: key, rows: 0, fileSize: 0,
                    statsJSON: try Self.statsJSON(stats, rows: 0, fileSize: 0), folder: folder)
            }
            let path = (folder as NSString).appendingPathComponent(month.fileName)
            let rows = try await OpendataFileJob(
                settings: settings, total: stats.countExposed, progress: progress
            ).write(
                path: path, connection: connection,
                parameters: [query.startAt, query.endAt, anonymity.excludedStartCodes, anonymity.excludedEndCodes])
            guard rows == stats.countExposed else {
                throw TripFileError.rowCountMismatch(counted: stats.countExposed, written: rows)
            }
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
            return OpendataFile(
                csvPath: path, storageKey: key, rows: rows, fileSize: size,
                statsJSON: try Self.statsJSON(stats, rows: rows, fileSize: size), folder: folder)
        }
    }

    /// The export's `stats`: the counts of docs/opendata.md §4 with `rows`, `sheets` and `file_size` as every
    /// export has them (docs/files.md §15), keys sorted.
    static func statsJSON(_ stats: OpendataStats, rows: Int, fileSize: Int64) throws -> String {
        guard var object = try JSONSerialization.jsonObject(with: Data(try stats.json().utf8)) as? [String: Any] else {
            return try stats.json()
        }
        object["rows"] = rows
        object["sheets"] = 1
        object["file_size"] = fileSize
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
