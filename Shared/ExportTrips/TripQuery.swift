public import ExportModels
public import ExportPostgres
public import Foundation

/// The rows of a trip export (rules §3) and their count: one statement each with bound
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

    /// The count of the rows.
    public static let countSQL = """
        WITH \(TripQuerySQL.latestPerimeters)
        SELECT count(*)
        \(TripQuerySQL.from)
        \(TripQuerySQL.filter)
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
        guard let row = try await connection.queryFirst(Self.countSQL, parameters) else { return 0 }
        return try row.decode(Int.self, at: 0)
    }
}
