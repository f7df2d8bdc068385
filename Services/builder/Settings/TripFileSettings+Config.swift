import Configuration
import ExportConfiguration
import ExportTrips
import Foundation

extension TripFileSettings {
    /// Reads the file settings at start; a file that cannot be used or a value out of range
    /// stops the builder with the variable's name.
    ///
    /// - `EXPORT_FIELDS_FILE` (`config/fields.json`): the columns per export type.
    /// - `CAMPAIGNS_DIR` (`config/campaigns`): the campaigns' booster days.
    /// - `WORK_DIR` (the system's temporary folder): scratch space.
    /// - `sheetMaxRows`: data rows per sheet, from `ExportSizeLimits` (`XLSX_SHEET_MAX_ROWS`).
    /// - `XLSX_DEFLATE_LEVEL` (1, the fastest): igzip level (1–3) of the XLSX parts and of the CSV
    ///   (docs/files.md §12).
    init(reader: ConfigReader, sheetMaxRows: Int) throws {
        let fieldsPath = reader.string(forKey: "export.fields.file", default: "config/fields.json")
        let fields: FieldConfiguration
        do {
            fields = try FieldConfiguration.load(path: fieldsPath)
        } catch let error as FieldConfigurationError {
            throw ConfigurationValueError(variable: "EXPORT_FIELDS_FILE", problem: error.description)
        } catch {
            throw ConfigurationValueError(
                variable: "EXPORT_FIELDS_FILE", problem: "cannot read \(fieldsPath): \(error)")
        }
        let campaignsPath = reader.string(forKey: "campaigns.dir", default: "config/campaigns")
        let campaigns: CampaignCalendar
        do {
            campaigns = try CampaignCalendar.load(directory: campaignsPath)
        } catch {
            throw ConfigurationValueError(variable: "CAMPAIGNS_DIR", problem: "\(error)")
        }
        let workDirectory = try WorkDirectory(reader: reader).path
        self.init(
            fields: fields, campaigns: campaigns, workDirectory: workDirectory,
            sheetMaxRows: sheetMaxRows,
            deflateLevel: try reader.boundedInt(forKey: "xlsx.deflate.level", default: 1, range: 1...3))
    }
}
