package import ExportModels
package import Foundation

/// What to seed: how many journeys (couples, the rows of `carpool_v2.carpools`), over which
/// months, from which random seed. The same plan always produces the same rows.
package struct SeedPlan: Sendable, Equatable {
    /// The seed used when none is given, so that two default runs load identical data.
    package static let defaultRandomSeed: UInt64 = 0x5250_4345_5850_0001
    /// The number of journeys when none is given.
    package static let defaultTrips = 10_000
    /// The most journeys one plan may ask for.
    package static let maximumTrips = 50_000_000

    /// The exact number of rows loaded into `carpool_v2.carpools`.
    package var trips: Int
    /// The months the journeys start in, sorted and without repeats.
    package var months: [ParisMonth]
    /// The seed of every random draw.
    package var randomSeed: UInt64

    /// A plan; `months` defaults to the three whole months before `today` in Europe/Paris.
    /// Throws `SeedPlanError` for a number of trips out of range or an empty month list.
    package init(
        trips: Int = SeedPlan.defaultTrips,
        months: [ParisMonth]? = nil,
        randomSeed: UInt64 = SeedPlan.defaultRandomSeed,
        today: Date = Date()
    ) throws {
        guard (1...Self.maximumTrips).contains(trips) else { throw SeedPlanError.tripsOutOfRange(trips) }
        let chosen = months ?? ParisMonth.wholeMonths(3, before: today)
        guard !chosen.isEmpty else { throw SeedPlanError.noMonth }
        self.trips = trips
        self.months = Array(Set(chosen)).sorted()
        self.randomSeed = randomSeed
    }
}
