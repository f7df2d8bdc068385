/// Generates ride number `index` of a plan from its own random stream, so that every pass over
/// the rides (one per table loaded) regenerates exactly the same ones without storing them.
struct RideGenerator: Sendable {
    private static let passengerCounts = WeightedChoice([(item: 1, weight: 74.0), (2, 19), (3, 7)])

    /// The reference data the rides refer to.
    let catalogue: SeedCatalogue
    /// The plan's days and hours.
    let calendar: RideCalendar
    private let seed: UInt64
    private let places: PlaceSampler
    private let operators: WeightedChoice<Int>
    private let journeys: JourneyGenerator

    /// The generator of `plan`'s rides.
    init(plan: SeedPlan, catalogue: SeedCatalogue = .standard) {
        self.catalogue = catalogue
        seed = plan.randomSeed
        calendar = RideCalendar(months: plan.months, campaigns: catalogue.campaigns)
        places = PlaceSampler(catalogue: catalogue)
        operators = WeightedChoice(
            catalogue.operators.enumerated().map { (item: $0.offset, weight: $0.element.spec.share) })
        journeys = JourneyGenerator(catalogue: catalogue)
    }

    /// Ride number `index`.
    func ride(at index: Int) -> Ride {
        var random = SplitMix64(seed: seed, stream: index)
        let operatorIndex = operators.draw(using: &random)
        let passengers = Self.passengerCounts.draw(using: &random)
        let hasTripID = passengers > 1 || !random.chance(0.06)
        let (moment, start) = calendar.drawStart(using: &random)
        var booster: Int?
        if case .booster(let campaign) = moment { booster = campaign }
        let route = places.drawRoute(booster: booster, using: &random)
        let from = RouteGeometry.point(in: places.places[route.start], using: &random)
        let to = RouteGeometry.point(in: places.places[route.end], using: &random)
        let detour = random.double(in: 1.15...1.45)
        let drive = RouteGeometry.drive(kilometres: RouteGeometry.kilometres(from, to), detour: detour, using: &random)
        let driver = random.next() % 50_000
        let driverKey = !random.chance(0.01)
        let driverUserID = !random.chance(0.03)
        let ride = RideFacts(
            operatorIndex: operatorIndex, start: start, seconds: drive.seconds, metres: drive.metres,
            from: from, to: to, startPlace: places.places[route.start], endPlace: places.places[route.end],
            campaignMask: places.campaignMasks[route.start] | places.campaignMasks[route.end],
            startDay: calendar.localDay(of: start), booster: booster,
            driver: driver, driverKey: driverKey, driverUserID: driverUserID)
        let made = (0..<passengers).map { journeys.journey(passenger: $0, of: ride, using: &random) }
        return Ride(operatorIndex: operatorIndex, hasTripID: hasTripID, journeys: made)
    }

    /// When the registry received `ride` (number `index`): at the end of its first journey or up
    /// to `RideOrder.latestDeclaration` seconds later, drawn from a stream of its own so that the
    /// ride itself does not change.
    func declarationInstant(of ride: Ride, at index: Int) -> Int64 {
        var random = SplitMix64(seed: ~seed, stream: index)
        return ride.journeys[0].end + Int64(random.int(in: 0...Int(RideOrder.latestDeclaration)))
    }
}
