import Configuration
import ExportConfiguration
import Foundation

/// What `export-opendata` needs to know besides data.gouv.fr (docs/opendata.md §9), read and validated
/// once at start.
///
/// Keys: `opendata.interval` (`OPENDATA_INTERVAL`, seconds, default 3600), `work.dir`
/// (`WORK_DIR`, default the system's temporary folder: where the file is downloaded before its
/// upload), and those shared with other services (docs/configuration.md §3):
/// `EXPORT_MAX_END_DAYS` (`ExportEndDelay`), `OPENDATA_MIN_OCCURRENCES` (written in the
/// description) and `OPENDATA_SALT` (required to create an export) (`OpendataAnonymitySettings`).
struct OpendataSettings: Sendable {
    /// A month may be published once it ended at least this many days ago.
    var maxEndDays: Int
    /// The k-anonymity threshold the builder applies, quoted in the description, and the key of
    /// the `trip_id` hash.
    var anonymity: OpendataAnonymitySettings
    /// Seconds between two publish checks of `run`.
    var intervalSeconds: Int
    /// Scratch space for downloaded files.
    var workDirectory: String
    /// How often a waiting publish reads the export's progress.
    var pollInterval: Duration = .seconds(1)

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        maxEndDays = try ExportEndDelay(reader: reader).maxEndDays
        anonymity = try OpendataAnonymitySettings(reader: reader)
        intervalSeconds = try reader.boundedInt(forKey: "opendata.interval", default: 3600, range: 1...604_800)
        workDirectory = try WorkDirectory(reader: reader).path
    }
}
