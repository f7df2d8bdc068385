import ExportTrips
import Foundation

/// How open-data files are built, read once at start.
public struct OpendataFileSettings: Sendable {
    /// Scratch space (`WORK_DIR`).
    public var workDirectory: String
    /// The k-anonymity threshold per start or end code (`OPENDATA_MIN_OCCURRENCES`).
    public var minOccurrences: Int
    /// The key of the `trip_id` hash (`OPENDATA_SALT`).
    public var salt: String
    /// Bytes formatted before a chunk goes to the file.
    public var chunkBytes: Int

    /// Creates settings.
    public init(workDirectory: String, minOccurrences: Int, salt: String) {
        self.workDirectory = workDirectory
        self.minOccurrences = minOccurrences
        self.salt = salt
        self.chunkBytes = 1 << 20
    }
}

/// A built open-data file, in a scratch folder of its own that `removeFiles()` deletes.
public struct OpendataFile: Sendable {
    /// The CSV to upload; nil when no trip is exposed: nothing to upload.
    public var csvPath: String?
    /// Where it is stored: `opendata/{YYYY-MM}/{YYYY-MM}.csv`.
    public var storageKey: String
    /// Data rows written.
    public var rows: Int
    /// Size of the CSV in bytes (0 without a file).
    public var fileSize: Int64
    /// The export's `stats`: the counts of docs/opendata.md §4, `"published": false`, `rows`, `sheets`, `file_size`.
    public var statsJSON: String
    /// The scratch folder.
    let folder: String

    /// Deletes the CSV and its scratch folder.
    public func removeFiles() {
        ScratchFolder(path: folder).remove()
    }
}

/// A request the open-data builder cannot serve.
public enum OpendataFileError: Error, CustomStringConvertible {
    /// The month is not `YYYY-MM`.
    case invalidMonth(String)
    /// `OPENDATA_SALT` is empty.
    case missingSalt

    /// One line for the export's `error`.
    public var description: String {
        switch self {
        case .invalidMonth(let month): "invalid open-data month \(month), expected YYYY-MM"
        case .missingSalt: "OPENDATA_SALT is required to build an open-data file"
        }
    }
}
