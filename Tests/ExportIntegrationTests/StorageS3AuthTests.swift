import ExportStorage
import Foundation
import Testing

/// `S3Storage` against a moto that checks every signature against IAM: each operation must be
/// signed exactly as S3 recomputes it, and wrong credentials must be refused with S3's codes.
@Suite struct StorageS3AuthTests {
    @Test func signsEveryOperationSoThatAServerCheckingSignaturesAcceptsIt() async throws {
        let configuration = try S3TestEnvironment.authConfiguration(
            partSize: StorageS3MultipartTests.minimumPartSize, listPageSize: 1
        )
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)
        let files = try StorageTestFiles()
        defer { files.remove() }
        let source = try files.patternFile("large.bin", byteCount: 11 << 20)
        // moto checks signatures against the decoded query, so that it refuses a `/` in a query
        // value (a listing prefix) even from botocore: this test's keys have no `/`. The tests
        // against the open moto cover `/` in prefixes.
        let prefix = "auth-\(UUID().uuidString.lowercased())-"

        try await storage.put(Data("petit fichier".utf8), key: prefix + "small file.txt", contentType: "text/plain")
        try await storage.put(fileAt: source.path, key: prefix + "large.zip", contentType: "application/zip")
        try await storage.download(key: prefix + "large.zip", toFileAt: files.path("copy.bin"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: files.path("copy.bin"))) == source.content)
        #expect(try await storage.get(key: prefix + "small file.txt") == Data("petit fichier".utf8))
        #expect(try await storage.head(key: prefix + "large.zip")?.size == Int64(source.content.count))
        #expect(try await storage.list(prefix: prefix).map(\.key) == [prefix + "large.zip", prefix + "small file.txt"])

        let uploadID = try await S3TestRequests(configuration: configuration).beginUpload(key: prefix + "left.zip")
        let uploads = try await storage.listMultipartUploads(prefix: prefix)
        #expect(uploads.map(\.uploadID) == [uploadID])
        try await storage.abortMultipartUpload(try #require(uploads.first))

        try await storage.delete(key: prefix + "large.zip")
        try await storage.delete(key: prefix + "small file.txt")
        #expect(try await storage.list(prefix: prefix).isEmpty)
    }

    @Test func refusesAWrongSecretWithSignatureDoesNotMatch() async throws {
        let configuration = try S3TestEnvironment.authConfiguration(secretAccessKey: "not-the-secret-of-this-key")
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)

        let error = await #expect(throws: StorageError.self) {
            try await storage.put(
                Data("x".utf8), key: S3TestEnvironment.uniquePrefix() + "a.txt", contentType: "text/plain")
        }

        #expect(error?.code == .signatureDoesNotMatch)
        #expect(error?.status == 403)
    }

    @Test func refusesAnUnknownAccessKeyWithInvalidAccessKeyId() async throws {
        let configuration = try S3TestEnvironment.authConfiguration(
            accessKeyID: "AKIAUNKNOWNKEY000000", secretAccessKey: "not-a-secret"
        )
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)

        let error = await #expect(throws: StorageError.self) {
            try await storage.list(prefix: S3TestEnvironment.uniquePrefix())
        }

        #expect(error?.code == .invalidAccessKeyID)
        #expect(error?.status == 403)
    }
}
