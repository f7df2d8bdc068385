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

/// A built open-data file, in a scratch folder of its own that `removeFiles()` deletes.
package struct OpendataFile: Sendable {
    /// The CSV to upload; nil when no trip is exposed: nothing to upload.
    package var csvPath: String?
    /// Where it is stored: `opendata/{YYYY-MM}/{YYYY-MM}.csv`.
    package var storageKey: String
    /// Data rows written.
    package var rows: Int
    /// Size of the CSV in bytes (0 without a file).
    package var fileSize: Int64
    /// The export's `stats`: the counts of docs/opendata.md §4, `"published": false`, `rows`, `sheets`, `file_size`.
    package var statsJSON: String
    /// The scratch folder.
    let folder: String

    /// Deletes the CSV and its scratch folder.
    package func removeFiles() {
        ScratchFolder(path: folder).remove()
    }
}

/// A request the open-data builder cannot serve.
package enum OpendataFileError: Error, CustomStringConvertible {
    /// The month is not `YYYY-MM`.
    case invalidMonth(String)
    /// `OPENDATA_SALT` is empty.
    case missingSalt

    /// One line for the export's `error`.
    package var description: String {
        switch self {
        case .invalidMonth(let month): "invalid open-data month \(month), expected YYYY-MM"
        case .missingSalt: "OPENDATA_SALT is required to build an open-data file"
        }
    }
}
