/// The upstream tables the seeder fills, and the statements that empty them beforehand and
/// tidy up afterwards.
enum UpstreamTables {
    /// Every table the seeder fills.
    static let all = [
        "geo.perimeters", "operator.operators", "company.companies", "territory.territory_group",
        "territory.territory_group_selector", "policy.policies", "carpool_v2.carpools", "carpool_v2.status",
        "carpool_v2.geo", "carpool_v2.operator_incentives", "policy.incentives", "cee.cee_applications",
    ]

    /// The tables whose `_id` is an identity column the seeder sets explicitly.
    private static let withIdentity = [
        "operator.operators", "company.companies", "territory.territory_group", "policy.policies",
        "carpool_v2.carpools", "policy.incentives",
    ]

    /// Empties every table and restarts their identities.
    static let truncate = "TRUNCATE \(all.joined(separator: ", ")) RESTART IDENTITY"

    /// Moves each identity past the largest `_id` loaded, so that later inserts get fresh ids.
    static let advanceIdentities = withIdentity.map { table in
        "SELECT setval(pg_get_serial_sequence('\(table)', '_id'), COALESCE(MAX(_id), 0) + 1, false) FROM \(table);"
    }.joined(separator: "\n")

    /// Refreshes the planner's statistics of every table after the load.
    static let analyze = "ANALYZE \(all.joined(separator: ", "))"
}
