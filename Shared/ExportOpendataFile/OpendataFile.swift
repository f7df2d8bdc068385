import ExportTrips
import Foundation

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
