import Foundation

/// How files are built, read once at start.
package struct TripFileSettings: Sendable {
    /// The columns per export type (`EXPORT_FIELDS_FILE`).
    package var fields: FieldConfiguration
    /// The campaigns' booster days (`CAMPAIGNS_DIR`).
    package var campaigns: CampaignCalendar
    /// Scratch space (`WORK_DIR`).
    package var workDirectory: String
    /// Data rows per XLSX sheet (`XLSX_SHEET_MAX_ROWS`).
    package var sheetMaxRows: Int
    /// igzip level (1–3) of the XLSX parts and of the CSV in the ZIP (`XLSX_DEFLATE_LEVEL`).
    package var deflateLevel: Int
    /// Bytes formatted before a chunk goes to compression.
    package var chunkBytes: Int

    /// Creates settings; the defaults are those of docs/configuration.md §2.
    package init(
        fields: FieldConfiguration, campaigns: CampaignCalendar, workDirectory: String = NSTemporaryDirectory(),
        sheetMaxRows: Int = 1_048_575, deflateLevel: Int = 1, chunkBytes: Int = 1 << 20
    ) {
        self.fields = fields
        self.campaigns = campaigns
        self.workDirectory = workDirectory
        self.sheetMaxRows = sheetMaxRows
        self.deflateLevel = deflateLevel
        self.chunkBytes = chunkBytes
    }
}
