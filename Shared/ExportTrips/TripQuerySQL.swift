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
        c._id IN (SELECT a.carpool_id FROM cee.cee_applications a WHERE a.carpool_id IS NOT NULL),
        \(operatorIncentiveColumns.joined(separator: ", ")),
        \(registryIncentiveColumns.joined(separator: ", ")),
        ri.policy_id
        """

    /// The ids of the selected trips (and the keys of their registry incentives), materialised
    /// once: the incentives are then aggregated for these trips only, in one pass each that the
    /// planner can hash, instead of one aggregate per row. Used when a perimeter filters the
    /// trips, so that the perimeter test runs once.
    static let selected = """
        selected AS MATERIALIZED (
            SELECT c._id, c.operator_id, c.operator_journey_id
            \(from)
            \(filter)
        )
        """

    /// The operator incentives (by `idx`, gaps skipped) of the trips `trips` (a relation with
    /// `_id`), aggregated so that a trip stays one row.
    private static func operatorIncentives(of trips: String, where condition: String = "") -> String {
        """
        SELECT i.carpool_id, array_agg(i.siret ORDER BY i.idx) AS siret,
            array_agg(co.legal_name ORDER BY i.idx) AS name, array_agg(i.amount ORDER BY i.idx) AS amount
        FROM \(trips)
        JOIN carpool_v2.operator_incentives i ON i.carpool_id = x._id
        LEFT JOIN company.companies co ON co.siret = i.siret
        \(condition)
        GROUP BY i.carpool_id
        """
    }

    /// The validated registry incentives (by `policy_id`) of the trips `trips` (a relation with
    /// `_id`, `operator_id`, `operator_journey_id`), aggregated so that a trip stays one row.
    private static func registryIncentives(of trips: String, where condition: String = "") -> String {
        """
        SELECT x._id AS carpool_id, array_agg(pi.policy_id ORDER BY pi.policy_id) AS policy_id,
            array_agg(p.name ORDER BY pi.policy_id) AS name,
            array_agg(tc.siret ORDER BY pi.policy_id) AS siret,
            array_agg(tg.name ORDER BY pi.policy_id) AS territory,
            array_agg(CASE WHEN p.unit = 'point' THEN NULL ELSE pi.amount END ORDER BY pi.policy_id) AS amount
        FROM \(trips)
        JOIN policy.incentives pi
            ON pi.operator_id = x.operator_id AND pi.operator_journey_id = x.operator_journey_id
            AND pi.status = 'validated'
        JOIN policy.policies p ON p._id = pi.policy_id
        LEFT JOIN territory.territory_group tg ON tg._id = p.territory_id
        LEFT JOIN company.companies tc ON tc._id = tg.company_id
        \(condition)
        GROUP BY x._id
        """
    }

    /// The incentives of the `selected` trips, as the CTEs `oi` and `ri`.
    static let incentives = """
        oi AS (
        \(operatorIncentives(of: "selected x"))
        ),
        ri AS (
        \(registryIncentives(of: "selected x"))
        )
        """

    /// The selected trips with everything their row shows.
    static let rowsFrom = """
        FROM selected x
        JOIN carpool_v2.carpools c ON c._id = x._id
        JOIN carpool_v2.status s ON s.carpool_id = c._id
        LEFT JOIN carpool_v2.geo g ON g.carpool_id = c._id
        LEFT JOIN latest sp ON sp.arr = g.start_geo_code
        LEFT JOIN latest ep ON ep.arr = g.end_geo_code
        LEFT JOIN oi ON oi.carpool_id = c._id
        LEFT JOIN ri ON ri.carpool_id = c._id
        """

    /// The trips of the period and the operators, whatever their status and perimeter: a
    /// superset of the rows, enough to aggregate their incentives before the join.
    private static let tripsOfThePeriod = "WHERE \(inPeriodOfOperators("x"))"

    /// Every trip with everything its row shows, when no perimeter filters the trips: one pass
    /// over the trips, with the incentives of the period aggregated beside it. Measured on
    /// 930,000 rows: 22 s against 32 s for the form over `selected`, which materialises the ids
    /// and joins the trips a second time.
    static let directFrom = """
        \(from)
        LEFT JOIN (
        \(operatorIncentives(of: "carpool_v2.carpools x", where: tripsOfThePeriod))
        ) oi ON oi.carpool_id = c._id
        LEFT JOIN (
        \(registryIncentives(of: "carpool_v2.carpools x", where: tripsOfThePeriod))
        ) ri ON ri.carpool_id = c._id
        """
}
