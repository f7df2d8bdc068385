import Configuration
import ExportCurl
import ExportPostgres
import ExportRuntime
import Foundation
import Hummingbird
import Logging
import Testing

@testable import ExportAPI

/// `/openapi.json` stays true: the same operations as the router, and the answers of the server
/// conform to its schemas.
@Suite struct APIOpenAPITests {
    @Test func documentsExactlyTheRoutesOfTheRouter() async throws {
        try await APITestServer.with("api_openapi_routes") { server in
            let response = try await server.send(.get, "/openapi.json")
            #expect(response.status == 200 && response.json["openapi"] as? String == "3.1.0")
            let documented = try APIOpenAPIValidator(text: response.text).operations
            let dependencies = try await APIServices.makeDependencies(
                reader: .init(provider: InMemoryProvider(values: APITestServer.secrets)),
                pool: server.pool, upstream: server.pool, logger: .quiet)
            let health = HealthRoutes(readiness: { true }, registry: nil, internalToken: nil)
            let routed = Set(
                APIServices.makeRouter(dependencies: dependencies, health: health).routes.map(\.description))
            #expect(
                documented == routed,
                "only documented: \(documented.subtracting(routed)); only routed: \(routed.subtracting(documented))")
        }
    }

    @Test func answersConformToTheDocument() async throws {
        try await APITestServer.with("api_openapi_bodies") { server in
            let validator = try APIOpenAPIValidator(text: OpenAPIDocument.text)
            let token = APITokens.registry()
            var exchanges: [(HTTPMethod, String, String, String?)] = [
                (.post, "/v1/exports", "/v1/exports", APIFixtures.body(#""geo_selector": {"dep": ["91"]}"#)),
                (.post, "/v1/exports/estimate", "/v1/exports/estimate", APIFixtures.body()),
                (.post, "/v1/exports", "/v1/exports", "{}"),
                (.get, "/v1/exports", "/v1/exports", nil),
                (.get, "/health", "/health", nil),
                (.get, "/ready", "/ready", nil),
            ]
            let created = try await server.send(.post, "/v1/exports", token: token, json: APIFixtures.body())
            let uuid = try #require(created.json["uuid"] as? String)
            exchanges += [
                (.get, "/v1/exports/\(uuid)", "/v1/exports/{uuid}", nil),
                (.get, "/v1/exports/\(uuid)/logs", "/v1/exports/{uuid}/logs", nil),
                (.post, "/v1/exports/\(uuid)/download-link", "/v1/exports/{uuid}/download-link", nil),
                (.post, "/v1/exports/\(uuid)/send", "/v1/exports/{uuid}/send", "{}"),
                (.post, "/v1/exports/\(uuid)/cancel", "/v1/exports/{uuid}/cancel", nil),
                (.post, "/v1/exports/\(uuid)/cancel", "/v1/exports/{uuid}/cancel", nil),
                (.delete, "/v1/exports/\(uuid)", "/v1/exports/{uuid}", nil),
                (.get, "/v1/exports/\(UUID())", "/v1/exports/{uuid}", nil),
            ]
            for (method, path, template, body) in exchanges {
                let response = try await server.send(method, path, token: token, json: body)
                let problems = validator.problems(
                    response.body, method: method.rawValue, path: template, status: response.status)
                #expect(problems.isEmpty, "\(method) \(path) \(response.status): \(problems)")
            }
            let unknown = try await server.send(.get, "/v1/nothing-here", token: token)
            #expect(unknown.status == 404 && unknown.errorCode == "not_found")
        }
    }
}
