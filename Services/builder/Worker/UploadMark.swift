import Synchronization

/// The key an attempt began to upload, if it did: what to erase when the export ends during
/// or after the upload without recording it (cancelled, deleted).
final class UploadMark: Sendable {
    private let started = Mutex<String?>(nil)

    /// Records that the upload of `key` begins.
    func begin(_ key: String) {
        started.withLock { $0 = key }
    }

    /// The key whose upload began, if any.
    var key: String? { started.withLock { $0 } }
}
