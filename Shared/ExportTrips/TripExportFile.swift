import Foundation

/// A built export file, in a scratch folder of its own that `removeFiles()` deletes.
package struct TripExportFile: Sendable {
    /// The ZIP to upload.
    package var zipPath: String
    /// Its name (`rpc-export-…zip`), the last part of the object key.
    package var zipName: String
    /// Data rows written.
    package var rows: Int
    /// Data sheets of the XLSX (1 for a CSV).
    package var sheets: Int
    /// Size of the ZIP in bytes.
    package var fileSize: Int64
    /// Time spent building.
    package var duration: Duration
    /// Where that time went.
    package var phases: TripBuildPhases

    /// Deletes the ZIP and its scratch folder.
    package func removeFiles() {
        ScratchFolder(path: (zipPath as NSString).deletingLastPathComponent).remove()
    }
}
