import ExportModels
import ExportPostgres
import ExportStorage
import ExportStore
import ExportTrips
import Foundation
import Testing

extension BuilderWorkerBench {
    /// Creates a pending export of the seeded month (or of `period`) with two recipients, as the
    /// API does (with `NOTIFY export_created`).
    func createExport(
        _ type: ExportType = .registry, format: ExportFormat = .csv, tz: String = "Europe/Paris",
        period: (Date, Date) = BuilderWorkerBench.period
    ) async throws -> ExportRecord {
        try await ExportRepository(pool: pool).create(
            NewExport(
                type: type, format: format, createdBy: "42",
                params: ExportParams(startAt: period.0, endAt: period.1, tz: tz),
                recipients: [
                    RecipientAddress(email: "jeanne.martin@example.org", fullname: "Jeanne Martin"),
                    RecipientAddress(email: "ops@example.org"),
                ]),
            actor: "42")
    }

    /// The rows a registry export of `period` has, counted with the builder's own query.
    func expectedRows(period: (Date, Date) = BuilderWorkerBench.period) async throws -> Int {
        try await pool.withConnection { connection in
            try await TripQuery(startAt: period.0, endAt: period.1, operatorIDs: [], geoSelector: GeoSelector())
                .count(on: connection)
        }
    }

    /// Creates a pending open-data export of `month`, as `export-opendata` does (no recipient).
    func createOpendataExport(month text: String = BuilderWorkerBench.seededMonth) async throws -> ExportRecord {
        let month = try #require(ParisMonth(text))
        return try await ExportRepository(pool: pool).create(
            NewExport(
                type: .opendata, format: .csv, createdBy: "export-opendata",
                params: ExportParams(startAt: month.start, endAt: month.end, month: text), recipients: []),
            actor: "export-opendata")
    }

    /// The keys stored under `prefix`.
    func storedKeys(prefix: String) async throws -> [String] {
        try await S3Storage(configuration: bucket, logger: S3TestEnvironment.logger).list(prefix: prefix).map(\.key)
    }

    /// The export as stored now.
    func record(_ uuid: UUID) async throws -> ExportRecord {
        try #require(try await ExportRepository(pool: pool).find(uuid))
    }

    /// The export's status now.
    func status(_ uuid: UUID) async throws -> ExportStatus { try await record(uuid).status }

    /// The messages of the export's `status` logs, oldest first.
    func statusLogs(_ record: ExportRecord) async throws -> [String] {
        try await ExportRepository(pool: pool).logs(of: record.id).filter { $0.type == .status }.map(\.message)
    }

    /// Every log message of the export, oldest first.
    func logs(_ record: ExportRecord) async throws -> [String] {
        try await ExportRepository(pool: pool).logs(of: record.id).map(\.message)
    }

    /// The outbox kinds queued for an export, sorted.
    func notificationKinds(_ record: ExportRecord) async throws -> [String] {
        try await pool.query(
            "SELECT kind FROM export.notifications WHERE export_id = $1 ORDER BY kind, recipient_id", [record.id]
        ).map { try $0.decode(String.self, at: 0) }
    }

    /// The keys stored under the export's folder.
    func storedKeys(_ uuid: UUID) async throws -> [String] {
        try await storedKeys(prefix: "exports/\(uuid.uuidString.lowercased())/")
    }

    /// The work folder's entries (empty once every build has ended).
    func workEntries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workDirectory)
    }

    /// Lets a retried export be claimed now rather than after its backoff.
    func skipBackoff(_ uuid: UUID) async throws {
        try await pool.execute("UPDATE export.exports SET run_after = now() WHERE uuid = $1", [uuid])
    }

    /// Holds an exclusive lock on the upstream journeys while `body` runs, so that a builder's
    /// count waits: the build is "in progress" for as long as the test needs. Start the builder
    /// inside `body`: one started before could finish a small build before the lock is taken.
    func withUpstreamLocked<Result>(_ body: () async throws -> Result) async throws -> Result {
        try await pool.withTransaction { connection in
            try await connection.executeScript("LOCK TABLE carpool_v2.carpools IN ACCESS EXCLUSIVE MODE")
            return try await body()
        }
    }
}

extension ExportRecord {
    /// The `stats` JSON as an object (empty when absent).
    var statsValues: [String: Any] { Self.object(statsJSON) }
    /// The `error` JSON as an object (empty when absent).
    var errorValues: [String: Any] { Self.object(errorJSON) }

    private static func object(_ text: String?) -> [String: Any] {
        text.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:]
    }
}
