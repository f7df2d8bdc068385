import ExportConfiguration
import ExportLogging
import ExportModels
import ExportStore
import Foundation
import Logging

/// `opendata:create`: creates the open-data export of a month for the builders, refusing a
/// month that has not ended `EXPORT_MAX_END_DAYS` days ago (unless forced) and refusing to
/// create anything without `OPENDATA_SALT`, which the build needs.
struct OpendataCreator: Sendable {
    let exports: OpendataExports
    let settings: OpendataSettings
    /// `created_by` and log actor.
    let actor: String
    let logger: Logger

    /// Creates the export of `month` (default: the latest ended month); an export of that month
    /// that is not in error or canceled is returned as `alreadyExists`.
    func create(month text: String?, force: Bool, now: Date = Date()) async throws -> OpendataExports.Creation {
        let month = try ParisMonth.selected(text, maxEndDays: settings.maxEndDays, now: now)
        guard settings.anonymity.salt != nil else { throw OpendataCommandError.missingSalt }
        let latest = ParisMonth.latestEnded(now: now, maxEndDays: settings.maxEndDays)
        guard force || month <= latest else {
            throw OpendataCommandError.monthNotEnded(month, latest: latest, days: settings.maxEndDays)
        }
        let creation = try await exports.create(month: month, actor: actor)
        switch creation {
        case .created(let record):
            logger.info(
                "open-data export created", metadata: .fields([.exportUUID: record.uuid, .opendataMonth: month]))
        case .alreadyExists(let record):
            logger.info(
                "open-data export already exists",
                metadata: .fields([
                    .exportUUID: record.uuid, .opendataMonth: month, .exportStatus: record.status.rawValue,
                ]))
        }
        return creation
    }
}
