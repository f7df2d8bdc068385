import ExportPostgres
import Foundation
import Testing

/// `export-janitor run` as deployed: a pass at start, then one every `JANITOR_INTERVAL` seconds,
/// until SIGTERM.
@Suite struct JanitorRunTests {
    @Test func runRepeatsThePassEveryIntervalUntilSigterm() async throws {
        try await JanitorFixtures.withDatabase("janitor_run") { pool, database in
            let storage = FileManager.default.temporaryDirectory.appendingPathComponent("janitor-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: storage) }
            let first = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 8, withFile: false)
            let janitor = try ServiceProcess.start(
                "export-janitor", ["run"],
                environment: [
                    "DATABASE_URL": database.url, "JANITOR_INTERVAL": "1", "HEALTH_PORT": "0", "S3_ENDPOINT": "",
                    "STORAGE_DIR": storage, "LOG_LEVEL": "error",
                ])
            try await waitUntil(seconds: 30) { try await JanitorFixtures.status(pool, first) == "expired" }

            let second = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 9, withFile: false)
            try await waitUntil(seconds: 30) { try await JanitorFixtures.status(pool, second) == "expired" }
            #expect(janitor.process.isRunning, "still running between passes")
            #expect(try await janitor.terminate() == 0)
        }
    }
}
