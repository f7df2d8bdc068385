import ExportTrips
import Foundation

/// How open-data files are built, read once at start.
package struct OpendataFileSettings: Sendable {
    /// Scratch space (`WORK_DIR`).
    package var workDirectory: String
    /// The k-anonymity threshold per start or end code (`OPENDATA_MIN_OCCURRENCES`).
    package var minOccurrences: Int
    /// The key of the `trip_id` hash (`OPENDATA_SALT`).
    package var salt: String
    /// Bytes formatted before a chunk goes to the file.
    package var chunkBytes: Int

    /// Creates settings.
    package init(workDirectory: String, minOccurrences: Int, salt: String) {
        self.workDirectory = workDirectory
        self.minOccurrences = minOccurrences
        self.salt = salt
        self.chunkBytes = 1 << 20
    }
}
