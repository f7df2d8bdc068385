import ExportModels
import ExportPostgres
import ExportSchema
import ExportSeeder
import Testing

/// A database with the upstream schemas, seeded once for a whole suite and dropped after it.
struct SeederSeededDatabase: SuiteTrait, TestScoping {
    /// What the suite's tests read.
    struct Seeded: Sendable {
        /// A pool on the seeded database.
        let pool: PostgresPool
        /// What the seeder reported.
        let report: SeedReport

        /// The single integer a query returns.
        func integer(_ sql: String, _ parameters: [any PostgresBindable] = []) async throws -> Int {
            try await pool.query(sql, parameters)[0].decode(Int.self, at: 0)
        }

        /// The number of rows of `table` for which `condition` holds.
        func count(_ table: String, where condition: String, _ parameters: [any PostgresBindable] = [])
            async throws -> Int
        {
            try await integer("SELECT count(*) FROM \(table) WHERE \(condition)", parameters)
        }

        /// The single double a query returns.
        func double(_ sql: String) async throws -> Double {
            try await pool.query(sql)[0].decode(Double.self, at: 0)
        }
    }

    /// The seeded database of the running suite.
    @TaskLocal static var current: Seeded?

    /// Journeys to seed.
    let trips: Int
    /// Months to seed, `YYYY-MM`.
    let months: [String]

    let isRecursive = false

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let plan = try SeedPlan(trips: trips, months: months.map { try #require(ParisMonth($0)) })
        try await TestDatabase.with("seeder_test") { pool, _ in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.upstream])
            let report = try await UpstreamSeeder(pool: pool, logger: .quiet).seed(plan)
            try await Self.$current.withValue(Seeded(pool: pool, report: report)) { try await function() }
        }
    }
}

extension Trait where Self == SeederSeededDatabase {
    /// Seeds `trips` journeys over `months` into a database of the suite's own.
    static func seededDatabase(trips: Int, months: [String]) -> Self {
        SeederSeededDatabase(trips: trips, months: months)
    }
}

/// 5,000 journeys over March and October 2026 (both clock changes, booster days of every
/// campaign with a configuration file), checked with SQL by the nested suites.
@Suite(.seededDatabase(trips: 5_000, months: ["2026-03", "2026-10"]))
struct SeederSeededTests {
    /// The suite's seeded database.
    static func seeded() throws -> SeederSeededDatabase.Seeded {
        try #require(SeederSeededDatabase.current, "the suite trait did not seed a database")
    }
}
