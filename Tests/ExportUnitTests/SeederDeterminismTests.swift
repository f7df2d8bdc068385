import ExportModels
import Testing

@testable import ExportSeeder

/// The journeys a plan produces: fixed by its seed, numbered without gaps, and identified the
/// way the registry requires.
@Suite struct SeederDeterminismTests {
    private let october = [ParisMonth(year: 2026, month: 10)!]

    /// The COPY text `table` gets from the journeys of `plan`.
    private func text<Table: JourneyTable>(of table: Table, _ plan: SeedPlan) -> String {
        var table = table
        var buffer = CopyTextBuffer()
        for ride in RideSequence(generator: RideGenerator(plan: plan), journeyCount: plan.trips) {
            for journey in ride.journeys { table.append(journey, to: &buffer) }
        }
        return buffer.take()
    }

    /// Every journey of `plan`.
    private func journeys(_ plan: SeedPlan) -> [Journey] {
        RideSequence(generator: RideGenerator(plan: plan), journeyCount: plan.trips).flatMap(\.journeys)
    }

    private var operators: [SeededOperator] { SeedCatalogue.standard.operators }

    @Test func sameSeedGivesTheSameRows() throws {
        let plan = try SeedPlan(trips: 300, months: october, randomSeed: 99)
        let first = text(of: CarpoolRows(operators: operators), plan)
        #expect(first == text(of: CarpoolRows(operators: operators), plan))
        #expect(first.split(separator: "\n").count == 300)
    }

    @Test func anotherSeedGivesOtherRows() throws {
        let first = try SeedPlan(trips: 50, months: october, randomSeed: 1)
        let second = try SeedPlan(trips: 50, months: october, randomSeed: 2)
        let rows = text(of: CarpoolRows(operators: operators), first).split(separator: "\n")
        let others = text(of: CarpoolRows(operators: operators), second).split(separator: "\n")
        #expect(zip(rows, others).filter { $0 == $1 }.isEmpty)
    }

    @Test func makesExactlyThePlannedJourneysNumberedFromOne() throws {
        for trips in [1, 2, 7, 1_001] {
            let made = journeys(try SeedPlan(trips: trips, months: october))
            #expect(made.map(\.carpoolID) == Array(1...trips))
            #expect(Set(made.map(\.legacyID)).count == trips)
        }
    }

    @Test func operatorJourneyIDsAreUniquePerOperatorAndUUIDsUniqueEverywhere() throws {
        let made = journeys(try SeedPlan(trips: 3_000, months: october))
        let identified = made.map {
            (operators[$0.operatorIndex], $0.operatorJourneyID(of: operators[$0.operatorIndex]))
        }
        #expect(Set(identified.map { "\($0.0.spec.id)/\($0.1)" }).count == made.count)
        let uuids = identified.filter { $0.0.spec.identifiers == .uuid }.map(\.1)
        #expect(Set(uuids).count == uuids.count)
        let counters = Dictionary(grouping: identified.filter { $0.0.spec.identifiers == .counter }) { $0.1 }
        #expect(counters.values.contains { Set($0.map(\.0.spec.id)).count > 1 })
    }

    @Test func passengersOfOneRideShareTheTripIDAndSomeRidesHaveNone() throws {
        let plan = try SeedPlan(trips: 3_000, months: october)
        let rides = Array(RideSequence(generator: RideGenerator(plan: plan), journeyCount: plan.trips))
        let shared = rides.filter { $0.journeys.count > 1 }
        #expect(
            !shared.isEmpty
                && shared.allSatisfy { ride in
                    ride.journeys[0].tripNumber != nil
                        && ride.journeys.allSatisfy { $0.tripNumber == ride.journeys[0].tripNumber }
                })
        #expect(rides.contains { $0.journeys[0].tripNumber == nil })
        #expect(rides.allSatisfy { (1...3).contains($0.journeys.count) })
    }

    /// Ids follow the order the registry received the rides, as upstream: a journey with a
    /// higher id started at most two hours (the longest journey) and the declaration delay
    /// before the one numbered just before it.
    @Test func carpoolIDsFollowTheDeclarationOrder() throws {
        let made = journeys(try SeedPlan(trips: 3_000, months: october))
        let slack = 7_200 + RideOrder.latestDeclaration
        #expect(zip(made, made.dropFirst()).allSatisfy { $1.start >= $0.start - slack })
        #expect(zip(made, made.dropFirst()).contains { $1.start < $0.start })
    }

    @Test func journeysEndFiveMinutesToTwoHoursAfterTheyStart() throws {
        let made = journeys(try SeedPlan(trips: 3_000, months: october))
        #expect(made.allSatisfy { (300...7_200).contains($0.end - $0.start) })
        #expect(made.allSatisfy { $0.distance >= 400 })
    }
}
