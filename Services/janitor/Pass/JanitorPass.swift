import ExportConfiguration
import ExportLogging
import ExportPostgres
import ExportStorage
import ExportStore
import Foundation
import Logging

/// One idempotent janitor pass (docs/queue.md §12): expire, scramble, sweep storage, delete old
/// records, rescue stale leases, then measure the queue for the gauges (§15). Safe with several janitors at once: each action is fenced by
/// the row it changes (or, for storage, by a lock), so it happens once. Each step runs on its
/// own: one that fails (an S3 error, the database away) is logged and reported, the others
/// still run.
struct JanitorPass: Sendable {
    /// Rows claimed per transaction, so that no transaction holds too many locks.
    static let batchSize = 100
    /// Recorded as the actor of the logs.
    static let actor = "export-janitor"

    /// The settings read at start.
    let settings: JanitorSettings
    /// The database.
    let pool: PostgresPool
    /// Where the files are.
    let storage: any ObjectStorage
    /// The service's logger.
    let logger: Logger
    /// The counters of what passes did.
    let metrics = JanitorMetrics()

    /// Runs every step once and returns what they did, and which steps failed; stored
    /// objects' ages are judged against `now`.
    func run(now: Date = Date()) async -> JanitorPassReport {
        var report = JanitorPassReport()
        for step in JanitorStep.allCases {
            do {
                try await perform(step, now: now, into: &report)
            } catch {
                report.failedSteps.append(step)
                logger.error(
                    "janitor step failed, the other steps still run",
                    metadata: .fields([.janitorStep: step.rawValue, .error: error]))
            }
        }
        metrics.record(report)
        return report
    }

    /// Runs one step, adding what it did to `report`.
    private func perform(_ step: JanitorStep, now: Date, into report: inout JanitorPassReport) async throws {
        switch step {
        case .expiry:
            try await expire(into: &report)
        case .scrambling:
            try await scramble(into: &report)
        case .storage:
            report.storage = try await StorageSweep(
                storage: storage, repository: StorageSweepRepository(pool: pool, actor: Self.actor), logger: logger
            ).run(now: now)
        case .retention:
            try await deleteOldRecords(into: &report)
        case .gauges:
            metrics.record(try await QueueStateRepository(pool: pool).read())
        case .rescue:
            report.leasesRescued = try await LeaseRescue(pool: pool, actor: Self.actor)
                .rescueStale(
                    leaseTimeoutSeconds: settings.queue.leaseTimeoutSeconds, maxAttempts: settings.queue.maxAttempts
                )
                .count
        }
    }

    /// Expires the successful exports past `expires_at`, then deletes their files. A file whose
    /// deletion fails is left to the storage sweep, which deletes it once its export has ended.
    private func expire(into report: inout JanitorPassReport) async throws {
        let expiry = ExportExpiry(pool: pool, actor: Self.actor)
        var batch: [ExpiredExport]
        repeat {
            batch = try await expiry.expireDue(limit: Self.batchSize)
            report.exportsExpired += batch.count
            for export in batch {
                logger.info("export expired", metadata: .fields([.exportUUID: export.uuid]))
                guard let key = export.fileKey else { continue }
                do {
                    try await storage.delete(key: key)
                    try await expiry.recordPurge(of: export.id)
                    report.filesPurged += 1
                } catch {
                    logger.warning(
                        "could not delete the file of an expired export",
                        metadata: .fields([.exportUUID: export.uuid, .error: error]))
                }
            }
        } while batch.count == Self.batchSize
    }

    /// Scrambles the recipients of the exports finished more than `EXPORT_TTL_DAYS` ago.
    private func scramble(into report: inout JanitorPassReport) async throws {
        let repository = ScramblingRepository(pool: pool, actor: Self.actor)
        var batch: [ScrambledExport]
        repeat {
            batch = try await repository.scrambleDue(ttlDays: settings.queue.exportTTLDays, limit: Self.batchSize)
            for export in batch {
                logger.info(
                    "recipients scrambled",
                    metadata: .fields([.exportUUID: export.uuid, .janitorScrambled: export.recipients]))
                report.exportsScrambled += 1
                report.recipientsScrambled += export.recipients
            }
        } while batch.count == Self.batchSize
    }

    /// Deletes the records older than `EXPORT_RECORD_RETENTION_DAYS`, and the idempotency keys
    /// past their 24 hours.
    private func deleteOldRecords(into report: inout JanitorPassReport) async throws {
        let repository = RetentionRepository(pool: pool)
        var batch: [UUID]
        repeat {
            batch = try await repository.deleteFinishedExports(
                retentionDays: settings.recordRetentionDays, limit: Self.batchSize)
            for uuid in batch {
                logger.info("export record deleted after retention", metadata: .fields([.exportUUID: uuid]))
            }
            report.recordsDeleted += batch.count
        } while batch.count == Self.batchSize
        report.notificationsDeleted = try await repository.deleteOldNotifications(
            retentionDays: settings.recordRetentionDays)
        report.idempotencyKeysDeleted = try await IdempotencyKeys.deleteExpired(pool: pool)
    }
}
