/// One passenger–driver couple and everything the upstream tables hold about it. Identifiers
/// that depend on the journeys before it (`carpoolID`, `legacyID`, the operator's numbers) are
/// set by `RideSequence`; people are kept as numbers and only formatted when written.
struct Journey: Sendable, Equatable {
    var carpoolID = 0
    var legacyID = 0
    /// The operator's own number for the journey (a counter, or what its UUID derives from).
    var journeyNumber = 0
    /// The operator's number for the trip; nil when the operator sent no trip id.
    var tripNumber: Int?
    let operatorIndex: Int
    let operatorClass: String
    /// Instants, seconds since 1970 (UTC).
    let start: Int64, end: Int64
    /// Positions in millionths of a degree.
    let startLatitude: Int, startLongitude: Int, endLatitude: Int, endLongitude: Int
    /// Metres.
    let distance: Int
    /// Cents; nil when the operator did not send it.
    let driverRevenue: Int?, passengerContribution: Int?
    let seats: Int
    /// The people, as numbers within their operator.
    let driver: UInt64, passenger: UInt64
    /// Whether the operator sent the identity keys and its user ids.
    let hasDriverKey: Bool, hasPassengerKey: Bool, hasDriverUserID: Bool, hasPassengerUserID: Bool
    let acquisitionStatus: String, fraudStatus: String, anomalyStatus: String
    /// INSEE codes; nil when the point was not geocoded.
    let startGeoCode: String?, endGeoCode: String?
    let registryIncentives: [RegistryIncentive]
    let operatorIncentives: [OperatorIncentive]
    let cee: CeeApplication?
}
