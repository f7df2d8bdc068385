/// How far a build is.
package struct TripExportProgress: Sendable, Equatable {
    /// Rows written so far.
    package var rowsWritten: Int
    /// Rows the count found.
    package var rowsTotal: Int

    /// The progress of `rowsWritten` rows out of `rowsTotal`.
    package init(rowsWritten: Int, rowsTotal: Int) {
        self.rowsWritten = rowsWritten
        self.rowsTotal = rowsTotal
    }

    /// The percentage done, 0–100.
    package var percent: Int {
        rowsTotal == 0 ? 100 : min(100, rowsWritten * 100 / rowsTotal)
    }
}
