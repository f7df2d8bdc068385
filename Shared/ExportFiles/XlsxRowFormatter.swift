/// Writes rows as compact worksheet XML, one sheet after another: no `r` references (cells and
/// rows follow each other), inline strings, numbers without trailing zeros, dates as serial
/// numbers with a style. When a sheet holds `maxRowsPerSheet` data rows, the next row starts a
/// new sheet with the same header. The XML is handed over in chunks, each for one sheet.
package struct XlsxRowFormatter: CellSink {
    /// The columns of every data sheet.
    package let columns: [XlsxColumn]
    /// Data rows per sheet.
    package let maxRowsPerSheet: Int
    /// The number of the sheet being written (1-based).
    package private(set) var sheet = 1
    /// Data rows written to the current sheet.
    package private(set) var rowsInSheet = 0
    /// The auto-filter range of each closed sheet, in order.
    package private(set) var filterRanges: [String] = []
    /// The bytes of the current sheet not yet taken.
    package var pendingBytes: Int { buffer.count }

    var buffer: [UInt8] = []
    private var finishedChunks: [FileChunk] = []
    private var remainingRows: Int

    /// The serial number of 1970-01-01 in the 1900 date system.
    static let unixEpochSerial: Int64 = 25_569

    /// The fraction of a day of every 10-minute boundary (`.3402777777777778`), the only times
    /// the export writes, so that no floating-point formatting runs per cell.
    static let tenMinuteFractions: [[UInt8]] = (0..<144).map { step in
        step == 0 ? [] : Array(String(Double(step) / 144).dropFirst().utf8)
    }

    /// Starts the first sheet; `expectedRows` (the count) sizes each sheet's `<dimension>`.
    package init(columns: [XlsxColumn], maxRowsPerSheet: Int, expectedRows: Int, capacity: Int = 1 << 20) {
        self.columns = columns
        self.maxRowsPerSheet = max(1, maxRowsPerSheet)
        self.remainingRows = expectedRows
        buffer.reserveCapacity(capacity + (1 << 16))
        openSheet()
    }

    /// Opens a data row, moving to a new sheet when the current one is full.
    package mutating func beginRow() {
        if rowsInSheet == maxRowsPerSheet {
            closeSheet()
            sheet += 1
            rowsInSheet = 0
            openSheet()
        }
        rowsInSheet += 1
        buffer.append("<row>")
    }

    /// Closes a data row.
    package mutating func endRow() { buffer.append("</row>") }

    /// Closes the last sheet; call once after the last row, then take the chunks.
    package mutating func finish() { closeSheet() }

    /// Takes the XML written so far, as one chunk per sheet touched.
    package mutating func takeChunks() -> [FileChunk] {
        if !buffer.isEmpty {
            finishedChunks.append(FileChunk(part: sheet, bytes: buffer))
            buffer.removeAll(keepingCapacity: true)
        }
        defer { finishedChunks.removeAll() }
        return finishedChunks
    }

    private mutating func openSheet() {
        let rows = min(max(remainingRows, 0), maxRowsPerSheet)
        remainingRows -= rows
        buffer.append(contentsOf: XlsxSheetXML.opening(columns: columns, rows: rows + 1, frozenHeader: true))
        buffer.append("<row>")
        for column in columns {
            buffer.appendInlineStringCell(column.name, bold: true)
        }
        buffer.append("</row>")
    }

    private mutating func closeSheet() {
        let filter = XlsxAddress.range(columns: columns.count, rows: rowsInSheet + 1)
        filterRanges.append(filter)
        buffer.append(contentsOf: XlsxSheetXML.closing(filter: filter))
        finishedChunks.append(FileChunk(part: sheet, bytes: buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
