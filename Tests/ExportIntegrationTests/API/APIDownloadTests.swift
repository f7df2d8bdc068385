import Configuration
import ExportConfiguration
import ExportCurl
import ExportModels
import ExportPostgres
import ExportTokens
import Foundation
import Testing

@testable import ExportAPI

/// E-mail download links (docs/emails.md §7, docs/api.md §11): a token bound to the export and the recipient, valid
/// until the export's expiry, never a bearer token; 410 for an export gone whatever the token;
/// a French page for browsers.
@Suite struct APIDownloadTests {
    /// A signer of download tokens with `secret` (default: the test server's).
    static func tokens(secret: String = APITestServer.downloadSecret) async throws -> DownloadTokens {
        await DownloadTokens(secret: try DownloadTokenSecret(secret))
    }

    @Test func servesTheFileToAValidLinkAndRefusesTheOthers() async throws {
        try await APITestServer.with("api_download") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let other = try await APIActionsTests.export(in: "success", server: server)
            let signer = try await Self.tokens()
            let expiry = Date().addingTimeInterval(3600)
            let good = try await signer.sign(exportUUID: UUID(uuidString: uuid)!, recipientID: 1, expiresAt: expiry)
            let response = try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(good)")
            #expect(response.status == 200 && response.text == "PK-test-file")
            #expect(response.headers["Content-Type"] == "application/zip")

            let refused: [(String, String)] = [
                (
                    "another export",
                    try await signer.sign(exportUUID: UUID(uuidString: other)!, recipientID: 1, expiresAt: expiry)
                ),
                (
                    "expired token",
                    try await signer.sign(exportUUID: UUID(uuidString: uuid)!, recipientID: 1, expiresAt: Date() - 60)
                ),
                (
                    "bearer key",
                    APITokens.sign([
                        "typ": "download", "export": uuid, "recipient": 1, "exp": Int(expiry.timeIntervalSince1970),
                    ])
                ),
                ("forged", String(good.dropLast(3)) + "abc"),
            ]
            for (reason, token) in refused {
                let answer = try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(token)")
                #expect(answer.status == 401 && answer.errorCode == "unauthorized", "\(reason)")
            }
            let asBearer = try await server.send(.get, "/v1/exports/\(uuid)", token: good)
            #expect(asBearer.status == 401)
            let logs = try await server.pool.query("SELECT actor FROM export.logs WHERE type = 'downloaded'")
            #expect(try logs.map { try $0.decode(String.self, at: 0) } == ["recipient:1"])
        }
    }

    /// Rotating `DOWNLOAD_TOKEN_SECRET`: links already e-mailed, signed with the former secret,
    /// still open while it is `DOWNLOAD_TOKEN_SECRET_PREVIOUS`; a link of any other secret does not.
    @Test func acceptsLinksOfThePreviousSecretDuringARotation() async throws {
        let rotated = "rotated-download-secret-0123456789-abcdef"
        let settings = [
            "download.token.secret": rotated, "download.token.secret.previous": APITestServer.downloadSecret,
        ]
        try await APITestServer.with("api_download_rotation", settings: settings) { server in
            let uuid = try #require(UUID(uuidString: try await APIActionsTests.export(in: "success", server: server)))
            let expiry = Date().addingTimeInterval(3600)
            for (secret, status) in [(APITestServer.downloadSecret, 200), (rotated, 200), (APITestServer.secret, 401)] {
                let token = try await Self.tokens(secret: secret).sign(
                    exportUUID: uuid, recipientID: 1, expiresAt: expiry)
                let response = try await server.send(.get, "/v1/exports/\(uuid.uuidString)/download?token=\(token)")
                #expect(response.status == status, "\(secret)")
            }
        }
    }

    @Test func refusesADownloadSecretEqualToTheBearerSecret() async throws {
        try await APITestServer.with("api_download_secret") { server in
            let reader = ConfigReader(
                provider: InMemoryProvider(
                    values: APITestServer.secrets.merging(
                        ["download.token.secret": .init(stringLiteral: APITestServer.secret)]) { $1 }))
            let refused = await #expect(throws: ConfigurationValueError.self) {
                try await APIServices.makeDependencies(
                    reader: reader, pool: server.pool, upstream: server.pool, logger: .quiet)
            }
            #expect(refused?.variable == "DOWNLOAD_TOKEN_SECRET")
        }
    }

    @Test func answers410ForAnExportGoneAndAFrenchPageToBrowsers() async throws {
        try await APITestServer.with("api_download_gone") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let token = try await Self.tokens().sign(
                exportUUID: UUID(uuidString: uuid)!, recipientID: 1, expiresAt: Date().addingTimeInterval(3600))
            #expect(
                try await server.send(.post, "/v1/exports/\(uuid)/cancel", token: APITokens.registry()).status == 409)
            #expect(try await server.send(.delete, "/v1/exports/\(uuid)", token: APITokens.registry()).status == 200)
            let json = try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(token)")
            #expect(json.status == 410 && json.errorCode == "gone")
            let page = try await server.send(
                .get, "/v1/exports/\(uuid)/download?token=\(token)",
                headers: ["Accept": "text/html,application/xhtml+xml"])
            #expect(page.status == 410)
            #expect(
                page.headers["Content-Type"]?.hasPrefix("text/html") == true
                    && page.text.contains("n'est plus disponible"))
        }
    }

    @Test func redirectsToAStorageURLWhenStorageIsS3() async throws {
        let endpoint = try S3TestEnvironment.variable("TEST_S3_ENDPOINT")
        _ = try await S3TestEnvironment.openConfiguration()
        let settings = [
            "s3.endpoint": endpoint, "s3.bucket": S3TestEnvironment.openBucket, "s3.access.key.id": "test",
            "s3.secret.access.key": "test", "download.link.ttl": "120",
        ]
        try await APITestServer.with("api_download_s3", settings: settings) { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let response = try await server.send(.get, "/v1/exports/\(uuid)/download", token: APITokens.registry())
            #expect(response.status == 302)
            let location = try #require(response.headers["Location"])
            #expect(location.hasPrefix(endpoint) && location.contains("X-Amz-Expires=120"))
        }
    }
}
