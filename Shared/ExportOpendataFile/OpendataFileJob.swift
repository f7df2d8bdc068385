import ExportFiles
import ExportPostgres
import ExportTrips
import NIOPosix

/// The writing part of one open-data build: the kept rows streamed into the CSV, formatting
/// overlapping the file writes.
struct OpendataFileJob {
    let settings: OpendataFileSettings
    let total: Int
    let progress: @Sendable (TripExportProgress) async -> Void

    /// Writes the header and the rows of `OpendataQuery.rowsSQL` with `parameters` into a new
    /// CSV at `path`; returns the rows written.
    func write(path: String, connection: PostgresConnection, parameters: [any PostgresBindable]) async throws -> Int {
        let threadPool = NIOThreadPool.singleton
        let file = try await threadPool.runIfActive { try PlainFileWriter(path: path) }
        var formatter = CsvRowFormatter(header: OpendataValues.columns, capacity: settings.chunkBytes)
        var rowWriter = OpendataRowWriter(salt: settings.salt)
        let chunkBytes = settings.chunkBytes
        let total = self.total
        let progress = self.progress
        let written = try await withOverlappedConsumer(file, threadPool: threadPool) { submit in
            try await streamRows(
                OpendataQuery.rowsSQL, parameters, on: connection, into: &formatter, chunkBytes: chunkBytes,
                total: total, progress: progress, submit: submit
            ) { row, formatter in try rowWriter.write(row, into: &formatter) }.rows
        }
        try await threadPool.runIfActive { try file.close() }
        return written
    }
}
