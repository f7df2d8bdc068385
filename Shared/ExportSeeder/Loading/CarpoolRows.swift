/// The rows of `carpool_v2.carpools`, one per journey.
struct CarpoolRows: JourneyTable {
    static let target = CopyTarget(
        table: "carpool_v2.carpools",
        columns: [
            "_id", "legacy_id", "operator_id", "operator_journey_id", "operator_trip_id", "operator_class",
            "start_datetime", "end_datetime", "start_lat", "start_lon", "end_lat", "end_lon", "distance",
            "driver_revenue", "passenger_contribution", "passenger_seats", "driver_identity_key",
            "passenger_identity_key", "driver_operator_user_id", "passenger_operator_user_id",
        ])

    /// The operators journeys refer to by index.
    let operators: [SeededOperator]

    mutating func append(_ journey: Journey, to buffer: inout CopyTextBuffer) {
        let seeded = operators[journey.operatorIndex]
        let keys = journey.identityKeys(of: seeded)
        let users = journey.userIDs(of: seeded)
        buffer.append(journey.carpoolID)
        buffer.append(journey.legacyID)
        buffer.append(seeded.spec.id)
        buffer.append(journey.operatorJourneyID(of: seeded))
        buffer.append(journey.operatorTripID(of: seeded))
        buffer.append(journey.operatorClass)
        buffer.append(instant: journey.start)
        buffer.append(instant: journey.end)
        buffer.append(millionths: journey.startLatitude)
        buffer.append(millionths: journey.startLongitude)
        buffer.append(millionths: journey.endLatitude)
        buffer.append(millionths: journey.endLongitude)
        buffer.append(journey.distance)
        buffer.append(journey.driverRevenue)
        buffer.append(journey.passengerContribution)
        buffer.append(journey.seats)
        buffer.append(keys.driver)
        buffer.append(keys.passenger)
        buffer.append(users.driver)
        buffer.append(users.passenger)
        buffer.endRow()
    }
}
