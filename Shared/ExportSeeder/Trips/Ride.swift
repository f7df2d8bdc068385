/// One trip of a driver: its operator, whether the operator sent a trip id, and its journeys
/// (one per passenger), before `RideSequence` numbers them.
struct Ride: Sendable {
    /// The operator's index in the catalogue.
    let operatorIndex: Int
    /// False when the operator sent no `operator_trip_id`.
    let hasTripID: Bool
    /// One to three journeys sharing driver, route and times (give or take a few minutes).
    var journeys: [Journey]
}
