import Foundation

/// A file built for one export, waiting in the work folder to be stored.
struct BuiltExportFile: Sendable {
    /// The file to upload; nil when there is nothing to store (an open-data month where no
    /// trip may be published).
    var path: String?
    /// Where it goes in storage (`exports/{uuid}/{name}.zip`, `opendata/{YYYY-MM}/{name}`).
    var key: String
    /// Its MIME type.
    var contentType: String
    /// Data rows written.
    var rows: Int
    /// Size in bytes (0 when there is no file).
    var size: Int64
    /// The export's `stats` JSON, given the whole attempt's duration in milliseconds.
    var statsJSON: @Sendable (_ durationMilliseconds: Int) -> String
    /// Deletes the file and its scratch folder; called in every outcome.
    var removeFiles: @Sendable () -> Void
}
