import ExportModels
import Foundation

/// The stored file of a successful export.
package struct StoredExportFile: Sendable, Equatable {
    /// Object key (`exports/{uuid}/{name}.zip`).
    package var key: String
    /// Size in bytes.
    package var size: Int
    /// `stats` JSON: rows, sheets, file_size, duration_ms, and more for open data.
    package var statsJSON: String

    /// Describes a stored file.
    package init(key: String, size: Int, statsJSON: String) {
        self.key = key
        self.size = size
        self.statsJSON = statsJSON
    }
}
