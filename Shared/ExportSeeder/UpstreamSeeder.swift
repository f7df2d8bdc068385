import ExportLogging
import ExportModels
package import ExportPostgres
package import Logging

/// Fills the upstream schemas (`carpool_v2`, `geo`, `policy`, `operator`, `company`, `territory`,
/// `cee`) with the synthetic data of a `SeedPlan`, for development, tests, benchmarks and the
/// demo. In one transaction it empties those tables, loads the reference data, then streams the
/// journeys table by table with `COPY … FROM STDIN`: each table is a new pass over the rides,
/// regenerated from the seed rather than kept in memory. Run it again and the tables hold
/// exactly the new plan's rows; a failure leaves the previous data untouched.
package struct UpstreamSeeder: Sendable {
    private let pool: PostgresPool
    private let logger: Logger

    /// A seeder working through `pool`.
    package init(pool: PostgresPool, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    /// Replaces the upstream data with `plan`'s and reports the rows loaded per table.
    package func seed(_ plan: SeedPlan) async throws -> SeedReport {
        let clock = ContinuousClock()
        let started = clock.now
        let generator = RideGenerator(plan: plan)
        let order = RideOrder(generator: generator, journeyCount: plan.trips)
        logger.info(
            "seeding upstream tables",
            metadata: .fields([
                .seedTrips: plan.trips, .seedMonths: plan.months.map(\.description).joined(separator: ","),
                .seedRandom: plan.randomSeed,
            ]))
        let counts = try await pool.withConnection { connection in
            let counts = try await connection.withTransaction { transaction in
                try await transaction.executeScript(UpstreamTables.truncate)
                var counts: [SeedReport.TableCount] = []
                for (target, rows) in ReferenceRows.all(generator.catalogue) {
                    counts.append(try await timed(target) { try await transaction.copy(rows, into: target) })
                }
                for table in journeyTables(generator.catalogue) {
                    let rides = RideSequence(generator: generator, order: order)
                    counts.append(try await timed(table.target) { try await table.load(transaction, rides) })
                }
                try await transaction.executeScript(UpstreamTables.advanceIdentities)
                return counts
            }
            try await connection.executeScript(UpstreamTables.analyze)
            return counts
        }
        let report = SeedReport(tables: counts, duration: clock.now - started)
        logger.info("seeded upstream tables", metadata: .fields([.durationMilliseconds: report.duration]))
        return report
    }

    /// The tables filled from the journeys, in load order, each with the function that loads it.
    private func journeyTables(_ catalogue: SeedCatalogue)
        -> [(target: CopyTarget, load: (PostgresConnection, RideSequence) async throws -> Int)]
    {
        let registry = RegistryIncentiveRows(operators: catalogue.operators, campaigns: catalogue.campaigns)
        return [
            (CarpoolRows.target, { try await $0.copy(CarpoolRows(operators: catalogue.operators), from: $1) }),
            (StatusRows.target, { try await $0.copy(StatusRows(), from: $1) }),
            (GeoCodeRows.target, { try await $0.copy(GeoCodeRows(), from: $1) }),
            (OperatorIncentiveRows.target, { try await $0.copy(OperatorIncentiveRows(), from: $1) }),
            (RegistryIncentiveRows.target, { try await $0.copy(registry, from: $1) }),
            (CeeRows.target, { try await $0.copy(CeeRows(operators: catalogue.operators), from: $1) }),
        ]
    }

    /// Runs one table's load, logs its row count and time, and returns the count.
    private func timed(_ target: CopyTarget, _ load: () async throws -> Int) async throws -> SeedReport.TableCount {
        let clock = ContinuousClock()
        let started = clock.now
        let rows = try await load()
        logger.info(
            "loaded table",
            metadata: .fields([.seedTable: target.table, .rows: rows, .durationMilliseconds: clock.now - started]))
        return SeedReport.TableCount(table: target.table, rows: rows)
    }
}
