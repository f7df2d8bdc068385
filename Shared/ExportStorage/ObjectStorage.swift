package import Foundation

/// Where export files are kept: an S3 bucket (`S3Storage`) or a local folder (`LocalStorage`),
/// addressed by the same keys (`exports/{uuid}/{name}.zip`, `opendata/{YYYY-MM}/{name}`).
///
/// A key is a `/`-separated path of non-empty segments, none starting with a dot; any other key
/// is refused with `StorageError.Code.invalidKey`. A missing object is reported as
/// `StorageError.Code.noSuchKey`, except by `head`, which returns nil.
package protocol ObjectStorage: Sendable {
    /// Stores the file at `path` under `key`, reading it as it is sent (never whole in memory).
    /// Readers never see a partial object: either the previous one or the new one.
    func put(fileAt path: String, key: String, contentType: String) async throws

    /// Stores `data` under `key`.
    func put(_ data: Data, key: String, contentType: String) async throws

    /// The content of the object `key`.
    func get(key: String) async throws -> Data

    /// Writes the object `key` to the file at `path` (created or replaced) as it is read.
    func download(key: String, toFileAt path: String) async throws

    /// Size, entity tag and modification time of `key`, or nil when there is no such object.
    func head(key: String) async throws -> ObjectMetadata?

    /// Removes `key`; removing an object that does not exist succeeds.
    func delete(key: String) async throws

    /// Every object whose key starts with `prefix`, in key order.
    func list(prefix: String) async throws -> [StoredObject]

    /// Uploads begun under `prefix` and neither completed nor aborted (left by a process that
    /// died during an upload), with the time each began.
    func listMultipartUploads(prefix: String) async throws -> [MultipartUpload]

    /// Abandons an upload returned by `listMultipartUploads` and frees its space; aborting one
    /// that is already gone succeeds.
    func abortMultipartUpload(_ upload: MultipartUpload) async throws

    /// How a client downloads `key` for the next `validity` (1 second to 7 days): a presigned
    /// URL for S3, or the file for the API to serve itself for the local store. The object's
    /// existence is not checked.
    func downloadLocation(key: String, validFor validity: Duration) async throws -> DownloadLocation
}
