import ExportCrypto
import ExportModels
import ExportPostgres
import ExportSchema
import ExportSeeder
import ExportStore
import Foundation
import Testing

/// The whole chain as operators run it: `export-builder run` and `export-opendata
/// opendata:publish` as real processes on a seeded month, publishing to the fake data.gouv.fr.
@Suite struct OpendataPublishChainTests {
    @Test func publishCreatesWaitsForTheBuilderAndUploadsOnce() async throws {
        try await TestDatabase.with("opendata_chain", poolSize: 2) { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            let plan = try SeedPlan(trips: 2_000, months: [try #require(ParisMonth("2026-03"))])
            _ = try await UpstreamSeeder(pool: pool, logger: .quiet).seed(plan)
            let datagouv = try await FakeDatagouv.make()
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("chain-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let environment = [
                "DATABASE_URL": database.url, "DATABASE_POOL_SIZE": "4", "S3_ENDPOINT": "",
                "STORAGE_DIR": "\(scratch)/storage", "WORK_DIR": "\(scratch)/work", "OPENDATA_SALT": "chain-salt",
                "EXPORT_FIELDS_FILE": BuilderGoldenTests.repositoryFile("config/fields.json"),
                "CAMPAIGNS_DIR": BuilderGoldenTests.repositoryFile("config/campaigns"), "HEALTH_PORT": "0",
                "NOTIFIER_URL": "http://127.0.0.1:9", "BUILDER_POLL_INTERVAL": "1", "LOG_LEVEL": "error",
                "USER": "alice",
            ].merging(datagouv.variables) { $1 }
            try FileManager.default.createDirectory(atPath: "\(scratch)/work", withIntermediateDirectories: true)
            let builder = try ServiceProcess.start("export-builder", ["run"], environment: environment)

            let first = try await CommandRun.run(
                "export-opendata", ["opendata:publish", "--month", "2026-03"], environment: environment, seconds: 120)
            let second = try await CommandRun.run(
                "export-opendata", ["opendata:publish", "--month", "2026-03"], environment: environment)
            _ = try await builder.terminate()

            #expect(first.status == 0, "\(first.errors)")
            #expect(first.output.hasPrefix("published: resource "))
            #expect(first.errors.contains("2026-03 success 100 %"), "progress shown: \(first.errors)")
            #expect(second.status == 0, "\(second.errors)")
            #expect(second.output.hasPrefix("skipped: already published"))

            let resources = try await datagouv.resources()
            try #require(resources.count == 1)
            let stored = "\(scratch)/storage/opendata/2026-03/2026-03.csv"
            let checksum = try await OpendataPublicationFixture.sha1sum(stored)
            #expect(resources[0]["title"] as? String == "2026-03.csv")
            #expect((resources[0]["checksum"] as? [String: Any])?["value"] as? String == checksum)
            #expect(try await datagouv.journalLines() == ["GET  200", "POST upload 201", "PUT resources/{rid} 200"])

            let rows = try await pool.query(
                "SELECT status, stats::text, created_by FROM export.exports WHERE type = 'opendata'")
            try #require(rows.count == 1)
            #expect(try rows[0].decode(String.self, at: 0) == "success")
            let stats = try OpendataStats.decode(try rows[0].decode(String.self, at: 1))
            #expect(stats.published && stats.checksum == checksum && stats.resourceID == resources[0]["id"] as? String)
            #expect(try rows[0].decode(String.self, at: 2) == "cli:alice")
        }
    }
}
