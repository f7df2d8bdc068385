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
    /// A registry incentive's amount is NULL when its campaign counts points (docs/files.md §10).
    private static let registryIncentiveColumns = (1...3).map {
        "ri.policy_id[\($0)], rp\($0).name, rp\($0).siret, rp\($0).territory, "
            + "CASE WHEN rp\($0).unit = 'point' THEN NULL ELSE ri.amount[\($0)] END"
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

    /// The validated registry incentives of the trip `c` whose campaign exists, by `policy_id`, as
    /// arrays of policy ids and amounts: the few rows of one trip are sorted once, then aggregated
    /// in that order.
    private static let registryIncentivesOfTheTrip = """
        SELECT array_agg(x.policy_id) AS policy_id, array_agg(x.amount) AS amount
        FROM (
            SELECT pi.policy_id, pi.amount
            FROM policy.incentives pi
            WHERE pi.operator_id = c.operator_id AND pi.operator_journey_id = c.operator_journey_id
              AND pi.status = 'validated'
              AND EXISTS (SELECT 1 FROM policy.policies p WHERE p._id = pi.policy_id)
            ORDER BY pi.policy_id OFFSET 0
        ) x
        """

    /// The campaign of the registry incentive `ri.policy_id[n]`: its name, unit, territory and
    /// the territory's siret. Looked up once per incentive shown rather than joined per trip,
    /// so that the planner can keep each campaign (a few hundred at most) in a Memoize cache or
    /// a materialized scan: 0.8 s less of the server's 16 s on a million rows.
    private static func campaign(ofIncentive n: Int) -> String {
        """
        LEFT JOIN LATERAL (
            SELECT p.name, p.unit, tc.siret, tg.name AS territory
            FROM policy.policies p
            LEFT JOIN territory.territory_group tg ON tg._id = p.territory_id
            LEFT JOIN company.companies tc ON tc._id = tg.company_id
            WHERE p._id = ri.policy_id[\(n)]
        ) rp\(n) ON true
        """
    }

    /// The status of the trip `c`, looked up by index (`OFFSET 0` keeps the lookup a subquery
    /// the planner cannot turn into a hash join, which would spill under a small `work_mem`).
    static let tripsWithStatus = """
        FROM carpool_v2.carpools c
        CROSS JOIN LATERAL (
            SELECT s.acquisition_status, s.fraud_status, s.anomaly_status
            FROM carpool_v2.status s WHERE s.carpool_id = c._id OFFSET 0
        ) s
        """

    /// The trips with their statuses, codes and perimeters (`c`, `s`, `g`, `sp`, `ep`), each
    /// looked up by index as a trip is read (docs/builder.md §4): a perimeter by the index on
    /// (arr, year), memoized per code.
    static let tripsWithPlaces = """
        \(tripsWithStatus)
        LEFT JOIN LATERAL (
            SELECT g.start_geo_code, g.end_geo_code FROM carpool_v2.geo g WHERE g.carpool_id = c._id OFFSET 0
        ) g ON true
        LEFT JOIN LATERAL (\(latestPerimeter(of: "g.start_geo_code"))) sp ON true
        LEFT JOIN LATERAL (\(latestPerimeter(of: "g.end_geo_code"))) ep ON true
        """

    /// Every trip with everything its row shows, read in the order of the index on the start
    /// (docs/builder.md §4): rows leave in order as soon as they are read, with nothing sorted but
    /// the ties of one instant and nothing written to temporary files.
    static let rowsFrom = """
        \(tripsWithPlaces)
        LEFT JOIN LATERAL (\(operatorIncentivesOfTheTrip)) oi ON true
        LEFT JOIN LATERAL (\(registryIncentivesOfTheTrip)) ri ON true
        \((1...3).map(campaign(ofIncentive:)).joined(separator: "\n"))
        """
}
