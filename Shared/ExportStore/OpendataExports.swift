package import ExportModels
package import ExportPostgres
import Foundation

/// The open-data exports of `export.exports`: at most one per month that is not in `error` or
/// `canceled` (the unique index `exports_opendata_month_key`).
package struct OpendataExports: Sendable {
    /// What `create` found.
    package enum Creation: Sendable, Equatable {
        /// The export was created (and the builders woken).
        case created(ExportRecord)
        /// The month already has an export that is not in error or canceled.
        case alreadyExists(ExportRecord)
    }

    /// The statuses of a month's export that no longer holds the month: it failed or was
    /// cancelled, and the month may be ordered again.
    package static let retired: [ExportStatus] = [.error, .canceled]

    private let pool: PostgresPool

    /// Creates the store over `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// The export of `month` that is not in error or canceled, if any.
    package func current(month: ParisMonth) async throws -> ExportRecord? {
        let row = try await pool.withConnection { connection in
            try await connection.queryFirst(
                """
                SELECT \(ExportColumns.list) FROM export.exports e
                WHERE e.type = 'opendata' AND e.params ->> 'month' = $1 AND e.status NOT IN \(Self.retired.sql)
                ORDER BY e.created_at DESC LIMIT 1
                """, [month.description])
        }
        return try row.map(ExportRecord.init(row:))
    }

    /// Creates the CSV export of `month` (params: the month's Paris boundaries) with its
    /// `created` log and `NOTIFY export_created`; when the month already has one, even created a
    /// moment ago by another process, returns it instead.
    package func create(month: ParisMonth, actor: String) async throws -> Creation {
        let export = NewExport(
            type: .opendata, format: .csv, createdBy: actor,
            params: ExportParams(
                startAt: month.start, endAt: month.end, tz: ParisMonth.zone.identifier,
                month: month.description),
            recipients: [])
        do {
            return .created(try await ExportRepository(pool: pool).create(export, actor: actor))
        } catch let error as PostgresError where error.isUniqueViolation {
            guard let existing = try await current(month: month) else { throw error }
            return .alreadyExists(existing)
        }
    }

    /// Merges `published` (the data.gouv.fr resource and checksum, `"published": true`) into the
    /// export's `stats` and logs `published`, in one transaction.
    package func markPublished(_ export: ExportRecord, stats: OpendataStats, actor: String) async throws {
        try await pool.withTransaction { connection in
            try await connection.execute(
                "UPDATE export.exports SET stats = coalesce(stats, '{}'::jsonb) || $2::jsonb WHERE _id = $1",
                [export.id, try stats.json()])
            try await ExportRepository.log(
                export.id, .published,
                "published on data.gouv.fr as resource \(stats.resourceID ?? "?") (sha1 \(stats.checksum ?? "?"))",
                actor: actor, on: connection)
        }
    }

    /// Runs `body` while holding the publication lock of `month` (a PostgreSQL advisory lock, so
    /// that two hosts never upload the same month at once); nil without running it when another
    /// process holds the lock. The lock is held on a connection of its own, outside the pool:
    /// `body` uses pooled connections, which a pool of one would never give it otherwise.
    package func withPublicationLock<Result: Sendable>(
        month: ParisMonth, _ body: () async throws -> Result
    ) async throws -> Result? {
        try await pool.withDedicatedConnection { connection in
            let key = "rpc-export-opendata-publication:\(month)"
            let locked = try await connection.queryFirst("SELECT pg_try_advisory_lock(hashtext($1))", [key])
            guard let locked, try locked.decode(Bool.self) else { return nil }
            do {
                let result = try await body()
                _ = try await connection.query("SELECT pg_advisory_unlock(hashtext($1))", [key])
                return result
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(hashtext($1))", [key])
                throw error
            }
        }
    }
}
