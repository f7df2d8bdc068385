public import ExportModels
public import ExportPostgres

/// The trips an export covers (rules.md §3 "Rows"), as one SQL condition with bound values, so
/// that the API's estimate and the builder's read select exactly the same rows.
///
/// The condition reads the aliases of `TripSelection.from`: `c` (`carpool_v2.carpools`), `s`
/// (`carpool_v2.status`) and `g` (`carpool_v2.geo`). Every value is a parameter, never text
/// pasted into the statement.
public struct TripSelection: Sendable {
    /// The joined upstream tables the condition reads.
    public static let from = """
        carpool_v2.carpools c
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        LEFT JOIN carpool_v2.geo g ON g.carpool_id = c._id
        """

    /// The condition, with placeholders numbered from the `firstPlaceholder` given at creation.
    public let condition: String
    /// The values of the placeholders, in order.
    public let parameters: [any PostgresBindable]

    /// Builds the condition of `params`; its placeholders start at `$firstPlaceholder`, so that a
    /// statement can bind its own values before them.
    public init(params: ExportParams, firstPlaceholder: Int = 1) {
        var values: [any PostgresBindable] = []
        func placeholder(_ value: some PostgresBindable) -> String {
            values.append(value)
            return "$\(firstPlaceholder + values.count - 1)"
        }
        var clauses = [
            "s.acquisition_status = 'processed'",
            "c.start_datetime >= \(placeholder(params.startAt))::timestamptz",
            "c.start_datetime < \(placeholder(params.endAt))::timestamptz",
        ]
        if !params.operatorIDs.isEmpty {
            clauses.append("c.operator_id = ANY(\(placeholder(params.operatorIDs))::int[])")
        }
        if !params.geoSelector.isEmpty {
            let matches = params.geoSelector.codes.sorted { $0.key < $1.key }.map { level, codes in
                "p.\(level.rawValue) = ANY(\(placeholder(codes))::text[])"
            }
            let perimeter = """
                ARRAY(SELECT p.arr FROM (SELECT DISTINCT ON (arr) * FROM geo.perimeters ORDER BY arr, year DESC) p
                WHERE \(matches.joined(separator: " OR ")))
                """
            clauses.append("(g.start_geo_code = ANY(\(perimeter)) OR g.end_geo_code = ANY(\(perimeter)))")
        }
        condition = clauses.joined(separator: "\nAND ")
        parameters = values
    }

    /// The number of trips selected, read on `connection`.
    public func count(on connection: PostgresConnection) async throws -> Int {
        let row = try await connection.queryFirst(
            "SELECT count(*) FROM \(Self.from) WHERE \(condition)", parameters)
        return try unwrap(row).decode(Int.self, at: 0)
    }
}
