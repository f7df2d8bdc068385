package import Foundation
import NIOPosix

/// Object storage in a local folder (`STORAGE_DIR`), used when no S3 endpoint is configured.
///
/// The object `exports/{uuid}/a.zip` is the file `{directory}/exports/{uuid}/a.zip`. Every file
/// is first written beside its final place as `.{name}.{uploadID}.partial` and then renamed
/// over it (atomic within a folder), so that a reader sees the previous file or the new one,
/// never half of one; partial files left by a process that died are what
/// `listMultipartUploads` reports. All file work runs on NIO's blocking thread pool.
package struct LocalStorage: ObjectStorage {
    /// The absolute path of the storage folder.
    package let directory: String

    /// A store in `directory`, relative to the current directory unless absolute. The folder
    /// is created by the first write.
    package init(directory: String) {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        self.directory = URL(fileURLWithPath: directory, relativeTo: current).standardizedFileURL.path
    }

    package func put(fileAt path: String, key: String, contentType: String) async throws {
        try StorageKey.validate(key)
        try await run { try writeAtomically(key) { try FileManager.default.copyItem(atPath: path, toPath: $0) } }
    }

    package func put(_ data: Data, key: String, contentType: String) async throws {
        try StorageKey.validate(key)
        try await run { try writeAtomically(key) { try data.write(to: URL(fileURLWithPath: $0)) } }
    }

    package func get(key: String) async throws -> Data {
        try StorageKey.validate(key)
        return try await run {
            try existingFile(key)
            return try Data(contentsOf: URL(fileURLWithPath: path(of: key)))
        }
    }

    package func download(key: String, toFileAt destination: String) async throws {
        try StorageKey.validate(key)
        try await run {
            try existingFile(key)
            if FileManager.default.fileExists(atPath: destination) {
                try FileManager.default.removeItem(atPath: destination)
            }
            try FileManager.default.copyItem(atPath: path(of: key), toPath: destination)
        }
    }

    /// The file itself: the API streams it.
    package func downloadLocation(key: String, validFor validity: Duration) async throws -> DownloadLocation {
        try StorageKey.validate(key)
        return .file(path: path(of: key))
    }

    /// The path of the file of a validated key.
    func path(of key: String) -> String {
        directory + "/" + key
    }

    /// Throws `noSuchKey` unless `key` is a regular file.
    private func existingFile(_ key: String) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path(of: key), isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue else {
            throw StorageError(code: .noSuchKey, key: key, message: "The specified key does not exist.")
        }
    }

    /// Runs blocking file work on NIO's blocking thread pool.
    func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}
