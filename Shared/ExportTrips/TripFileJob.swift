import ExportFiles
import ExportModels
import ExportPostgres
import Foundation
import NIOPosix

/// The writing part of one build: rows into the data file, then the ZIP.
struct TripFileJob {
    let request: TripExportRequest
    let fields: [FieldDescription]
    let count: Int
    let folder: String
    let settings: TripFileSettings
    let threadPool: NIOThreadPool
    let progress: @Sendable (TripExportProgress) async -> Void

    /// The CSV entry gets ZIP64 records above this many rows (about 1 KiB per row could pass
    /// 4 GiB); below, a CSV that passes 4 GiB anyway is refused with a clear error.
    private static let csvZip64Rows = 3_500_000

    /// Writes the file from the rows of `rows` and returns it, with the time of each phase
    /// after the count.
    mutating func run(rowWriter: TripRowWriter, rows: TripRowSource) async throws
        -> TripExportFile
    {
        let baseName = ExportScope(request: request, rows: count).baseName
        let zipPath = (folder as NSString).appendingPathComponent("\(baseName).zip")
        let written: Int
        var sheets = 1
        var phases = TripBuildPhases()
        switch request.format {
        case .xlsx:
            let xlsxPath = (folder as NSString).appendingPathComponent("\(baseName).xlsx")
            let level = settings.deflateLevel
            let package = try await threadPool.runIfActive { try XlsxPackageWriter(path: xlsxPath, level: level) }
            var formatter = XlsxRowFormatter(
                columns: fields.map { XlsxColumn(name: $0.column.rawValue, width: $0.width) },
                maxRowsPerSheet: settings.sheetMaxRows, expectedRows: count, capacity: settings.chunkBytes)
            written = try await write(
                into: &formatter, consumer: package, rowWriter: rowWriter, rows: rows, phases: &phases)
            let zipStarted = ContinuousClock.now
            defer { phases.zip = ContinuousClock.now - zipStarted }
            sheets = formatter.sheet
            let scope = ExportScope(request: request, rows: written)
            let help = ExportDocuments.helpSheet(scope, fields: fields)
            let properties = ExportDocuments.properties(scope)
            let filters = formatter.filterRanges
            let readme = readmeEntry(scope, dataFileName: "\(baseName).xlsx")
            try await threadPool.runIfActive { [sheets] in
                try package.finish(
                    dataSheets: sheets, baseName: "Trajets", filterRanges: filters, help: help, properties: properties)
                try ZipArchive.write(
                    at: zipPath,
                    entries: [
                        readme,
                        ZipEntrySpec(name: "\(baseName).xlsx", source: .file(path: xlsxPath), compression: .stored),
                    ])
                try FileManager.default.removeItem(atPath: xlsxPath)
            }
        case .csv:
            let level = settings.deflateLevel
            let zip64 = count > Self.csvZip64Rows
            let entry = try await threadPool.runIfActive {
                try ZipEntryWriter(
                    path: zipPath, entry: "\(baseName).csv", compression: .deflated(level: level), zip64: zip64)
            }
            var formatter = CsvRowFormatter(header: fields.map(\.column.rawValue), capacity: settings.chunkBytes)
            written = try await write(
                into: &formatter, consumer: entry, rowWriter: rowWriter, rows: rows, phases: &phases)
            let zipStarted = ContinuousClock.now
            defer { phases.zip = ContinuousClock.now - zipStarted }
            let readme = readmeEntry(ExportScope(request: request, rows: written), dataFileName: "\(baseName).csv")
            try await threadPool.runIfActive { try entry.finish(appending: [readme]) }
        }
        guard written == count else { throw TripFileError.rowCountMismatch(counted: count, written: written) }
        let size = try FileManager.default.attributesOfItem(atPath: zipPath)[.size] as? NSNumber
        return TripExportFile(
            zipPath: zipPath, zipName: "\(baseName).zip", rows: written, sheets: sheets,
            fileSize: size?.int64Value ?? 0, duration: .zero, phases: phases)
    }

    /// Where the rows come from: the query, on the connection holding the snapshot.
    struct TripRowSource {
        let connection: PostgresConnection
        let query: TripQuery
    }

    /// `LISEZMOI.txt` for the data file `dataFileName`.
    private func readmeEntry(_ scope: ExportScope, dataFileName: String) -> ZipEntrySpec {
        let text = ExportDocuments.readme(scope, dataFileName: dataFileName, format: request.format, fields: fields)
        return ZipEntrySpec(name: "LISEZMOI.txt", source: .bytes(Array(text.utf8)), compression: .deflated(level: 3))
    }

    /// Streams the rows through `formatter` into `consumer`, compression overlapping
    /// formatting, and reports progress at most once a second; returns the rows written and
    /// records the `query` and `rows` phases.
    private func write<Formatter: RowFormatter>(
        into formatter: inout Formatter, consumer: some ChunkConsumer, rowWriter: TripRowWriter,
        rows: TripRowSource, phases: inout TripBuildPhases
    ) async throws -> Int {
        var rowWriter = rowWriter
        let chunkBytes = settings.chunkBytes
        let total = count
        let progress = self.progress
        let started = ContinuousClock.now
        let streamed = try await withOverlappedConsumer(consumer, threadPool: threadPool) { submit in
            try await streamRows(
                TripQuery.rowsSQL, rows.query.parameters, on: rows.connection, into: &formatter,
                chunkBytes: chunkBytes, total: total, progress: progress, submit: submit
            ) { row, formatter in try rowWriter.write(row, into: &formatter) }
        }
        phases.query = streamed.untilFirstRow
        phases.rows = ContinuousClock.now - started - streamed.untilFirstRow
        return streamed.rows
    }
}
