import ArgumentParser
import ExportModels
import ExportRuntime
import ExportSeeder

/// `export-api seed`: fills the upstream schemas with synthetic data (development, tests, demo).
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill the upstream schemas with reproducible synthetic trips (replaces what they hold)."
    )

    @Option(help: "Number of journeys to load into carpool_v2.carpools.")
    var trips = SeedPlan.defaultTrips

    @Option(
        name: .customLong("month"),
        help: "A month YYYY-MM the journeys start in (repeatable; default: the last three whole months).")
    var months: [String] = []

    @Option(name: .customLong("random-seed"), help: "Seed of the random draws (same seed, same data).")
    var randomSeed = SeedPlan.defaultRandomSeed

    func run() async throws {
        let parsedMonths = try months.map { text in
            guard let month = ParisMonth(text) else {
                throw ValidationError("--month must be YYYY-MM (got \"\(text)\")")
            }
            return month
        }
        let plan = try SeedPlan(trips: trips, months: parsedMonths.isEmpty ? nil : parsedMonths, randomSeed: randomSeed)
        let context = try ServiceContext.bootstrap(service: "export-api")
        let report = try await context.closingPool {
            try await UpstreamSeeder(pool: context.pool, logger: context.logger).seed(plan)
        }
        for entry in report.tables { print("\(entry.table)\t\(entry.rows)") }
        print(
            "Seeded \(plan.trips) journeys over \(plan.months.map(\.description).joined(separator: ", ")) in \(report.duration)."
        )
    }
}
