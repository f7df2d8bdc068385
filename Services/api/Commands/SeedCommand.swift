import ArgumentParser
import ExportModels
import ExportPostgres
import ExportRuntime
import ExportSeeder

/// `export-api seed`: fills the upstream schemas with synthetic data (development, tests, demo).
/// It empties the upstream tables first, so it runs only when `--wipe-database` names the
/// database `DATABASE_URL` connects to (docs/commands.md §2): a production database is never
/// wiped by a command typed in the wrong shell.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill the upstream schemas with reproducible synthetic trips (replaces what they hold)."
    )

    /// Why the command refused to touch the database.
    struct WipeRefused: Error, CustomStringConvertible {
        let description: String
    }

    @Option(
        name: .customLong("wipe-database"),
        help: "The name of the database DATABASE_URL points at, whose upstream tables are emptied (required).")
    var wipeDatabase: String?

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
        guard let wipeDatabase else {
            throw WipeRefused(
                description:
                    "seed empties the upstream tables of DATABASE_URL's database: confirm with --wipe-database NAME")
        }
        let context = try ServiceContext.bootstrap(service: "export-api")
        let report = try await context.closingPool {
            let database = try await context.pool.query("SELECT current_database()")[0].decode(String.self)
            guard database == wipeDatabase else {
                throw WipeRefused(
                    description:
                        "--wipe-database \(wipeDatabase) does not name DATABASE_URL's database (\(database)): nothing changed"
                )
            }
            return try await UpstreamSeeder(pool: context.pool, logger: context.logger).seed(plan)
        }
        for entry in report.tables { print("\(entry.table)\t\(entry.rows)") }
        print(
            "Seeded \(plan.trips) journeys over \(plan.months.map(\.description).joined(separator: ", ")) in \(report.duration)."
        )
    }
}
