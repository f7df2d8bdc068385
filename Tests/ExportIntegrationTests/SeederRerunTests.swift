import ExportModels
import ExportPostgres
import ExportSchema
import ExportSeeder
import Testing

/// Seeding a database that already holds upstream data.
@Suite(.migratedDatabase(.upstream))
struct SeederRerunTests {
    private let october = [ParisMonth(year: 2026, month: 10)!]

    /// A digest of the journeys and their incentives, to compare two loads.
    private func fingerprint(_ pool: PostgresPool) async throws -> String {
        let rows = try await pool.query(
            """
            SELECT md5(string_agg(c::text, '|' ORDER BY c._id)) || md5(coalesce(
                (SELECT string_agg(i::text, '|' ORDER BY i._id) FROM policy.incentives i), ''))
            FROM carpool_v2.carpools c
            """)
        return try rows[0].decode(String.self, at: 0)
    }

    /// The rows of every table the report names, as the database counts them.
    private func counts(_ report: SeedReport, in pool: PostgresPool) async throws -> [Int] {
        var counts: [Int] = []
        for entry in report.tables {
            counts.append(try await pool.query("SELECT count(*) FROM \(entry.table)")[0].decode(Int.self, at: 0))
        }
        return counts
    }

    @Test func aSecondRunReplacesTheDataWithExactlyTheRequestedRows() async throws {
        try await MigratedDatabase.withCopy("seeder_rerun") { pool, _ in
            let seeder = UpstreamSeeder(pool: pool, logger: .quiet)
            let first = try await seeder.seed(SeedPlan(trips: 3_000, months: october, randomSeed: 1))
            let firstPrint = try await fingerprint(pool)
            let second = try await seeder.seed(SeedPlan(trips: 1_200, months: october, randomSeed: 2))
            #expect(second.rows(in: "carpool_v2.carpools") == 1_200)
            #expect(try await counts(second, in: pool) == second.tables.map(\.rows))
            #expect(try await fingerprint(pool) != firstPrint)
            let again = try await seeder.seed(SeedPlan(trips: 3_000, months: october, randomSeed: 1))
            #expect(again.tables == first.tables)
            #expect(try await fingerprint(pool) == firstPrint)
        }
    }

    @Test func identitiesContinueAfterTheSeededIDs() async throws {
        try await MigratedDatabase.withCopy("seeder_identity") { pool, _ in
            _ = try await UpstreamSeeder(pool: pool, logger: .quiet).seed(SeedPlan(trips: 500, months: october))
            let next = try await pool.query(
                "SELECT nextval(pg_get_serial_sequence('carpool_v2.carpools', '_id'))")[0].decode(Int.self, at: 0)
            #expect(next == 501)
            let operatorID = try await pool.query(
                "INSERT INTO operator.operators (name) VALUES ('Nouvel opérateur') RETURNING _id")[0].decode(
                    Int.self, at: 0)
            #expect(operatorID > 57)
        }
    }
}
