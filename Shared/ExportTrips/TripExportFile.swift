import Foundation

/// A built export file, in a scratch folder of its own that `removeFiles()` deletes.
public struct TripExportFile: Sendable {
    /// The ZIP to upload.
    public var zipPath: String
    /// Its name (`rpc-export-…zip`), the last part of the object key.
    public var zipName: String
    /// Data rows written.
    public var rows: Int
    /// Data sheets of the XLSX (1 for a CSV).
    public var sheets: Int
    /// Size of the ZIP in bytes.
    public var fileSize: Int64
    /// Time spent building.
    public var duration: Duration
    /// Where that time went.
    public var phases: TripBuildPhases

    /// Deletes the ZIP and its scratch folder.
    public func removeFiles() {
        ScratchFolder(path: (zipPath as NSString).deletingLastPathComponent).remove()
    }
}
