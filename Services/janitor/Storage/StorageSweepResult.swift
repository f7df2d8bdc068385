import ExportLogging
import ExportStorage
import Foundation
import Logging

/// What a storage sweep removed.
struct StorageSweepResult: Sendable, Equatable {
    /// Objects under `exports/` that belonged to no live export, deleted.
    var orphansDeleted = 0
    /// Unfinished multipart uploads, aborted.
    var uploadsAborted = 0
}
