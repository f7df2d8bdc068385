import Configuration
import ExportModels
import Foundation

/// What `export-opendata` needs to know besides data.gouv.fr (docs/opendata.md §9), read and validated
/// once at start.
///
/// Keys: `export.max.end.days` (`EXPORT_MAX_END_DAYS`, default 5), `opendata.min.occurrences`
/// (`OPENDATA_MIN_OCCURRENCES`, default 6, written in the description), `opendata.interval`
/// (`OPENDATA_INTERVAL`, seconds, default 3600), `opendata.salt` (`OPENDATA_SALT`, secret,
/// required to create an export), `work.dir` (`WORK_DIR`, default the system's temporary folder:
/// where the file is downloaded before its upload).
struct OpendataSettings: Sendable {
    /// A month may be published once it ended at least this many days ago.
    var maxEndDays: Int
    /// The k-anonymity threshold the builder applies, quoted in the description.
    var minOccurrences: Int
    /// Seconds between two publish checks of `run`.
    var intervalSeconds: Int
    /// The key of the `trip_id` hash; nil when not configured.
    var salt: String?
    /// Scratch space for downloaded files.
    var workDirectory: String
    /// How often a waiting publish reads the export's progress.
    var pollInterval: Duration = .seconds(1)

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        maxEndDays = try reader.boundedInt(forKey: "export.max.end.days", default: 5, range: 0...3650)
        minOccurrences = try reader.boundedInt(forKey: "opendata.min.occurrences", default: 6, range: 1...10_000)
        intervalSeconds = try reader.boundedInt(forKey: "opendata.interval", default: 3600, range: 1...604_800)
        salt = reader.string(forKey: "opendata.salt", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        workDirectory = reader.string(forKey: "work.dir").flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
    }
}
