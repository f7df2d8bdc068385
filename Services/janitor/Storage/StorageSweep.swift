import ExportLogging
import ExportStorage
import Foundation
import Logging

/// The bucket clean-up (docs/storage.md §5): objects under `exports/` that belong to no live export
/// and are older than an hour are deleted; multipart uploads begun more than a day ago are
/// aborted. One janitor sweeps at a time.
struct StorageSweep: Sendable {
    /// The prefix of user exports' files (docs/storage.md §2).
    static let prefix = "exports/"
    /// Age after which an object without a live export is deleted.
    static let orphanAge: TimeInterval = 3600
    /// Age after which an unfinished upload is aborted.
    static let uploadAge: TimeInterval = 86_400

    /// Where the files are.
    let storage: any ObjectStorage
    /// Which keys are live, and the sweep lock.
    let repository: StorageSweepRepository
    /// The service's logger.
    let logger: Logger

    /// One sweep, judging ages against `now`; nothing when another janitor is sweeping.
    func run(now: Date = Date()) async throws -> StorageSweepResult {
        try await repository.withSweepLock { connection in
            var result = StorageSweepResult()
            let old = try await storage.list(prefix: Self.prefix)
                .filter { $0.lastModified < now.addingTimeInterval(-Self.orphanAge) }.map(\.key)
            let live = try await StorageSweepRepository.liveKeys(among: old, on: connection)
            for key in old where !live.contains(key) {
                try await storage.delete(key: key)
                try await repository.recordPurge(ofKey: key, on: connection)
                logger.info("deleted a stored file without live export", metadata: .fields([.storageKey: key]))
                result.orphansDeleted += 1
            }
            for upload in try await storage.listMultipartUploads(prefix: Self.prefix)
            where upload.initiated < now.addingTimeInterval(-Self.uploadAge) {
                try await storage.abortMultipartUpload(upload)
                logger.info("aborted an unfinished upload", metadata: .fields([.storageKey: upload.key]))
                result.uploadsAborted += 1
            }
            return result
        } ?? StorageSweepResult()
    }
}
