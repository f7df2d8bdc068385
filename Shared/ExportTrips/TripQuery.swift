package import ExportModels
package import ExportPostgres
package import Foundation

/// The rows of a trip export (docs/files.md §1–2) and their count: one statement each with bound
/// parameters, meant to run in one read-only REPEATABLE READ transaction.
package struct TripQuery: Sendable {
    /// First instant included.
    package var startAt: Date
    /// First instant excluded.
    package var endAt: Date
    /// Operators kept (empty: all).
    package var operatorIDs: [Int]
    /// The perimeter the start or the end must belong to (empty: no filter).
    package var geoSelector: GeoSelector

    /// Creates the query of an export.
    package init(startAt: Date, endAt: Date, operatorIDs: [Int], geoSelector: GeoSelector) {
        self.startAt = startAt
        self.endAt = endAt
        self.operatorIDs = operatorIDs
        self.geoSelector = geoSelector
    }

    /// The parameters `$1`–`$5` of both statements: period, operators, levels and codes.
    package var parameters: [any PostgresBindable] {
        let pairs = geoSelector.codes.sorted { $0.key < $1.key }.flatMap { level, codes in codes.map { (level, $0) } }
        return [startAt, endAt, operatorIDs, pairs.map(\.0.rawValue), pairs.map(\.1)]
    }

    /// Settings of the snapshot's transaction: JIT compilation costs seconds on this query for
    /// nothing. The server's own `work_mem` applies: the rows are not sorted (docs/builder.md §4).
    package static let transactionSettings = "SET LOCAL jit = off"

    /// The count of the rows when a perimeter filters the trips, taking `parameters`: the same
    /// lookups as the rows, without the incentives.
    static let countOfAPerimeterSQL = """
        SELECT count(*)
        \(TripQuerySQL.tripsWithPlaces)
        \(TripQuerySQL.filter)
        """

    /// The count of the rows when no perimeter filters the trips, taking the first three of
    /// `parameters`: nothing to look up but the statuses (930,000 rows: 1.3 s by index, where a
    /// hash join took 0.6 s with three processes and wrote 50 MB of temporary files at a 4 MB
    /// `work_mem`; a plan made in a fraction of a millisecond, which the API's estimates pay on
    /// every create).
    static let countOfEveryPlaceSQL = """
        SELECT count(*)
        \(TripQuerySQL.tripsWithStatus)
        \(TripQuerySQL.tripFilter)
        """

    /// The rows of this export, in `TripQuerySQL.Column` order, by start then id, taking
    /// `parameters`: the first row leaves as soon as it is read (docs/builder.md §4).
    package static let rowsSQL = """
        SELECT \(TripQuerySQL.selectList)
        \(TripQuerySQL.rowsFrom)
        \(TripQuerySQL.filter)
        ORDER BY c.start_datetime, c._id
        """

    /// Counts the rows on `connection` (inside the caller's snapshot).
    package func count(on connection: PostgresConnection) async throws -> Int {
        let statement =
            geoSelector.isEmpty
            ? (Self.countOfEveryPlaceSQL, Array(parameters.prefix(3))) : (Self.countOfAPerimeterSQL, parameters)
        guard let row = try await connection.queryFirst(statement.0, statement.1) else { return 0 }
        return try row.decode(Int.self)
    }
}
