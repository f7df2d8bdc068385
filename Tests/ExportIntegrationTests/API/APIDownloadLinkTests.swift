import ExportCurl
import ExportPostgres
import ExportStorage
import Foundation
import Testing

@testable import ExportAPI

/// `POST /v1/exports/{uuid}/download-link` (docs/api.md §11): the signed URL of a download as
/// JSON, for the « Mes exports » page; the readers of the download, its answers per status.
@Suite struct APIDownloadLinkTests {
    /// The settings of an API whose storage is the open S3 stand-in, links valid 120 seconds.
    static func s3Settings() async throws -> [String: String] {
        _ = try await S3TestEnvironment.openConfiguration()
        return [
            "s3.endpoint": try S3TestEnvironment.variable("TEST_S3_ENDPOINT"),
            "s3.bucket": S3TestEnvironment.openBucket, "s3.access.key.id": "test", "s3.secret.access.key": "test",
            "download.link.ttl": "120",
        ]
    }

    /// An export of operator 12 ordered by `operator-1`, built, its file uploaded to the stand-in.
    static func operatorExport(server: APITestServer) async throws -> String {
        let created = try await server.send(
            .post, "/v1/exports", token: APITokens.operatorUser(), json: APIFixtures.body())
        let uuid = try #require(created.json["uuid"] as? String)
        try await APIFixtures.markBuilt(uuid, server: server)
        let key = "exports/\(uuid)/rpc-export-\(uuid.prefix(8)).zip"
        try await S3TestEnvironment.openStorage().put(
            Data("PK-test-file".utf8), key: key, contentType: "application/zip")
        return uuid
    }

    @Test func givesEveryReaderAWorkingSignedURLAndNobodyElse() async throws {
        try await APITestServer.with("api_download_link", settings: try await Self.s3Settings()) { server in
            let uuid = try await Self.operatorExport(server: server)
            let path = "/v1/exports/\(uuid)/download-link"
            let readers = [
                APITokens.operatorUser(), APITokens.operatorUser("operator-2", operatorID: 12), APITokens.admin(),
            ]
            for token in readers {
                let answer = try await server.send(.post, path, token: token)
                #expect(answer.status == 200 && answer.headers["Cache-Control"] == "no-store")
                let url = try #require((answer.json["url"] as? String).flatMap(URL.init(string:)))
                #expect(url.absoluteString.contains("X-Amz-Expires=120") && answer.json["expires_at"] is String)
                let file = try await CurlHTTPClient(logger: .quiet).execute(HTTPRequest(method: .get, url: url))
                #expect(file.status == 200 && String(decoding: file.body, as: UTF8.self) == "PK-test-file")
            }
            for token in [APITokens.operatorUser("operator-3", operatorID: 13), APITokens.registry()] {
                let answer = try await server.send(.post, path, token: token)
                #expect(answer.status == 404 && answer.errorCode == "not_found")
            }
            #expect(try await server.send(.post, path).status == 401)
            let unknown = try await server.send(.post, "/v1/exports/\(UUID())/download-link", token: readers[0])
            #expect(unknown.status == 404)
            let logs = try await server.pool.query("SELECT actor FROM export.logs WHERE type = 'downloaded' ORDER BY 1")
            #expect(try logs.map { try $0.decode(String.self, at: 0) } == ["admin-1", "operator-1", "operator-2"])
        }
    }

    @Test func answersLikeTheDownloadInEveryStatus() async throws {
        try await APITestServer.with("api_download_link_status", settings: try await Self.s3Settings()) { server in
            let expected = [
                "pending": 409, "processing": 409, "sending": 409, "error": 409, "canceled": 410, "expired": 410,
                "success": 200,
            ]
            for (status, code) in expected.sorted(by: { $0.key < $1.key }) {
                let uuid = try await APIActionsTests.export(in: status, server: server)
                let answer = try await server.send(
                    .post, "/v1/exports/\(uuid)/download-link", token: APITokens.registry())
                #expect(answer.status == code, "\(status): \(answer.text)")
            }
        }
    }

    @Test func answers409WithLocalStorageWhichSignsNoURL() async throws {
        try await APITestServer.with("api_download_link_local") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let answer = try await server.send(.post, "/v1/exports/\(uuid)/download-link", token: APITokens.registry())
            #expect(answer.status == 409 && answer.errorCode == "conflict")
        }
    }
}
