package import Configuration
import Foundation

/// The folder where the builder and `export-opendata` write their scratch files, read once with
/// one check for both (docs/configuration.md §3).
///
/// Key: `work.dir` (`WORK_DIR`, default the system's temporary folder; empty means the default).
/// It must be a folder the process can write to, or the process stops at start naming it.
package struct WorkDirectory: Sendable, Equatable {
    /// Its path.
    package var path: String

    /// Reads and checks the folder; throws naming `WORK_DIR` when it cannot be written to.
    package init(reader: ConfigReader) throws {
        path = reader.string(forKey: "work.dir").flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.isWritableFile(atPath: path)
        else {
            throw ConfigurationValueError(variable: "WORK_DIR", problem: "\(path) is not a writable folder")
        }
    }
}
