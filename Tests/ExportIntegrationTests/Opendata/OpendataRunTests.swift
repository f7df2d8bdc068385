import ExportModels
import ExportPostgres
import ExportSchema
import Foundation
import Testing

/// `export-opendata run` as a real process: health on `HEALTH_PORT`, a publish round at start
/// for the default month, and a clean stop on SIGTERM while it waits for the build.
@Suite struct OpendataRunTests {
    @Test func runCreatesTheDefaultMonthServesHealthAndStopsOnSigterm() async throws {
        try await TestDatabase.with("opendata_run", poolSize: 2) { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            let datagouv = try await FakeDatagouv.make()
            let port = try ServiceProcess.freePort()
            let storage = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: storage) }
            let environment = [
                "DATABASE_URL": database.url, "S3_ENDPOINT": "", "STORAGE_DIR": storage, "HEALTH_PORT": "\(port)",
                "OPENDATA_SALT": "run-salt", "OPENDATA_INTERVAL": "3600", "LOG_LEVEL": "error",
            ].merging(datagouv.variables) { $1 }
            let process = try ServiceProcess.start("export-opendata", ["run"], environment: environment)
            let month = ParisMonth.latestEnded(now: Date(), maxEndDays: 5).description

            try await waitUntil(seconds: 20) { await ServiceProcess.get("http://127.0.0.1:\(port)/health")?.0 == 200 }
            try await waitUntil(seconds: 20) {
                try await pool.query(
                    "SELECT count(*) FROM export.exports WHERE type = 'opendata' AND params ->> 'month' = $1", [month]
                )[0].decode(Int.self, at: 0) == 1
            }
            #expect(await ServiceProcess.get("http://127.0.0.1:\(port)/ready")?.0 == 200)
            let status = try await process.terminate()

            #expect(status == 0)
            #expect(try await datagouv.journal().isEmpty, "nothing is uploaded before the build")
        }
    }
}
