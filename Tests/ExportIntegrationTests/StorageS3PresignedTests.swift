import ExportCurl
import ExportStorage
import Foundation
import Testing

/// Presigned download URLs. moto does not check presigned signatures, so each URL is also
/// checked by `Tests/support/verify_presigned.py`, which recomputes the signature with botocore.
@Suite struct StorageS3PresignedTests {
    @Test func presignsAURLThatBotocoreAcceptsAndThatServesTheObject() async throws {
        let configuration = try await S3TestEnvironment.openConfiguration()
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)
        let key = S3TestEnvironment.uniquePrefix() + "rpc export é.zip"
        let content = Data((0..<70_000).map { UInt8($0 % 199) })
        try await storage.put(content, key: key, contentType: "application/zip")

        let url = try presignedURL(try await storage.downloadLocation(key: key, validFor: .seconds(300)))
        let check = try await verify(url, secret: configuration.credentials.secretAccessKey)
        let response = try await CurlHTTPClient().execute(HTTPRequest(method: .get, url: url))

        #expect(check.status == 0, "\(check.output)")
        #expect(url.query()?.contains("X-Amz-Expires=300") == true)
        #expect(response.status == 200)
        #expect(response.body == content)
    }

    @Test func writesPresignedURLsWithThePublicEndpoint() async throws {
        var configuration = try await S3TestEnvironment.openConfiguration()
        configuration.publicEndpoint = try #require(URL(string: "https://files.covoiturage.test:8443"))
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)

        let location = try await storage.downloadLocation(key: "exports/1b4e28ba/a.zip", validFor: .seconds(60))
        let url = try presignedURL(location)
        let check = try await verify(url, secret: configuration.credentials.secretAccessKey)

        let objectURL = "https://files.covoiturage.test:8443/\(configuration.bucket)/exports/1b4e28ba/a.zip"
        #expect(url.absoluteString.hasPrefix(objectURL + "?"))
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func presignedURLsFailTheCheckOnceExpiredOrAltered() async throws {
        let configuration = try await S3TestEnvironment.openConfiguration()
        let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)
        let location = try await storage.downloadLocation(key: "exports/1b4e28ba/a.zip", validFor: .seconds(60))
        let url = try presignedURL(location)
        let secret = configuration.credentials.secretAccessKey

        let afterExpiry = try await verify(url, secret: secret, at: Date().addingTimeInterval(61))
        let withOtherSecret = try await verify(url, secret: secret + "x")
        let altered = try #require(URL(string: url.absoluteString.replacingOccurrences(of: "a.zip", with: "b.zip")))
        let withOtherKey = try await verify(altered, secret: secret)

        #expect(afterExpiry.status == 2, "\(afterExpiry.output)")
        #expect(withOtherSecret.status == 1, "\(withOtherSecret.output)")
        #expect(withOtherKey.status == 1, "\(withOtherKey.output)")
    }

    /// The URL of an S3 download location.
    private func presignedURL(_ location: DownloadLocation) throws -> URL {
        guard case .url(let url) = location else {
            Issue.record("expected a URL, got \(location)")
            throw CancellationError()
        }
        return url
    }

    /// Runs `verify_presigned.py` on `url` and returns its exit status and output line.
    private func verify(
        _ url: URL,
        secret: String,
        at date: Date? = nil
    ) async throws -> (status: Int32, output: String) {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "support/verify_presigned.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [S3TestEnvironment.python, script.path, url.absoluteString]
            + (date.map { ["--at", String($0.timeIntervalSince1970)] } ?? [])
        process.environment = ProcessInfo.processInfo.environment
            .merging(["PRESIGN_SECRET_ACCESS_KEY": secret]) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (status, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
