import Configuration
import ExportModels
import ExportPostgres
import ExportSchema
import ExportStorage
import ExportStore
import Foundation
import Logging
import Testing

@testable import ExportJanitor

/// Helpers of the janitor tests: a migrated database, a bucket of their own on moto (the janitor
/// sweeps the fixed `exports/` prefix), exports moved in time by writing past timestamps.
enum JanitorFixtures {
    /// Runs `body` on a fresh database with the export schema.
    static func withDatabase(
        _ prefix: String, _ body: (PostgresPool, TestDatabase) async throws -> Void
    ) async throws {
        try await TestDatabase.with(prefix, poolSize: 6) { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            try await body(pool, database)
        }
    }

    /// A new bucket on the open moto that no other test touches.
    static func makeBucket() async throws -> S3Configuration {
        let configuration = S3Configuration(
            endpoint: try #require(URL(string: try S3TestEnvironment.variable("TEST_S3_ENDPOINT"))),
            bucket: "janitor-\(UUID().uuidString.prefix(8).lowercased())",
            credentials: S3Credentials(accessKeyID: "test", secretAccessKey: "test"))
        try await S3TestRequests(configuration: configuration).createBucket()
        return configuration
    }

    /// A store on a new bucket of its own.
    static func makeStorage() async throws -> S3Storage {
        S3Storage(configuration: try await makeBucket(), logger: S3TestEnvironment.logger)
    }

    /// A pass with the default settings (TTL 7 days, retention 365 days).
    static func makePass(pool: PostgresPool, storage: any ObjectStorage, logger: Logger = .quiet) throws -> JanitorPass
    {
        JanitorPass(
            settings: try JanitorSettings(reader: ConfigReader(provider: InMemoryProvider(values: [:]))), pool: pool,
            storage: storage, logger: logger)
    }

    /// Creates an export with `recipients` and moves it to `status`, finished `finishedDaysAgo`
    /// days ago, expiring `finishedDaysAgo - 7` days from now, with its file under `fileKey`.
    @discardableResult
    static func createFinishedExport(
        _ pool: PostgresPool, status: ExportStatus = .success, finishedDaysAgo: Int,
        recipients: [RecipientAddress] = [RecipientAddress(email: "ops@example.org")], withFile: Bool = true
    ) async throws -> ExportRecord {
        let params = ExportParams(
            startAt: Date(timeIntervalSince1970: 1_735_686_000), endAt: Date(timeIntervalSince1970: 1_738_364_400))
        let export = try await ExportRepository(pool: pool).create(
            NewExport(type: .registry, format: .xlsx, createdBy: "42", params: params, recipients: recipients),
            actor: "42")
        let key = withFile ? "exports/\(export.uuid.uuidString.lowercased())/file.zip" : nil
        try await pool.execute(
            """
            UPDATE export.exports SET status = $2, file_key = $3,
                finished_at = now() - make_interval(days => $4),
                expires_at = now() - make_interval(days => $4) + interval '7 days'
            WHERE _id = $1
            """, [export.id, status.rawValue, key, finishedDaysAgo])
        return try #require(try await ExportRepository(pool: pool).find(export.uuid))
    }

    /// Stores a small file under the key of `export`.
    static func storeFile(of export: ExportRecord, in storage: any ObjectStorage) async throws {
        try await storage.put(Data("PK".utf8), key: try #require(export.fileKey), contentType: "application/zip")
    }

    /// The export's status, read back.
    static func status(_ pool: PostgresPool, _ export: ExportRecord) async throws -> String {
        try await pool.query("SELECT status FROM export.exports WHERE _id = $1", [export.id])[0]
            .decode(String.self, at: 0)
    }

    /// How many logs of `type` the export has.
    static func logCount(_ pool: PostgresPool, _ export: ExportRecord, _ type: ExportLogType) async throws -> Int {
        try await pool.query(
            "SELECT count(*) FROM export.logs WHERE export_id = $1 AND type = $2", [export.id, type.rawValue]
        )[0].decode(Int.self, at: 0)
    }
}
