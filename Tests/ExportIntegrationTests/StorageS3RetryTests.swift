import ExportStorage
import Foundation
import Testing

/// Transient S3 failures (`S3FaultProxy` in front of moto) are tried again, part by part, with
/// a bounded number of attempts and never before the `Retry-After` S3 asked for.
@Suite struct StorageS3RetryTests {
    @Test func aSlowDownOnOnePartIsTriedAgainAndTheUploadCompletes() async throws {
        try await S3FaultProxy.with { proxy in
            let storage = S3Storage(
                configuration: try await proxy.configuration(partSize: StorageS3MultipartTests.minimumPartSize),
                logger: S3TestEnvironment.logger)
            let files = try StorageTestFiles()
            defer { files.remove() }
            let source = try files.patternFile("large.bin", byteCount: 12 << 20)
            let key = S3TestEnvironment.uniquePrefix() + "large.zip"
            try await proxy.arm(method: "PUT", query: "partNumber=2", count: 2)

            try await storage.put(fileAt: source.path, key: key, contentType: "application/zip")

            #expect(try await storage.get(key: key) == source.content)
            let parts = try await proxy.journal().filter { $0.query.contains("partNumber=2") }.map(\.status)
            #expect(parts == [503, 503, 200])
        }
    }

    @Test func aDroppedConnectionAndAnInternalErrorAreTriedAgain() async throws {
        try await S3FaultProxy.with { proxy in
            let storage = S3Storage(configuration: try await proxy.configuration(), logger: S3TestEnvironment.logger)
            let key = S3TestEnvironment.uniquePrefix() + "small.zip"
            try await proxy.arm(method: "PUT", drop: true)
            try await proxy.arm(method: "PUT", status: 500, code: "InternalError")

            try await storage.put(Data("bonjour".utf8), key: key, contentType: "application/zip")

            #expect(try await storage.get(key: key) == Data("bonjour".utf8))
            #expect(try await proxy.journal().filter { $0.method == "PUT" }.map(\.status) == [nil, 500, 200])
        }
    }

    @Test func retriesAreBoundedAndAClientErrorIsNotRetried() async throws {
        try await S3FaultProxy.with { proxy in
            let storage = S3Storage(
                configuration: try await proxy.configuration(maxAttempts: 3), logger: S3TestEnvironment.logger)
            let prefix = S3TestEnvironment.uniquePrefix()
            try await proxy.arm(method: "PUT", count: 10)
            let error = await #expect(throws: StorageError.self) {
                try await storage.put(Data("x".utf8), key: prefix + "a.zip", contentType: "application/zip")
            }
            #expect(error?.code == .slowDown)
            #expect(try await proxy.journal().filter { $0.method == "PUT" }.count == 3)

            try await proxy.arm(method: "GET", status: 403, code: "AccessDenied", count: 10)
            await #expect(throws: StorageError.self) { _ = try await storage.get(key: prefix + "a.zip") }
            #expect(try await proxy.journal().filter { $0.method == "GET" }.count == 1)
        }
    }

    @Test func theRetryWaitsAsLongAsRetryAfterSays() async throws {
        try await S3FaultProxy.with { proxy in
            let storage = S3Storage(configuration: try await proxy.configuration(), logger: S3TestEnvironment.logger)
            let key = S3TestEnvironment.uniquePrefix() + "slow.zip"
            try await proxy.arm(method: "PUT", retryAfter: 1)

            try await storage.put(Data("lent".utf8), key: key, contentType: "application/zip")

            let puts = try await proxy.journal().filter { $0.method == "PUT" }
            try #require(puts.count == 2)
            #expect(puts[1].at - puts[0].at >= 1.0)
        }
    }
}
