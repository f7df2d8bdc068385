import ExportCurl
import ExportStorage
import Foundation
import Testing

/// Cancellation reaches the blocking libcurl transfer, except for the clean-up requests that
/// must reach S3 anyway.
@Suite struct StorageS3CancellationTests {
    @Test func cancellingADownloadStopsTheTransferAndLeavesNoFile() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let files = try StorageTestFiles()
        defer { files.remove() }
        let key = S3TestEnvironment.uniquePrefix() + "large.bin"
        let source = try zeroFile(files.path("zeros.bin"), byteCount: 48 << 20)
        try await storage.put(fileAt: source, key: key, contentType: "application/octet-stream")

        let download = Task { try await storage.download(key: key, toFileAt: files.path("copy.bin")) }
        download.cancel()

        await #expect(throws: CancellationError.self) { try await download.value }
        #expect(!FileManager.default.fileExists(atPath: files.path("copy.bin")))
    }

    @Test func aRequestThatIsNotCancellableCompletesInACancelledTask() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let key = S3TestEnvironment.uniquePrefix() + "small.txt"
        try await storage.put(Data("x".utf8), key: key, contentType: "text/plain")
        let location = try await storage.downloadLocation(key: key, validFor: .seconds(60))
        guard case .url(let url) = location else {
            Issue.record("expected a URL, got \(location)")
            return
        }

        let request = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await CurlHTTPClient().execute(HTTPRequest(method: .get, url: url, isCancellable: false))
        }

        #expect(try await request.value.body == Data("x".utf8))
    }

    /// Creates a sparse file of `byteCount` zero bytes at `path` and returns the path.
    private func zeroFile(_ path: String, byteCount: UInt64) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.truncate(atOffset: byteCount)
        return path
    }
}
