/// The SQL text of `TripQuery`, in pieces shared by the count and the rows. Nothing here comes
/// from user input: every value is a bound parameter.
enum TripQuerySQL {
    /// The indexes of the selected columns.
    enum Column {
        static let legacyId = 0, operatorTripId = 1, operatorJourneyId = 2, operatorClass = 3
        static let acquisitionStatus = 4, fraudStatus = 5, anomalyStatus = 6
        static let startMicroseconds = 7, endMicroseconds = 8, distance = 9
        static let startLat = 10, startLon = 11, endLat = 12, endLon = 13
        /// The first of the ten perimeter columns of the start (then the end at `+ 10`):
        /// code, l_arr, l_dep, l_epci, l_aom, l_reg, l_country, country, pop, surface.
        static let startPlace = 14, endPlace = 24
        static let operatorName = 34
        static let passengerOperatorUserId = 35, passengerIdentityKey = 36
        static let driverOperatorUserId = 37, driverIdentityKey = 38
        static let driverRevenue = 39, passengerContribution = 40, passengerSeats = 41, cee = 42
        /// The first of three (siret, legal name, amount) operator incentives.
        static let operatorIncentives = 43
        /// The first of three (policy id, campaign name, siret, territory, amount) registry incentives.
        static let registryIncentives = 52
        /// Every validated registry incentive's policy id, as an array.
        static let validatedPolicies = 67
    }

    /// The latest `geo.perimeters` year of each `arr`.
    static let latestPerimeters = """
        latest AS MATERIALIZED (
            SELECT DISTINCT ON (arr) arr, l_arr, com, epci, l_epci, dep, l_dep, reg, l_reg, country, l_country,
                aom, l_aom, pop, surface
            FROM geo.perimeters ORDER BY arr, year DESC
        )
        """

    /// The perimeter columns of one end of the trip.
    private static func place(_ alias: String, code: String) -> String {
        "\(code), \(alias).l_arr, \(alias).l_dep, \(alias).l_epci, \(alias).l_aom, \(alias).l_reg, "
            + "\(alias).l_country, \(alias).country, \(alias).pop, \(alias).surface"
    }

    /// True when the perimeter `alias` matches one of the (level, code) pairs `$4`, `$5`.
    private static func matches(_ alias: String) -> String {
        let levels = ["arr", "com", "epci", "aom", "dep", "reg", "country"]
        return levels.map { "(f.level = '\($0)' AND f.code = \(alias).\($0))" }.joined(separator: " OR ")
    }

    /// The trips with their statuses and perimeters.
    static let from = """
        FROM carpool_v2.carpools c
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        LEFT JOIN carpool_v2.geo g ON g.carpool_id = c._id
        LEFT JOIN latest sp ON sp.arr = g.start_geo_code
        LEFT JOIN latest ep ON ep.arr = g.end_geo_code
        """

    /// True when the trip `alias` starts in the period `$1`–`$2` and belongs to one of the
    /// operators `$3` (all when empty).
    private static func inPeriodOfOperators(_ alias: String) -> String {
        """
        \(alias).start_datetime >= $1 AND \(alias).start_datetime < $2
          AND (cardinality($3::int[]) = 0 OR \(alias).operator_id = ANY($3::int[]))
        """
    }

    /// The trips of docs/files.md §1 wherever they are: processed, in the period, of the operators.
    static let tripFilter = """
        WHERE s.acquisition_status = 'processed'
          AND \(inPeriodOfOperators("c"))
        """

    /// The rows of docs/files.md §1: processed, in the period, of the operators, in the perimeter.
    static let filter = """
        \(tripFilter)
          AND (cardinality($4::text[]) = 0 OR EXISTS (
              SELECT 1 FROM unnest($4::text[], $5::text[]) AS f(level, code)
              WHERE \(matches("sp")) OR \(matches("ep"))))
        """

    private static let operatorIncentiveColumns = (1...3).map { "oi.siret[\($0)], oi.name[\($0)], oi.amount[\($0)]" }
    private static let registryIncentiveColumns = (1...3).map {
        "ri.policy_id[\($0)], ri.name[\($0)], ri.siret[\($0)], ri.territory[\($0)], ri.amount[\($0)]"
    }

