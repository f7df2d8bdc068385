/// What the journeys of one ride share.
struct RideFacts {
    let operatorIndex: Int
    /// The first passenger's start instant, the ride's duration in seconds and its road
    /// distance in metres.
    let start: Int64, seconds: Int, metres: Int
    /// The first passenger's pick-up and drop-off points, in millionths of a degree.
    let from: (latitude: Int, longitude: Int), to: (latitude: Int, longitude: Int)
    let startPlace: Place, endPlace: Place
    /// The campaigns covering the start or the end.
    let campaignMask: UInt64
    /// The local day of the start, for campaign periods.
    let startDay: Int
    /// The campaign whose booster day this is, if any.
    let booster: Int?
    /// The driver, and whether the operator sent the driver's identity key and user id.
    let driver: UInt64, driverKey: Bool, driverUserID: Bool
}
