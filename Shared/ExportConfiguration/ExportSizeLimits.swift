package import Configuration

/// How large a trip export may be, which the API checks on the estimate and the builder on the
/// rows it writes (docs/configuration.md §3), read and validated once.
///
/// Keys: `export.max.rows` (`EXPORT_MAX_ROWS`, default 5,000,000, 1–2,147,483,647),
/// `xlsx.sheet.max.rows` (`XLSX_SHEET_MAX_ROWS`, default 1,048,575, 1–1,048,575: a sheet's rows
/// below its header).
package struct ExportSizeLimits: Sendable, Equatable {
    /// Rows above which a trip export is refused (API) or fails for good (builder).
    package var maxRows: Int
    /// Data rows per XLSX sheet.
    package var sheetMaxRows: Int

    /// Reads the limits; throws naming the variable when a value is invalid.
    package init(reader: ConfigReader) throws {
        maxRows = try reader.boundedInt(forKey: "export.max.rows", default: 5_000_000, range: 1...Int(Int32.max))
        sheetMaxRows = try reader.boundedInt(forKey: "xlsx.sheet.max.rows", default: 1_048_575, range: 1...1_048_575)
    }
}
