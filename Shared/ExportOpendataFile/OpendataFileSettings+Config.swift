package import Configuration
import ExportConfiguration
import Foundation

extension OpendataFileSettings {
    /// The open-data file settings, or nil when `OPENDATA_SALT` is not set: the builder still
    /// starts, and fails open-data exports for good with a message naming the variable.
    ///
    /// - `OPENDATA_SALT`, `OPENDATA_MIN_OCCURRENCES`: read by `OpendataAnonymitySettings`, shared
    ///   with `export-opendata`.
    /// - `WORK_DIR`: shared with the trip files.
    package static func ifConfigured(reader: ConfigReader, workDirectory: String) throws -> OpendataFileSettings? {
        let anonymity = try OpendataAnonymitySettings(reader: reader)
        guard let salt = anonymity.salt else { return nil }
        return OpendataFileSettings(workDirectory: workDirectory, minOccurrences: anonymity.minOccurrences, salt: salt)
    }
}
