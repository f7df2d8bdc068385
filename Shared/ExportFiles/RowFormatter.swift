/// A file format written row by row: cells go through `CellSink`, and the bytes come out as
/// chunks for a `ChunkConsumer`.
package protocol RowFormatter: CellSink {
    /// Opens a data row.
    mutating func beginRow()
    /// Closes a data row.
    mutating func endRow()
    /// The bytes written and not yet taken.
    var pendingBytes: Int { get }
    /// Ends the file's last part; called once, after the last row.
    mutating func finish()
    /// Takes the bytes written so far, in order.
    mutating func takeChunks() -> [FileChunk]
}

extension XlsxRowFormatter: RowFormatter {}
