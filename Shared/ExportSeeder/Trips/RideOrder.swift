/// The rides of a plan in the order the registry received them, so that carpool ids (and the
/// table's physical order) follow the start instant as they do upstream, where a journey is
/// declared when it ends or within the hour after: an index scan on the start then reads the
/// heap nearly in order, as it would on the registry's own database (docs/benchmarks.md §2).
/// The plan's rides are the first ones by index until they hold enough journeys; the last of
/// them by index keeps only the journeys the plan still needs.
struct RideOrder: Sendable {
    /// The latest a journey is declared after its end, in seconds.
    static let latestDeclaration: Int64 = 3_600

    /// Ride indices in order of declaration (ties by index).
    let rides: [Int]
    /// The ride the plan's journey count cuts, if any, and how many of its journeys are kept.
    let cutRide: Int?, keptJourneys: Int

    /// The order of the rides of `generator` holding `journeyCount` journeys in all.
    init(generator: RideGenerator, journeyCount: Int) {
        var declared: [(at: Int64, ride: Int)] = []
        var journeys = 0
        var cut: (ride: Int, kept: Int)?
        while journeys < journeyCount {
            let index = declared.count
            let ride = generator.ride(at: index)
            declared.append((generator.declarationInstant(of: ride, at: index), index))
            if journeys + ride.journeys.count > journeyCount { cut = (index, journeyCount - journeys) }
            journeys += ride.journeys.count
        }
        declared.sort { ($0.at, $0.ride) < ($1.at, $1.ride) }
        rides = declared.map(\.ride)
        cutRide = cut?.ride
        keptJourneys = cut?.kept ?? 0
    }
}
