/// How an operator numbers its trips, journeys and users.
enum IdentifierStyle: Sendable {
    /// Random-looking UUIDs.
    case uuid
    /// Its own counters (`10234`): two such operators use the same numbers for different
    /// journeys, which only the (`operator_id`, `operator_journey_id`) pair tells apart.
    case counter
}
