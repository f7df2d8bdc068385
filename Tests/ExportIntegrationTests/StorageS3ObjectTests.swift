import ExportStorage
import Foundation
import Testing

/// Single-request operations of `S3Storage` against moto.
@Suite struct StorageS3ObjectTests {
    @Test func storesReadsDescribesAndDeletesAnObject() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let key = S3TestEnvironment.uniquePrefix() + "rpc-export-operator-2025-01-01-2025-02-01-1b4e28ba.zip"
        let content = Data("contenu de l'export".utf8)

        try await storage.put(content, key: key, contentType: "application/zip")
        #expect(try await storage.get(key: key) == content)
        let metadata = try #require(try await storage.head(key: key))
        #expect(metadata.size == Int64(content.count))
        #expect(!metadata.etag.isEmpty && !metadata.etag.contains("\""))
        #expect(abs(metadata.lastModified.timeIntervalSinceNow) < 300)

        try await storage.delete(key: key)
        #expect(try await storage.head(key: key) == nil)
        let error = await #expect(throws: StorageError.self) { try await storage.get(key: key) }
        #expect(error?.code == .noSuchKey)
        try await storage.delete(key: key)
    }

    @Test func streamsAFileUpAndDownUnchanged() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let files = try StorageTestFiles()
        defer { files.remove() }
        let source = try files.patternFile("source.bin", byteCount: 3 << 20)
        let key = S3TestEnvironment.uniquePrefix() + "file.bin"

        try await storage.put(fileAt: source.path, key: key, contentType: "application/octet-stream")
        try await storage.download(key: key, toFileAt: files.path("copy.bin"))

        #expect(try Data(contentsOf: URL(fileURLWithPath: files.path("copy.bin"))) == source.content)
        #expect(try await storage.head(key: key)?.size == Int64(source.content.count))
    }

    @Test func leavesNoFileWhenDownloadingAMissingObject() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let files = try StorageTestFiles()
        defer { files.remove() }

        let error = await #expect(throws: StorageError.self) {
            try await storage.download(
                key: S3TestEnvironment.uniquePrefix() + "absent.zip", toFileAt: files.path("out"))
        }
        #expect(error?.code == .noSuchKey)
        #expect(!FileManager.default.fileExists(atPath: files.path("out")))
    }

    @Test func keepsKeysWithSpacesAccentsAndReservedCharacters() async throws {
        let storage = try await S3TestEnvironment.openStorage()
        let key = S3TestEnvironment.uniquePrefix() + "données (2025) ~ a+b=c&d.csv"

        try await storage.put(Data("x".utf8), key: key, contentType: "text/csv")

        #expect(try await storage.get(key: key) == Data("x".utf8))
        #expect(try await storage.list(prefix: key).map(\.key) == [key])
    }

    @Test func listsEveryObjectOfAPrefixAcrossPages() async throws {
        let storage = try await S3TestEnvironment.openStorage(listPageSize: 2)
        let prefix = S3TestEnvironment.uniquePrefix()
        let keys = (1...5).map { "\(prefix)exports/\($0)/file.zip" }
        for (index, key) in keys.enumerated() {
            try await storage.put(Data(count: index), key: key, contentType: "application/zip")
        }
        try await storage.put(Data(), key: "\(prefix)opendata/2025-01/2025-01.csv", contentType: "text/csv")

        let listed = try await storage.list(prefix: "\(prefix)exports/")

        #expect(listed.map(\.key) == keys)
        #expect(listed.map(\.size) == [0, 1, 2, 3, 4])
        #expect(try await storage.list(prefix: prefix).count == 6)
        #expect(try await storage.list(prefix: "\(prefix)nothing/").isEmpty)
    }

    @Test func reportsAMissingBucketWithItsS3Code() async throws {
        var configuration = try await S3TestEnvironment.openConfiguration()
        configuration.bucket = "no-such-bucket-\(UUID().uuidString.prefix(8).lowercased())"
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)

        let error = await #expect(throws: StorageError.self) {
            try await storage.put(Data("x".utf8), key: "exports/a/b.zip", contentType: "application/zip")
        }
        #expect(error?.code == .noSuchBucket)
        #expect(error?.status == 404)
    }

    @Test(arguments: [
        "", "/exports/a.zip", "exports/../secret", "exports//a.zip", "exports/.hidden", "a\\b", "a\u{0}b",
    ])
    func refusesInvalidKeysWithoutSendingThem(key: String) async throws {
        let storage = try await S3TestEnvironment.openStorage()

        let error = await #expect(throws: StorageError.self) {
            try await storage.put(Data(), key: key, contentType: "application/zip")
        }
        #expect(error?.code == .invalidKey)
    }
}
