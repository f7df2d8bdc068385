package import ExportFiles
package import ExportPostgres

/// What `streamRows` read.
package struct StreamedRows: Sendable {
    /// Rows written.
    package var rows: Int
    /// From the statement to its first row (or to its end, without rows): the query's own work
    /// before any row can be written, its final sort included.
    package var untilFirstRow: Duration
}

/// Streams the rows of `sql` into `formatter` with `writeRow`, handing the formatted bytes to
/// `submit` a chunk at a time and reporting progress at most once a second; finishes the
/// formatter after the last row. Shared by the trip and the open-data files.
package func streamRows<Formatter: RowFormatter>(
    _ sql: String, _ parameters: [any PostgresBindable], on connection: PostgresConnection,
    into formatter: inout Formatter, chunkBytes: Int, total: Int,
    progress: @Sendable (TripExportProgress) async -> Void,
    submit: (FileChunk) async throws -> Void,
    writeRow: (PostgresRow, inout Formatter) throws -> Void
) async throws -> StreamedRows {
    let started = ContinuousClock.now
    var untilFirstRow: Duration?
    let written = try await connection.stream(sql, parameters, method: .singleRow) { stream in
        var written = 0
        var lastReport = ContinuousClock.now
        for try await row in stream {
            if untilFirstRow == nil { untilFirstRow = ContinuousClock.now - started }
            formatter.beginRow()
            try writeRow(row, &formatter)
            formatter.endRow()
            written += 1
            guard formatter.pendingBytes >= chunkBytes else { continue }
            for chunk in formatter.takeChunks() { try await submit(chunk) }
            if ContinuousClock.now - lastReport >= .seconds(1) {
                lastReport = ContinuousClock.now
                await progress(TripExportProgress(rowsWritten: written, rowsTotal: total))
            }
        }
        return written
    }
    formatter.finish()
    for chunk in formatter.takeChunks() { try await submit(chunk) }
    return StreamedRows(rows: written, untilFirstRow: untilFirstRow ?? ContinuousClock.now - started)
}
