/// The rides of a plan in the order of `RideOrder`, numbered: carpool ids from 1, legacy ids,
/// and each operator's own journey and trip counters, with exactly the plan's number of journeys
/// (the ride the order cuts loses the passengers that would exceed it). Every table's pass
/// iterates a new sequence over the same order and sees the same journeys.
struct RideSequence: Sequence, IteratorProtocol {
    /// The first legacy id: public journey numbers do not start at 1, nor equal `_id`.
    static let legacyIDBase = 31_400_000
    /// The first number of operators that count their journeys and trips.
    static let counterBase = 10_001

    private let generator: RideGenerator
    private let order: RideOrder
    private var position = 0
    private var journeysMade = 0
    private var journeyCounters: [Int]
    private var tripCounters: [Int]

    /// The rides of `generator` in `order`.
    init(generator: RideGenerator, order: RideOrder) {
        self.generator = generator
        self.order = order
        journeyCounters = Array(repeating: Self.counterBase, count: generator.catalogue.operators.count)
        tripCounters = journeyCounters
    }

    /// The rides of `generator` holding `journeyCount` journeys in all, ordering them first.
    init(generator: RideGenerator, journeyCount: Int) {
        self.init(generator: generator, order: RideOrder(generator: generator, journeyCount: journeyCount))
    }

    /// The next ride with its journeys numbered, or nil once the plan's journeys are made.
    mutating func next() -> Ride? {
        guard position < order.rides.count else { return nil }
        let rideIndex = order.rides[position]
        var ride = generator.ride(at: rideIndex)
        let style = generator.catalogue.operators[ride.operatorIndex].spec.identifiers
        let tripNumber: Int?
        switch (ride.hasTripID, style) {
        case (false, _): tripNumber = nil
        case (true, .uuid): tripNumber = rideIndex
        case (true, .counter): tripNumber = tripCounters[ride.operatorIndex]
        }
        tripCounters[ride.operatorIndex] += 1
        if rideIndex == order.cutRide { ride.journeys = Array(ride.journeys.prefix(order.keptJourneys)) }
        for slot in ride.journeys.indices {
            journeysMade += 1
            ride.journeys[slot].carpoolID = journeysMade
            ride.journeys[slot].legacyID = Self.legacyIDBase + journeysMade
            ride.journeys[slot].tripNumber = tripNumber
            switch style {
            case .uuid: ride.journeys[slot].journeyNumber = journeysMade
            case .counter: ride.journeys[slot].journeyNumber = journeyCounters[ride.operatorIndex]
            }
            journeyCounters[ride.operatorIndex] += 1
        }
        position += 1
        return ride
    }
}
