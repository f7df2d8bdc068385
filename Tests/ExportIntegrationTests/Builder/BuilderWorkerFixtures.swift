import ExportModels
import ExportPostgres
import ExportSchema
import ExportSeeder
import ExportStorage
import ExportStore
import Foundation
import Testing

/// What the worker tests share: a database with both schemas and a small seeded month, a
/// bucket of their own on moto, a work folder, and the environment of an `export-builder`
/// process pointing at them.
struct BuilderWorkerBench {
    /// The database (export and upstream schemas).
    let pool: PostgresPool
    let database: TestDatabase
    /// The test's own bucket.
    let bucket: S3Configuration
    /// `WORK_DIR` of the builders.
    let workDirectory: String
    /// Where the processes' output goes, one file per process.
    let logDirectory: String

    /// The seeded month: January 2025, 150 journeys.
    static let seededMonth = "2025-01"
    static let seededTrips = 150
    /// 2025-01-01 and 2025-02-01 at midnight in Paris: the whole seeded month.
    static let period = (
        ISO8601DateFormatter().date(from: "2024-12-31T23:00:00Z")!,
        ISO8601DateFormatter().date(from: "2025-01-31T23:00:00Z")!
    )

    /// Runs `body` on a fresh bench, then drops the database and removes the folders.
    static func with(_ prefix: String, _ body: (BuilderWorkerBench) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("builder-\(UUID())").path
        let work = folder + "/work"
        let logs = folder + "/logs"
        for path in [work, logs] {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await TestDatabase.with(prefix, poolSize: 6) { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            let plan = try SeedPlan(trips: seededTrips, months: [try #require(ParisMonth(seededMonth))])
            _ = try await UpstreamSeeder(pool: pool, logger: .quiet).seed(plan)
            let bench = BuilderWorkerBench(
                pool: pool, database: database, bucket: try await makeBucket(), workDirectory: work,
                logDirectory: logs)
            try await body(bench)
        }
    }

    /// A new bucket on the open moto that no other test touches.
    private static func makeBucket() async throws -> S3Configuration {
        let configuration = S3Configuration(
            endpoint: try #require(URL(string: try S3TestEnvironment.variable("TEST_S3_ENDPOINT"))),
            bucket: "builder-\(UUID().uuidString.prefix(8).lowercased())",
            credentials: S3Credentials(accessKeyID: "test", secretAccessKey: "test"))
        try await S3TestRequests(configuration: configuration).createBucket()
        return configuration
    }

    /// The environment of a builder on this bench: no poll in the test's time unless `extra`
    /// sets one, JSON logs, a notifier address where nothing listens.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        [
            "DATABASE_URL": database.url, "DATABASE_POOL_SIZE": "4", "S3_ENDPOINT": bucket.endpoint.absoluteString,
            "S3_BUCKET": bucket.bucket, "S3_ACCESS_KEY_ID": "test", "S3_SECRET_ACCESS_KEY": "test",
            "WORK_DIR": workDirectory, "EXPORT_FIELDS_FILE": BuilderGoldenTests.repositoryFile("config/fields.json"),
            "CAMPAIGNS_DIR": BuilderGoldenTests.repositoryFile("config/campaigns"), "HEALTH_PORT": "0",
            "NOTIFIER_URL": "http://127.0.0.1:9", "BUILDER_POLL_INTERVAL": "3600", "LOG_FORMAT": "json",
        ].merging(extra) { $1 }
    }

    /// Starts `export-builder <command>`; its output goes to `<logDirectory>/<name>.log`.
    func start(_ command: String, name: String, _ extra: [String: String] = [:]) throws -> ServiceProcess {
        try ServiceProcess.start(
            "export-builder", [command], environment: environment(extra), output: logPath(name))
    }

    /// What the process `name` printed so far.
    func output(_ name: String) -> String {
        (try? String(contentsOfFile: logPath(name), encoding: .utf8)) ?? ""
    }

    private func logPath(_ name: String) -> String { "\(logDirectory)/\(name).log" }

    /// Runs `export-builder process` to its end and returns its exit status.
    func process(name: String, _ extra: [String: String] = [:]) async throws -> Int32 {
        let builder = try start("process", name: name, extra)
        try await waitUntil(seconds: 60) { !builder.process.isRunning }
        return builder.process.terminationStatus
    }
}
