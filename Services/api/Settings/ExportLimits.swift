import Configuration
import ExportConfiguration
import ExportModels

/// The limits on new exports, read from the configuration (docs/configuration.md §2):
/// `EXPORT_MIN_START_DAYS` (1095), `EXPORT_MAX_PENDING_PER_USER` (5), `API_RATE_LIMIT` (60
/// creations a minute per user; `send` a tenth of it), and those shared with other services
/// (docs/configuration.md §3): `EXPORT_MAX_END_DAYS` (`ExportEndDelay`), `EXPORT_MAX_ROWS` and
/// `XLSX_SHEET_MAX_ROWS`, for the sheet estimate (`ExportSizeLimits`).
struct ExportLimits: Sendable {
    /// The period allowed.
    var dates: DateLimits
    /// Exports a user may have waiting or running.
    var maxPendingPerUser: Int
    /// The largest estimate accepted and the data rows per sheet.
    var size: ExportSizeLimits
    /// Creations per user per minute.
    var createsPerMinute: Int

    /// Reads the limits; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        dates = DateLimits(
            minStartDays: try reader.boundedInt(forKey: "export.min.start.days", default: 1095, range: 0...36500),
            maxEndDays: try ExportEndDelay(reader: reader).maxEndDays)
        maxPendingPerUser = try reader.boundedInt(
            forKey: "export.max.pending.per.user", default: 5, range: 1...1_000_000)
        size = try ExportSizeLimits(reader: reader)
        createsPerMinute = try reader.boundedInt(forKey: "api.rate.limit", default: 60, range: 1...1_000_000)
    }

    /// Sends per user per minute: a tenth of the creations, at least one.
    var sendsPerMinute: Int { max(1, createsPerMinute / 10) }

    /// The sheets a file of `rows` rows has.
    func sheets(rows: Int, format: ExportFormat) -> Int {
        format == .csv ? 1 : max(1, (rows + size.sheetMaxRows - 1) / size.sheetMaxRows)
    }
}
