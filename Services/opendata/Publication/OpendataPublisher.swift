import ExportLogging
import ExportModels
import ExportStore
import Foundation
import Logging

/// `opendata:publish`: create the month's export, wait for the builder, upload. Safe to run
/// every minute from several hosts: a month already published, or whose export another process
/// is building or uploading, is skipped (unless forced); the unique index and an advisory lock
/// keep two hosts from creating or uploading the same month twice.
struct OpendataPublisher: Sendable {
    /// What a publish did.
    enum Outcome: Sendable, Equatable {
        /// The file was uploaded.
        case published(resourceID: String)
        /// The month has no exposed trip: built, nothing uploaded.
        case nothingToPublish
        /// The month was already published.
        case alreadyPublished
        /// Another process is building or uploading the month.
        case inProgressElsewhere
    }

    let creator: OpendataCreator
    let uploader: OpendataUploader
    let watcher: BuildWatcher
    let logger: Logger

    /// Publishes `month` (default: the latest ended month).
    func publish(month text: String?, force: Bool, now: Date = Date()) async throws -> Outcome {
        let exports = creator.exports
        let month = try ParisMonth.selected(text, maxEndDays: creator.settings.maxEndDays, now: now)
        var record: ExportRecord
        if let existing = try await exports.current(month: month) {
            if existing.status == .success || existing.status == .expired {
                let stats = try OpendataStats.decode(existing.statsJSON ?? "{}")
                if stats.published && !force { return skip(.alreadyPublished, month, existing) }
            } else if !force {
                return skip(.inProgressElsewhere, month, existing)
            }
            record = existing
        } else {
            switch try await creator.create(month: month.description, force: force, now: now) {
            case .created(let created): record = created
            case .alreadyExists(let other):
                guard force else { return skip(.inProgressElsewhere, month, other) }
                record = other
            }
        }
        record = try await watcher.waitForBuild(of: record, month: month)
        let built = record
        let outcome = try await exports.withPublicationLock(month: month) { () async throws -> Outcome in
            // Read again under the lock: another host may have published it meanwhile.
            let fresh = try await exports.current(month: month) ?? built
            let stats = try OpendataStats.decode(fresh.statsJSON ?? "{}")
            if stats.published && !force { return .alreadyPublished }
            switch try await uploader.upload(fresh, month: month) {
            case .published(let resourceID, _): return .published(resourceID: resourceID)
            case .nothingToPublish: return .nothingToPublish
            }
        }
        return outcome ?? skip(.inProgressElsewhere, month, record)
    }

    /// Logs a skipped month and returns `outcome`.
    private func skip(_ outcome: Outcome, _ month: ParisMonth, _ record: ExportRecord) -> Outcome {
        logger.info(
            "open-data month skipped",
            metadata: .fields([
                .opendataMonth: month, .exportUUID: record.uuid, .exportStatus: record.status.rawValue,
                .reason: outcome == .alreadyPublished ? "already published" : "in progress elsewhere",
            ]))
        return outcome
    }
}
