/// Makes the journey of each passenger of a ride: the first gets the ride's exact times, points
/// and distance; the others board up to five minutes later and a few hundred metres away, leave
/// up to three minutes earlier, and travel the share of the road that their time in the car
/// covers at the ride's speed.
struct JourneyGenerator: Sendable {
    private static let seats = WeightedChoice([(item: 1, weight: 88.0), (2, 9), (3, 3)])

    private let traits: JourneyTraits
    private let classes: [WeightedChoice<String>]

    /// The journeys of `catalogue`'s operators.
    init(catalogue: SeedCatalogue) {
        traits = JourneyTraits(catalogue: catalogue)
        classes = catalogue.operators.map { seeded in
            let weights = seeded.spec.classWeights
            let all: [(item: String, weight: Double)] = [("A", weights.a), ("B", weights.b), ("C", weights.c)]
            return WeightedChoice(all.filter { $0.weight > 0 })
        }
    }

    /// The journey of passenger number `passenger` (from 0) of `ride`.
    func journey(passenger: Int, of ride: RideFacts, using random: inout SplitMix64) -> Journey {
        let first = passenger == 0
        let start = ride.start + (first ? 0 : Int64(random.int(in: 0...300)))
        let arrival = ride.start + Int64(ride.seconds) - (first ? 0 : Int64(random.int(in: 0...180)))
        let end = max(arrival, start + 300)
        let pickUp = first ? ride.from : RouteGeometry.near(ride.from, metres: 300, using: &random)
        let dropOff = first ? ride.to : RouteGeometry.near(ride.to, metres: 300, using: &random)
        let metres = first ? ride.metres : max(ride.metres * Int(end - start) / ride.seconds, 400)
        let seats = Self.seats.draw(using: &random)
        let money = traits.drawMoney(metres: metres, seats: seats, using: &random)
        let statuses = traits.drawStatuses(using: &random)
        let operatorClass = classes[ride.operatorIndex].draw(using: &random)
        let passengerNumber = random.next() % 200_000
        let passengerKey = !random.chance(0.01)
        let passengerUserID = !random.chance(0.03)
        let startCode = random.chance(0.015) ? nil : ride.startPlace.row.arr.code
        let endCode = random.chance(0.015) ? nil : ride.endPlace.row.arr.code
        let registry = traits.drawRegistryIncentives(
            campaignMask: ride.campaignMask, day: ride.startDay, booster: ride.booster, using: &random)
        let declared = traits.drawOperatorIncentives(
            operatorIndex: ride.operatorIndex, campaignMask: ride.campaignMask, using: &random)
        let cee = traits.drawCee(metres: metres, using: &random)
        return Journey(
            operatorIndex: ride.operatorIndex, operatorClass: operatorClass, start: start, end: end,
            startLatitude: pickUp.latitude, startLongitude: pickUp.longitude,
            endLatitude: dropOff.latitude, endLongitude: dropOff.longitude, distance: metres,
            driverRevenue: money.driver, passengerContribution: money.passenger, seats: seats,
            driver: ride.driver, passenger: passengerNumber, hasDriverKey: ride.driverKey,
            hasPassengerKey: passengerKey, hasDriverUserID: ride.driverUserID, hasPassengerUserID: passengerUserID,
            acquisitionStatus: statuses.acquisition, fraudStatus: statuses.fraud, anomalyStatus: statuses.anomaly,
            startGeoCode: startCode, endGeoCode: endCode, registryIncentives: registry, operatorIncentives: declared,
            cee: cee)
    }
}
