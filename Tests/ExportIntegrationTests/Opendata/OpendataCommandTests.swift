import ExportPostgres
import Foundation
import Testing

/// The commands of `export-opendata` run as real processes: exit status, the one-line reason on
/// standard error, and nothing changed on bad input.
@Suite struct OpendataCommandTests {
    /// Runs `body` with a migrated database and the environment the commands need: the admin
    /// commands' own, with the open-data settings.
    static func withCommands(
        _ prefix: String, _ body: (PostgresPool, [String: String]) async throws -> Void
    ) async throws {
        try await AdminCommandTests.withCommands(prefix) { pool, environment, _ in
            let opendata = [
                "OPENDATA_SALT": "command-test-salt", "DATAGOUV_URL": "", "DATAGOUV_API_KEY": "",
                "DATAGOUV_DATASET": "",
            ]
            try await body(pool, environment.merging(opendata) { $1 })
        }
    }

    /// The open-data exports of the database.
    private func exportCount(_ pool: PostgresPool) async throws -> Int {
        try await pool.query("SELECT count(*) FROM export.exports WHERE type = 'opendata'")[0].decode(Int.self, at: 0)
    }

    @Test func createPrintsTheUUIDThenReportsTheExistingExport() async throws {
        try await Self.withCommands("opendata_cli_create") { pool, environment in
            let first = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-03"], environment: environment)
            #expect(first.status == 0, "\(first.errors)")
            let uuid = try #require(UUID(uuidString: first.output))
            let row = try await pool.query(
                "SELECT created_by, status, format, params ->> 'month' FROM export.exports WHERE uuid = $1", [uuid])
            #expect(try row.first?.decode(String.self, at: 0) == "cli:alice")
            #expect(try row.first?.decode(String.self, at: 1) == "pending")
            #expect(try row.first?.decode(String.self, at: 2) == "csv")
            #expect(try row.first?.decode(String.self, at: 3) == "2026-03")

            let second = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-03"], environment: environment)
            #expect(second.status == 0, "\(second.errors)")
            #expect(second.output == first.output)
            #expect(second.errors.contains("already exists"))
            #expect(try await exportCount(pool) == 1)
        }
    }

    @Test func createWithoutSaltFailsNamingTheVariable() async throws {
        try await Self.withCommands("opendata_cli_salt") { pool, environment in
            var unsalted = environment
            unsalted["OPENDATA_SALT"] = ""
            let run = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-03"], environment: unsalted)
            #expect(run.status != 0)
            #expect(run.errors.contains("OPENDATA_SALT"))
            #expect(try await exportCount(pool) == 0)
        }
    }

    @Test func createRefusesAMonthNotYetEndedUnlessForced() async throws {
        try await Self.withCommands("opendata_cli_later") { pool, environment in
            let refused = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2999-01"], environment: environment)
            #expect(refused.status != 0)
            #expect(refused.errors.contains("--force"))
            #expect(try await exportCount(pool) == 0)
            let malformed = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-3"], environment: environment)
            #expect(malformed.status != 0)
            #expect(malformed.errors.contains("YYYY-MM"))
            let forced = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2999-01", "--force"], environment: environment)
            #expect(forced.status == 0, "\(forced.errors)")
            #expect(try await exportCount(pool) == 1)
        }
    }

    @Test func uploadWithoutDatagouvURLFailsNamingTheVariable() async throws {
        try await Self.withCommands("opendata_cli_url") { pool, environment in
            for command in ["opendata:upload", "opendata:publish"] {
                let run = try await CommandRun.run(
                    "export-opendata", [command, "--month", "2026-03"], environment: environment)
                #expect(run.status != 0)
                #expect(run.errors.contains("DATAGOUV_URL"), "\(command): \(run.errors)")
            }
            #expect(try await exportCount(pool) == 0)
        }
    }
}
