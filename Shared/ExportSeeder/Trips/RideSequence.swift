/// The rides of a plan in order, numbered: carpool ids from 1, legacy ids, and each operator's
/// own journey and trip counters, stopping at exactly the plan's number of journeys (the last
/// ride loses the passengers that would exceed it). Every table's pass iterates a new sequence
/// and sees the same journeys.
struct RideSequence: Sequence, IteratorProtocol {
    /// The first legacy id: public journey numbers do not start at 1, nor equal `_id`.
    static let legacyIDBase = 31_400_000
    /// The first number of operators that count their journeys and trips.
    static let counterBase = 10_001

    private let generator: RideGenerator
    private let journeyCount: Int
    private var rideIndex = 0
    private var journeysMade = 0
    private var journeyCounters: [Int]
    private var tripCounters: [Int]

    /// The rides of `generator` holding `journeyCount` journeys in all.
    init(generator: RideGenerator, journeyCount: Int) {
        self.generator = generator
        self.journeyCount = journeyCount
        journeyCounters = Array(repeating: Self.counterBase, count: generator.catalogue.operators.count)
        tripCounters = journeyCounters
    }

    /// The next ride with its journeys numbered, or nil once the plan's journeys are made.
    mutating func next() -> Ride? {
        guard journeysMade < journeyCount else { return nil }
        var ride = generator.ride(at: rideIndex)
        let style = generator.catalogue.operators[ride.operatorIndex].spec.identifiers
        let tripNumber: Int?
        switch (ride.hasTripID, style) {
        case (false, _): tripNumber = nil
        case (true, .uuid): tripNumber = rideIndex
        case (true, .counter): tripNumber = tripCounters[ride.operatorIndex]
        }
        tripCounters[ride.operatorIndex] += 1
        ride.journeys = Array(ride.journeys.prefix(journeyCount - journeysMade))
        for position in ride.journeys.indices {
            journeysMade += 1
            ride.journeys[position].carpoolID = journeysMade
            ride.journeys[position].legacyID = Self.legacyIDBase + journeysMade
            ride.journeys[position].tripNumber = tripNumber
            switch style {
            case .uuid: ride.journeys[position].journeyNumber = journeysMade
            case .counter: ride.journeys[position].journeyNumber = journeyCounters[ride.operatorIndex]
            }
            journeyCounters[ride.operatorIndex] += 1
        }
        rideIndex += 1
        return ride
    }
}
