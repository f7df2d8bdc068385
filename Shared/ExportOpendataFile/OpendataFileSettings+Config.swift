public import Configuration
import ExportModels
import Foundation

extension OpendataFileSettings {
    /// The open-data file settings, or nil when `OPENDATA_SALT` is not set: the builder still
    /// starts, and fails open-data exports for good with a message naming the variable.
    ///
    /// - `OPENDATA_SALT` (a secret): the key of the open-data `trip_id` hash.
    /// - `OPENDATA_MIN_OCCURRENCES` (6): the k-anonymity threshold per INSEE code and month.
    /// - `WORK_DIR`: shared with the trip files.
    public static func ifConfigured(reader: ConfigReader, workDirectory: String) throws -> OpendataFileSettings? {
        let minOccurrences = try reader.boundedInt(forKey: "opendata.min.occurrences", default: 6, range: 1...1_000)
        guard let salt = reader.string(forKey: "opendata.salt", isSecret: true), !salt.isEmpty else { return nil }
        return OpendataFileSettings(workDirectory: workDirectory, minOccurrences: minOccurrences, salt: salt)
    }
}
