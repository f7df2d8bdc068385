import Configuration
import ExportModels

/// The limits on new exports, read from the configuration (docs/configuration.md §2):
/// `EXPORT_MIN_START_DAYS` (1095), `EXPORT_MAX_END_DAYS` (5), `EXPORT_MAX_PENDING_PER_USER` (5),
/// `EXPORT_MAX_ROWS` (5,000,000), `XLSX_SHEET_MAX_ROWS` (1,048,575, for the sheet estimate),
/// `API_RATE_LIMIT` (60 creations a minute per user; `send` a tenth of it).
struct ExportLimits: Sendable {
    /// The period allowed.
    var dates: DateLimits
    /// Exports a user may have waiting or running.
    var maxPendingPerUser: Int
    /// The largest estimate accepted.
    var maxRows: Int
    /// Data rows per sheet.
    var sheetMaxRows: Int
    /// Creations per user per minute.
    var createsPerMinute: Int

    /// Reads the limits; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        dates = DateLimits(
            minStartDays: try reader.boundedInt(forKey: "export.min.start.days", default: 1095, range: 0...36500),
            maxEndDays: try reader.boundedInt(forKey: "export.max.end.days", default: 5, range: 0...36500))
        maxPendingPerUser = try reader.boundedInt(
            forKey: "export.max.pending.per.user", default: 5, range: 1...1_000_000)
        maxRows = try reader.boundedInt(forKey: "export.max.rows", default: 5_000_000, range: 1...Int(Int32.max))
        sheetMaxRows = try reader.boundedInt(forKey: "xlsx.sheet.max.rows", default: 1_048_575, range: 1...1_048_575)
        createsPerMinute = try reader.boundedInt(forKey: "api.rate.limit", default: 60, range: 1...1_000_000)
    }

    /// Sends per user per minute: a tenth of the creations, at least one.
    var sendsPerMinute: Int { max(1, createsPerMinute / 10) }

    /// The sheets a file of `rows` rows has.
    func sheets(rows: Int, format: ExportFormat) -> Int {
        format == .csv ? 1 : max(1, (rows + sheetMaxRows - 1) / sheetMaxRows)
    }
}
