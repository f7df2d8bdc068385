import ExportModels
import Foundation

/// The statements of an open-data file (docs/opendata.md §2–3), meant to run in one read-only REPEATABLE
/// READ transaction: the population's trip counts per (start, end) pair, then the kept rows.
/// Every value is a bound parameter.
struct OpendataQuery: Sendable {
    /// First instant of the month (midnight in Paris).
    var startAt: Date
    /// First instant after the month.
    var endAt: Date

    /// The query of `month`.
    init(month: ParisMonth) {
        startAt = month.start
        endAt = month.end
    }

    /// Settings of the snapshot's transaction: no JIT compilation (seconds for nothing here), and
    /// room for the month's sort by start in memory rather than in temporary files.
    static let transactionSettings = "SET LOCAL jit = off; SET LOCAL work_mem = '128MB'"

    /// The latest `geo.perimeters` year of each `arr`.
    private static let latestPerimeters = """
        latest AS MATERIALIZED (
            SELECT DISTINCT ON (arr) arr, l_arr, com, epci, l_epci, dep, l_dep, reg, l_reg, country, l_country,
                aom, l_aom, pop, surface
            FROM geo.perimeters ORDER BY arr, year DESC
        )
        """

    /// The indexes of the columns of `rowsSQL`.
    enum Column {
        static let legacyId = 0, operatorId = 1, operatorTripId = 2
        static let startMicroseconds = 3, endMicroseconds = 4
        static let startLat = 5, startLon = 6, endLat = 7, endLon = 8
        /// The first of the eight place columns of the start (then the end at `+ 8`): code, dep,
        /// l_arr, l_epci, l_country, country, pop, surface.
        static let startPlace = 9, endPlace = 17
        static let passengerSeats = 25, operatorClass = 26, distance = 27, hasIncentive = 28
    }

    /// The trips with their statuses and geo codes.
    private static let from = """
        FROM carpool_v2.carpools c
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        JOIN carpool_v2.geo g ON g.carpool_id = c._id
        """

    /// The population: `ok` trips (docs/files.md §5) starting in the month with both geo codes.
    private static let population = """
        WHERE s.acquisition_status = 'processed' AND s.fraud_status = 'passed' AND s.anomaly_status = 'passed'
          AND c.start_datetime >= $1 AND c.start_datetime < $2
          AND g.start_geo_code IS NOT NULL AND g.end_geo_code IS NOT NULL
        """

    /// The population's trips per (start code, end code).
    static let pairsSQL = """
        SELECT g.start_geo_code, g.end_geo_code, count(*)
        \(from)
        \(population)
        GROUP BY g.start_geo_code, g.end_geo_code
        """

    /// The place columns of one end of the trip, in `Column` order.
    private static func place(_ alias: String, code: String) -> String {
        "\(code), \(alias).dep, \(alias).l_arr, \(alias).l_epci, \(alias).l_country, \(alias).country, "
            + "\(alias).pop, \(alias).surface"
    }

    /// The kept rows, by start then id: the population without the trips whose start code is in
    /// `$3` or whose end code is in `$4`.
    static let rowsSQL = """
        WITH \(latestPerimeters)
        SELECT c.legacy_id, c.operator_id, c.operator_trip_id,
            (extract(epoch FROM c.start_datetime) * 1000000)::bigint,
            (extract(epoch FROM c.end_datetime) * 1000000)::bigint,
            c.start_lat, c.start_lon, c.end_lat, c.end_lon,
            \(place("sp", code: "g.start_geo_code")),
            \(place("ep", code: "g.end_geo_code")),
            c.passenger_seats, c.operator_class, c.distance,
            EXISTS (
                SELECT 1 FROM policy.incentives pi
                WHERE pi.operator_id = c.operator_id AND pi.operator_journey_id = c.operator_journey_id
                  AND pi.status = 'validated' AND pi.amount > 0)
        \(from)
        LEFT JOIN latest sp ON sp.arr = g.start_geo_code
        LEFT JOIN latest ep ON ep.arr = g.end_geo_code
        \(population)
          AND NOT (g.start_geo_code = ANY($3::text[])) AND NOT (g.end_geo_code = ANY($4::text[]))
        ORDER BY c.start_datetime, c._id
        """
}
