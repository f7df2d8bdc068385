import ExportStorage
import Foundation
import Testing

/// Multipart uploads of `S3Storage` against moto, with small parts.
@Suite struct StorageS3MultipartTests {
    /// The smallest part S3 accepts (but for the last one).
    static let minimumPartSize: Int64 = 5 << 20

    @Test func uploadsAFileLargerThanThePartSizeInParts() async throws {
        let storage = try await S3TestEnvironment.openStorage(partSize: Self.minimumPartSize)
        let files = try StorageTestFiles()
        defer { files.remove() }
        let source = try files.patternFile("large.bin", byteCount: 12 << 20)
        let prefix = S3TestEnvironment.uniquePrefix()
        let key = prefix + "large.zip"

        try await storage.put(fileAt: source.path, key: key, contentType: "application/zip")

        let metadata = try #require(try await storage.head(key: key))
        #expect(metadata.size == Int64(source.content.count))
        #expect(metadata.etag.hasSuffix("-3"), "a multipart object's ETag ends with its part count")
        #expect(try await storage.get(key: key) == source.content)
        #expect(try await storage.listMultipartUploads(prefix: prefix).isEmpty)
    }

    @Test func abortsTheUploadWhenS3RefusesToCompleteIt() async throws {
        let storage = try await S3TestEnvironment.openStorage(partSize: 1 << 20)
        let files = try StorageTestFiles()
        defer { files.remove() }
        let source = try files.patternFile("large.bin", byteCount: 3 << 20)
        let prefix = S3TestEnvironment.uniquePrefix()

        let error = await #expect(throws: StorageError.self, "parts under 5 MiB are refused at completion") {
            try await storage.put(fileAt: source.path, key: prefix + "large.zip", contentType: "application/zip")
        }

        #expect(error?.code.rawValue == "EntityTooSmall")
        #expect(try await storage.listMultipartUploads(prefix: prefix).isEmpty)
        #expect(try await storage.head(key: prefix + "large.zip") == nil)
    }

    @Test func listsAndAbortsUploadsLeftInProgress() async throws {
        let configuration = try await S3TestEnvironment.openConfiguration(listPageSize: 1)
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)
        let prefix = S3TestEnvironment.uniquePrefix()
        let keys = ["\(prefix)a.zip", "\(prefix)b.zip"]
        var uploadIDs: [String] = []
        for key in keys {
            uploadIDs.append(try await S3TestRequests(configuration: configuration).beginUpload(key: key))
        }

        let uploads = try await storage.listMultipartUploads(prefix: prefix)

        #expect(uploads.map(\.key) == keys)
        #expect(uploads.map(\.uploadID) == uploadIDs)
        // moto reports a fixed initiation date (2010-11-10); S3 reports the real one.
        #expect(uploads.allSatisfy { $0.initiated < Date() })
        for upload in uploads {
            try await storage.abortMultipartUpload(upload)
        }
        #expect(try await storage.listMultipartUploads(prefix: prefix).isEmpty)
        try await storage.abortMultipartUpload(uploads[0])
    }
}
