package import Foundation

/// The folder of `WORK_DIR` that holds one build's files, named `<prefix>-<uuid>-<8 characters>`
/// after its export so that a builder's sweep knows whose it is (docs/builder.md §3). A failed
/// build removes it; a built file's `removeFiles()` removes it after the upload.
package struct ScratchFolder: Sendable {
    /// Its path.
    package let path: String

    /// The folder at `path`, which must already exist to hold files.
    package init(path: String) {
        self.path = path
    }

    /// Creates a new folder for the export `uuid` in `workDirectory` (and `workDirectory` itself
    /// when missing), runs `body` in it and returns what `body` returns; removes the folder and
    /// rethrows when `body` throws.
    package static func removedOnFailure<Result>(
        in workDirectory: String, prefix: String, uuid: UUID, _ body: (ScratchFolder) async throws -> Result
    ) async throws -> Result {
        let folder = ScratchFolder(
            path: (workDirectory as NSString)
                .appendingPathComponent("\(prefix)-\(uuid.uuidString.lowercased())-\(UUID().uuidString.prefix(8))"))
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        do {
            return try await body(folder)
        } catch {
            folder.remove()
            throw error
        }
    }

    /// Deletes the folder and everything in it; a folder already gone is not an error.
    package func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
