import ExportModels
import ExportPostgres
import ExportSchema
import ExportSeeder
import Foundation
import Testing

/// `export-api seed` as a process: it empties the upstream tables, so it runs only when
/// `--wipe-database` names the database it writes to (docs/commands.md §2).
@Suite struct SeederCommandTests {
    @Test func seedRefusesUnlessWipeDatabaseNamesItsDatabase() async throws {
        try await AdminCommandTests.withCommands("seed_guard") { pool, environment, _ in
            let october = [ParisMonth(year: 2026, month: 10)!]
            _ = try await UpstreamSeeder(pool: pool, logger: .quiet).seed(SeedPlan(trips: 40, months: october))
            let journeys = {
                try await pool.query("SELECT count(*) FROM carpool_v2.carpools")[0].decode(Int.self, at: 0)
            }
            let database = try await pool.query("SELECT current_database()")[0].decode(String.self, at: 0)
            let arguments = ["seed", "--trips", "25", "--month", "2026-10"]

            let unconfirmed = try await CommandRun.run("export-api", arguments, environment: environment)
            #expect(unconfirmed.status != 0)
            #expect(unconfirmed.errors.contains("--wipe-database"), "\(unconfirmed.errors)")
            #expect(unconfirmed.errors.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
            let otherDatabase = try await CommandRun.run(
                "export-api", arguments + ["--wipe-database", "rpc_export"], environment: environment)
            #expect(otherDatabase.status != 0)
            #expect(otherDatabase.errors.contains(database), "\(otherDatabase.errors)")
            #expect(otherDatabase.errors.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1)
            #expect(try await journeys() == 40)

            let confirmed = try await CommandRun.run(
                "export-api", arguments + ["--wipe-database", database], environment: environment)
            #expect(confirmed.status == 0, "\(confirmed.errors)")
            #expect(try await journeys() == 25)
        }
    }
}
