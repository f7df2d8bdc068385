package import Configuration

/// How many days before today the newest data an export may cover ends: the API's latest allowed
/// `end_at` and the open-data service's latest month (docs/configuration.md §3).
///
/// Key: `export.max.end.days` (`EXPORT_MAX_END_DAYS`, default 5, 0–3650).
package struct ExportEndDelay: Sendable, Equatable {
    /// Days before today.
    package var maxEndDays: Int

    /// Reads the delay; throws naming the variable when the value is invalid.
    package init(reader: ConfigReader) throws {
        maxEndDays = try reader.boundedInt(forKey: "export.max.end.days", default: 5, range: 0...3650)
    }
}
