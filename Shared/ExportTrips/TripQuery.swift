public import ExportModels
public import ExportPostgres
public import Foundation

/// The rows of a trip export (docs/files.md §1–2) and their count: one statement each with bound
/// parameters, meant to run in one read-only REPEATABLE READ transaction.
public struct TripQuery: Sendable {
    /// First instant included.
    public var startAt: Date
    /// First instant excluded.
    public var endAt: Date
    /// Operators kept (empty: all).
    public var operatorIDs: [Int]
    /// The perimeter the start or the end must belong to (empty: no filter).
    public var geoSelector: GeoSelector

    /// Creates the query of an export.
    public init(startAt: Date, endAt: Date, operatorIDs: [Int], geoSelector: GeoSelector) {
        self.startAt = startAt
        self.endAt = endAt
        self.operatorIDs = operatorIDs
        self.geoSelector = geoSelector
    }

    /// The parameters `$1`–`$5` of both statements: period, operators, levels and codes.
    public var parameters: [any PostgresBindable] {
        let pairs = geoSelector.codes.sorted { $0.key < $1.key }.flatMap { level, codes in codes.map { (level, $0) } }
        return [startAt, endAt, operatorIDs, pairs.map(\.0.rawValue), pairs.map(\.1)]
    }

    /// Settings of the snapshot's transaction: JIT compilation costs seconds on this query for
    /// nothing, and the final sort of wide rows spills to disk under the default `work_mem`.
    public static let transactionSettings = "SET LOCAL jit = off; SET LOCAL work_mem = '128MB'"

    /// The count of the rows when a perimeter filters the trips, taking `parameters`.
    static let countOfAPerimeterSQL = """
        WITH \(TripQuerySQL.latestPerimeters)
        SELECT count(*)
        \(TripQuerySQL.from)
        \(TripQuerySQL.filter)
        """

    /// The count of the rows when no perimeter filters the trips, taking the first three of
    /// `parameters`: nothing to join but the statuses (930,000 rows: 0.7 s instead of 3.7 s, and
    /// a plan made in 0.3 ms instead of several, which the API's estimates pay on every create).
    static let countOfEveryPlaceSQL = """
        SELECT count(*)
        FROM carpool_v2.carpools c
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        \(TripQuerySQL.tripFilter)
        """

    /// The rows, in `TripQuerySQL.Column` order, by start then id, when a perimeter filters the
    /// trips: the selection is materialised once, so that the perimeter test runs once.
    static let rowsOfAPerimeterSQL = """
        WITH \(TripQuerySQL.latestPerimeters),
        \(TripQuerySQL.selected),
        \(TripQuerySQL.incentives)
        SELECT \(TripQuerySQL.selectList)
        \(TripQuerySQL.rowsFrom)
        ORDER BY c.start_datetime, c._id
        """

    /// The rows, in `TripQuerySQL.Column` order, by start then id, when no perimeter filters the
    /// trips (operator and registry exports): one pass over the trips.
    static let rowsOfEveryPlaceSQL = """
        WITH \(TripQuerySQL.latestPerimeters)
        SELECT \(TripQuerySQL.selectList)
        \(TripQuerySQL.directFrom)
        \(TripQuerySQL.filter)
        ORDER BY c.start_datetime, c._id
        """

    /// The statement of the rows of this export, taking `parameters`.
    public var rowsSQL: String { geoSelector.isEmpty ? Self.rowsOfEveryPlaceSQL : Self.rowsOfAPerimeterSQL }

    /// Counts the rows on `connection` (inside the caller's snapshot).
    public func count(on connection: PostgresConnection) async throws -> Int {
        let statement =
            geoSelector.isEmpty
            ? (Self.countOfEveryPlaceSQL, Array(parameters.prefix(3))) : (Self.countOfAPerimeterSQL, parameters)
        guard let row = try await connection.queryFirst(statement.0, statement.1) else { return 0 }
        return try row.decode(Int.self, at: 0)
    }
}