    /// The selected columns, in `Column` order.
    static let selectList = """
        c.legacy_id, c.operator_trip_id, c.operator_journey_id, c.operator_class,
        s.acquisition_status, s.fraud_status, s.anomaly_status,
        (extract(epoch FROM c.start_datetime) * 1000000)::bigint,
        (extract(epoch FROM c.end_datetime) * 1000000)::bigint, c.distance,
        c.start_lat, c.start_lon, c.end_lat, c.end_lon,
        \(place("sp", code: "g.start_geo_code")),
        \(place("ep", code: "g.end_geo_code")),
        (SELECT o.name FROM operator.operators o WHERE o._id = c.operator_id),
        c.passenger_operator_user_id, c.passenger_identity_key, c.driver_operator_user_id, c.driver_identity_key,
        c.driver_revenue, c.passenger_contribution, c.passenger_seats,
        EXISTS (SELECT 1 FROM cee.cee_applications a WHERE a.carpool_id = c._id),
        \(operatorIncentiveColumns.joined(separator: ", ")),
        \(registryIncentiveColumns.joined(separator: ", ")),
        ri.policy_id
        """

    /// The latest `geo.perimeters` row of the code `code`: one probe of the index on (arr, year).
    private static func latestPerimeter(of code: String) -> String {
        """
        SELECT p.arr, p.l_arr, p.com, p.epci, p.l_epci, p.dep, p.l_dep, p.reg, p.l_reg, p.country, p.l_country,
            p.aom, p.l_aom, p.pop, p.surface
        FROM geo.perimeters p WHERE p.arr = \(code) ORDER BY p.year DESC LIMIT 1
        """
    }

    /// The operator incentives of the trip `c`, by `idx` (gaps skipped), as arrays: read in the
    /// order of the unique index on (carpool_id, idx), so that nothing is sorted, with the
    /// company's name looked up by its unique siret (a join here would be a hash join per trip).
    private static let operatorIncentivesOfTheTrip = """
        SELECT array_agg(x.siret) AS siret, array_agg(x.legal_name) AS name, array_agg(x.amount) AS amount
        FROM (
            SELECT i.siret, (SELECT co.legal_name FROM company.companies co WHERE co.siret = i.siret) AS legal_name,
                i.amount
            FROM carpool_v2.operator_incentives i
            WHERE i.carpool_id = c._id
            ORDER BY i.idx OFFSET 0
        ) x
        """

    /// The validated registry incentives of the trip `c`, by `policy_id`, as arrays: the few
    /// rows of one trip are sorted once, then aggregated in that order.
    private static let registryIncentivesOfTheTrip = """
        SELECT array_agg(x.policy_id) AS policy_id, array_agg(x.name) AS name, array_agg(x.siret) AS siret,
            array_agg(x.territory) AS territory, array_agg(x.amount) AS amount
        FROM (
            SELECT pi.policy_id, p.name, tc.siret, tg.name AS territory,
                CASE WHEN p.unit = 'point' THEN NULL ELSE pi.amount END AS amount
            FROM policy.incentives pi
            JOIN policy.policies p ON p._id = pi.policy_id
            LEFT JOIN territory.territory_group tg ON tg._id = p.territory_id
            LEFT JOIN company.companies tc ON tc._id = tg.company_id
            WHERE pi.operator_id = c.operator_id AND pi.operator_journey_id = c.operator_journey_id
              AND pi.status = 'validated'
            ORDER BY pi.policy_id OFFSET 0
        ) x
        """

    /// Every trip with everything its row shows, read in the order of the index on the start
    /// (docs/builder.md §3): each trip's status, codes, perimeters and incentives are looked up
    /// by index as the trip is read (`OFFSET 0` keeps each lookup a subquery the planner cannot
    /// turn into a hash join), so rows leave in order as soon as they are read, with nothing
    /// sorted but the ties of one instant and nothing written to temporary files.
    static let rowsFrom = """
        FROM carpool_v2.carpools c
        CROSS JOIN LATERAL (
            SELECT s.acquisition_status, s.fraud_status, s.anomaly_status
            FROM carpool_v2.status s WHERE s.carpool_id = c._id OFFSET 0
        ) s
        LEFT JOIN LATERAL (
            SELECT g.start_geo_code, g.end_geo_code FROM carpool_v2.geo g WHERE g.carpool_id = c._id OFFSET 0
        ) g ON true
        LEFT JOIN LATERAL (\(latestPerimeter(of: "g.start_geo_code"))) sp ON true
        LEFT JOIN LATERAL (\(latestPerimeter(of: "g.end_geo_code"))) ep ON true
        LEFT JOIN LATERAL (\(operatorIncentivesOfTheTrip)) oi ON true
        LEFT JOIN LATERAL (\(registryIncentivesOfTheTrip)) ri ON true
        """
}
