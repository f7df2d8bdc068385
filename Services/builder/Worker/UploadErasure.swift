import ExportLogging
import ExportModels
import ExportStorage
import ExportStore
import Logging

/// Erases the object an attempt uploaded, or was uploading, when its export ended meanwhile
/// without recording it — cancelled, deleted (the right to erasure) or failed for good: nobody
/// writes that key any more, and whoever cancelled or deleted expects the file gone now, not at
/// the janitor's orphan sweep. An export another builder took back keeps its object: that
/// builder writes the same key (docs/builder.md, "Upload and a lost lease").
struct UploadErasure: Sendable {
    let queue: ExportQueue
    let storage: any ObjectStorage
    let logger: Logger

    /// Deletes `key` when the export of `lease` is cancelled, expired, in error or gone.
    func eraseIfEnded(key: String, lease: Lease, metadata: Logger.Metadata) async {
        do {
            if let status = try await queue.status(of: lease), ![.canceled, .expired, .error].contains(status) {
                return
            }
            try await storage.delete(key: key)
            logger.info("deleted the file of an export that ended during its upload", metadata: metadata)
        } catch {
            logger.warning(
                "could not delete the file of an export that ended during its upload (the janitor's sweep will)",
                metadata: metadata.adding([.error: error]))
        }
    }
}
