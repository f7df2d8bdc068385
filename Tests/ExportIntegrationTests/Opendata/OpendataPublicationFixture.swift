import Configuration
import ExportModels
import ExportOpendataFile
import ExportPostgres
import ExportSchema
import ExportStorage
import ExportStore
import ExportTrips
import Foundation
import Testing

@testable import ExportOpendata

/// What a publication test works with: the suite's seeded database with the export schema and
/// no export, a dataset of its own on the fake data.gouv.fr, the open moto, and the parts of
/// `export-opendata` built from an in-memory configuration as the process builds them.
struct OpendataPublicationFixture {
    static let salt = "publication-test-salt"
    let pool: PostgresPool
    let datagouv: FakeDatagouv
    let storage: any ObjectStorage
    let work: String

    /// Prepares the database (export schema, no export) and a dataset of its own.
    static func make() async throws -> OpendataPublicationFixture {
        let seeded = try #require(SeederSeededDatabase.current)
        try await SchemaMigrator(pool: seeded.pool, logger: .quiet).migrate([.export])
        _ = try await seeded.pool.execute("DELETE FROM export.exports")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("opendata-pub-\(UUID())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        return OpendataPublicationFixture(
            pool: seeded.pool, datagouv: try await FakeDatagouv.make(),
            storage: try await S3TestEnvironment.openStorage(), work: work)
    }

    /// A configuration of `variables` only (no process environment).
    static func reader(_ variables: [String: String]) -> ConfigReader {
        ConfigReader(
            provider: InMemoryProvider(
                values: Dictionary(
                    uniqueKeysWithValues: variables.map { name, value in
                        (
                            AbsoluteConfigKey(name.lowercased().split(separator: "_").map(String.init)),
                            ConfigValue(stringLiteral: value)
                        )
                    })))
    }

    /// The process settings: the fake's dataset, the salt, this test's scratch folder.
    func settings(_ extra: [String: String] = [:]) throws -> OpendataSettings {
        var settings = try OpendataSettings(
            reader: Self.reader(["OPENDATA_SALT": Self.salt, "WORK_DIR": work].merging(extra) { $1 }))
        settings.pollInterval = .milliseconds(50)
        return settings
    }

    /// The creator, as `opendata:create` builds it.
    func creator(_ extra: [String: String] = [:]) throws -> OpendataCreator {
        OpendataCreator(
            exports: OpendataExports(pool: pool), settings: try settings(extra), actor: "test", logger: .quiet)
    }

    /// The uploader, with short retry waits, as `opendata:upload` builds it.
    func uploader(apiKey: String? = nil, dataset: String? = nil) throws -> OpendataUploader {
        var variables = datagouv.variables
        if let apiKey { variables["DATAGOUV_API_KEY"] = apiKey }
        if let dataset { variables["DATAGOUV_DATASET"] = dataset }
        let client = DatagouvClient(
            settings: try DatagouvSettings(reader: Self.reader(variables)),
            retry: DatagouvRetry(maxAttempts: 4, baseDelay: .milliseconds(50), maxDelay: .milliseconds(200)),
            logger: .quiet)
        return OpendataUploader(
            exports: OpendataExports(pool: pool), storage: storage, client: client, settings: try settings(),
            actor: "test", logger: .quiet)
    }

    /// The publisher, as `opendata:publish` builds it.
    func publisher() throws -> OpendataPublisher {
        OpendataPublisher(
            creator: try creator(), uploader: try uploader(),
            watcher: BuildWatcher(
                repository: ExportRepository(pool: pool), pollInterval: .milliseconds(50), report: { _ in }),
            logger: .quiet)
    }

    /// Does what the builder does for an open-data export: creates the export of `month`,
    /// builds its file, stores it under a key of this test, and marks the export `success`
    /// with the file's stats. Returns the export and the stored file's SHA-1.
    @discardableResult
    func builtExport(_ month: String) async throws -> (ExportRecord, OpendataFile) {
        guard case .created(let record) = try await creator().create(month: month, force: true) else {
            throw OpendataCommandError.notBuilt(ParisMonth(month)!, status: "exists")
        }
        let file = try await OpendataFileBuilder(
            pool: pool, settings: OpendataFileSettings(workDirectory: work, minOccurrences: 6, salt: Self.salt),
            logger: .quiet
        ).build(month: month, uuid: record.uuid, progress: { _ in })
        let key = "opendata-tests/\(UUID().uuidString.lowercased())/\(month).csv"
        if let path = file.csvPath { try await storage.put(fileAt: path, key: key, contentType: "text/csv") }
        _ = try await pool.execute(
            """
            UPDATE export.exports SET status = 'success', progress = 100, file_key = $2, file_size = $3,
                stats = $4::jsonb, finished_at = now()
            WHERE _id = $1
            """, [record.id, file.csvPath == nil ? nil : key, file.fileSize, file.statsJSON])
        return (try #require(try await ExportRepository(pool: pool).find(record.uuid)), file)
    }

    /// The export's stored stats, read back.
    func stats(of record: ExportRecord) async throws -> OpendataStats {
        let stored = try #require(try await ExportRepository(pool: pool).find(record.uuid))
        return try OpendataStats.decode(try #require(stored.statsJSON))
    }

    /// The lowercase hex SHA-1 of a file, from `sha1sum`.
    static func sha1sum(_ path: String) async throws -> String {
        String(try await CommandRun.succeeding(program: "/usr/bin/sha1sum", [path]).output.prefix(40))
    }

    /// Removes the scratch folder.
    func cleanUp() {
        try? FileManager.default.removeItem(atPath: work)
    }
}
