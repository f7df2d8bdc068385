import ExportCurl
import Foundation
import HTTPTypes
import Testing

@testable import ExportAPI

/// The HTTP conventions of docs/api.md §14: `201` with `Location`, the `WWW-Authenticate`
/// challenge, `405` with `Allow`, `X-Request-Id` on every answer and in error bodies, the
/// framework's own errors in French.
@Suite struct APIHTTPConventionsTests {
    @Test func createAnswers201WithTheLocationOfTheExportAlsoWhenReplayed() async throws {
        try await APITestServer.with("api_http_created") { server in
            let key = ["Idempotency-Key": "create-\(UUID())"]
            let token = APITokens.registry()
            let first = try await server.send(
                .post, "/v1/exports", token: token, json: APIFixtures.body(), headers: key)
            let uuid = try #require(first.json["uuid"] as? String)
            #expect(first.status == 201 && first.headers["Location"] == "/v1/exports/\(uuid)")
            let replay = try await server.send(
                .post, "/v1/exports", token: token, json: APIFixtures.body(), headers: key)
            #expect(replay.status == 201 && replay.headers["Idempotent-Replayed"] == "true")
            #expect(replay.headers["Location"] == "/v1/exports/\(uuid)")
        }
    }

    @Test func unauthorizedAnswersCarryABearerChallenge() async throws {
        try await APITestServer.with("api_http_challenge") { server in
            let missing = try await server.send(.get, "/v1/exports")
            #expect(missing.status == 401 && missing.headers["WWW-Authenticate"] == #"Bearer realm="rpc-export""#)
            let refused = try await server.send(.get, "/v1/exports", token: "not.a.token")
            #expect(refused.status == 401)
            #expect(refused.headers["WWW-Authenticate"] == #"Bearer realm="rpc-export", error="invalid_token""#)
        }
    }

    @Test func aKnownPathWithAnotherMethodIs405WithAllow() async throws {
        try await APITestServer.with("api_http_405") { server in
            let token = APITokens.registry()
            let cases: [(HTTPMethod, String, String)] = [
                (.put, "/v1/exports", "GET, POST"),
                (.get, "/v1/exports/estimate", "POST"),
                (.patch, "/v1/exports/\(UUID())", "DELETE, GET"),
                (.get, "/v1/exports/\(UUID())/cancel", "POST"),
                (.post, "/openapi.json", "GET"),
            ]
            for (method, path, allow) in cases {
                let response = try await server.send(method, path, token: token)
                #expect(response.status == 405, "\(method) \(path)")
                #expect(response.headers["Allow"] == allow, "\(method) \(path)")
                #expect(response.errorCode == "method_not_allowed", "\(method) \(path)")
            }
            let unknown = try await server.send(.put, "/v1/nothing-here", token: token)
            #expect(unknown.status == 404 && unknown.errorCode == "not_found")
        }
    }

    @Test func everyAnswerCarriesARequestIdHonouringAValidOne() async throws {
        try await APITestServer.with("api_http_request_id") { server in
            let sent = "client-42.retry:1~a+b/c="
            let echoed = try await server.send(.get, "/health", headers: ["X-Request-Id": sent])
            #expect(echoed.headers["X-Request-Id"] == sent)
            for invalid in [String(repeating: "a", count: 129), "with space", "accentué"] {
                let response = try await server.send(.get, "/v1/exports", headers: ["X-Request-Id": invalid])
                let generated = try #require(response.headers["X-Request-Id"])
                #expect(generated != invalid && UUID(uuidString: generated) != nil)
                let error = try #require(response.json["error"] as? [String: Any])
                #expect(error["request_id"] as? String == generated)
            }
        }
    }

    @Test func frameworkErrorsHaveTheFrenchBodyAndNoDecoderDetail() async throws {
        try await APITestServer.with("api_http_framework") { server in
            let token = APITokens.registry()
            let unknown = try await server.send(.get, "/v1/nothing-here", token: token)
            #expect(unknown.status == 404 && unknown.errorCode == "not_found")
            let badDate = try await server.send(
                .post, "/v1/exports/estimate", token: token, json: #"{"start_at": 12, "end_at": "x"}"#)
            let message = try #require((badDate.json["error"] as? [String: Any])?["message"] as? String)
            #expect(badDate.status == 400 && !message.contains("Expected") && !message.contains("Swift"))
            #expect(
                FrameworkErrors.apiError(for: .unsupportedMediaType).message == "type de contenu non pris en charge")
            #expect(FrameworkErrors.apiError(for: .requestTimeout).code == "validation_failed")
        }
    }
}
