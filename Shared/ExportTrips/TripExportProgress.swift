/// How far a build is.
public struct TripExportProgress: Sendable, Equatable {
    /// Rows written so far.
    public var rowsWritten: Int
    /// Rows the count found.
    public var rowsTotal: Int

    /// The progress of `rowsWritten` rows out of `rowsTotal`.
    public init(rowsWritten: Int, rowsTotal: Int) {
        self.rowsWritten = rowsWritten
        self.rowsTotal = rowsTotal
    }

    /// The percentage done, 0–100.
    public var percent: Int {
        rowsTotal == 0 ? 100 : min(100, rowsWritten * 100 / rowsTotal)
    }
}
