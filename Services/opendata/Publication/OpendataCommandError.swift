import ExportModels
import Foundation

/// Why an open-data command refuses or fails, in one line for standard error.
enum OpendataCommandError: Error, CustomStringConvertible {
    /// `--month` is not `YYYY-MM`.
    case invalidMonth(String)
    /// The month has not ended long enough ago, and `--force` was not given.
    case monthNotEnded(ParisMonth, latest: ParisMonth, days: Int)
    /// `OPENDATA_SALT` is not set.
    case missingSalt
    /// The month has no built file to upload.
    case notBuilt(ParisMonth, status: String?)
    /// The build of the month ended otherwise than in success.
    case buildFailed(ParisMonth, status: String, error: String?)

    var description: String {
        switch self {
        case .invalidMonth(let text): "invalid --month \"\(text)\": expected YYYY-MM"
        case .monthNotEnded(let month, let latest, let days):
            "\(month) has not ended at least \(days) days ago (EXPORT_MAX_END_DAYS); the latest such month is "
                + "\(latest); use --force to create it anyway"
        case .missingSalt: "OPENDATA_SALT is required to create an open-data export"
        case .notBuilt(let month, let status):
            "no built open-data file for \(month)" + (status.map { " (export status \($0))" } ?? " (no export)")
        case .buildFailed(let month, let status, let error):
            "the open-data build of \(month) ended in \(status)" + (error.map { ": \($0)" } ?? "")
        }
    }
}

extension ParisMonth {
    /// The month of `--month`, or the latest that ended `maxEndDays` days ago.
    static func selected(_ text: String?, maxEndDays: Int, now: Date = Date()) throws -> ParisMonth {
        guard let text else { return latestEnded(now: now, maxEndDays: maxEndDays) }
        guard let month = ParisMonth(text) else { throw OpendataCommandError.invalidMonth(text) }
        return month
    }
}
