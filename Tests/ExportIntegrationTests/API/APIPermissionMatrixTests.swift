import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// Who may do what on an export (docs/permissions.md §4, docs/api.md §6): every endpoint × every kind of caller
/// on an operator's export, in one table. Others' exports answer 404, never 403.
@Suite struct APIPermissionMatrixTests {
    /// The callers, relative to the export's owner (`op-owner`, operator 12).
    enum Actor: String, CaseIterable {
        case owner, colleague, otherOperator, territory, registry, admin

        var token: String {
            switch self {
            case .owner: APITokens.operatorUser("op-owner", operatorID: 12)
            case .colleague: APITokens.operatorUser("op-colleague", operatorID: 12)
            case .otherOperator: APITokens.operatorUser("op-other", operatorID: 13)
            case .territory: APITokens.territoryUser("ter-1", territoryID: 3)
            case .registry: APITokens.registry("reg-1")
            case .admin: APITokens.admin("admin-1")
            }
        }
    }

    /// One endpoint: how to call it and whether the export must be built first.
    struct Endpoint: Sendable {
        let name: String
        let method: HTTPMethod
        let suffix: String
        let built: Bool
        let success: Int
        let readOnly: Bool
    }

    static let endpoints = [
        Endpoint(name: "status", method: .get, suffix: "", built: false, success: 200, readOnly: true),
        Endpoint(name: "logs", method: .get, suffix: "/logs", built: false, success: 200, readOnly: true),
        Endpoint(name: "download", method: .get, suffix: "/download", built: true, success: 200, readOnly: true),
        Endpoint(name: "cancel", method: .post, suffix: "/cancel", built: false, success: 200, readOnly: false),
        Endpoint(name: "send", method: .post, suffix: "/send", built: true, success: 202, readOnly: false),
        Endpoint(name: "delete", method: .delete, suffix: "", built: true, success: 200, readOnly: false),
    ]

    /// The status `actor` gets from `endpoint` on the owner's export.
    static func expected(_ endpoint: Endpoint, _ actor: Actor) -> Int {
        switch actor {
        case .owner, .admin: endpoint.success
        case .colleague: endpoint.readOnly ? endpoint.success : 404
        case .otherOperator, .territory, .registry: 404
        }
    }

    @Test func eachEndpointAnswersEachCallerAsTheRulesSay() async throws {
        try await APITestServer.with("api_matrix") { server in
            for endpoint in Self.endpoints {
                for actor in Actor.allCases {
                    let created = try await server.send(
                        .post, "/v1/exports", token: Actor.owner.token, json: APIFixtures.body())
                    try #require(created.status == 201, "\(created.text)")
                    let uuid = try #require(created.json["uuid"] as? String)
                    if endpoint.built { try await APIFixtures.markBuilt(uuid, server: server) }
                    let response = try await server.send(
                        endpoint.method, "/v1/exports/\(uuid)\(endpoint.suffix)", token: actor.token,
                        json: endpoint.method == .post ? "{}" : nil)
                    #expect(
                        response.status == Self.expected(endpoint, actor),
                        "\(endpoint.name) by \(actor.rawValue): \(response.text)")
                    if response.status == 404 { #expect(response.errorCode == "not_found") }
                }
            }
        }
    }

    @Test func listingShowsOwnExportsAndTheOrganisationOnRequest() async throws {
        try await APITestServer.with("api_matrix_list") { server in
            for actor in [Actor.owner, .colleague, .otherOperator] {
                let response = try await server.send(.post, "/v1/exports", token: actor.token, json: APIFixtures.body())
                try #require(response.status == 201)
            }
            func count(_ actor: Actor, _ query: String = "") async throws -> Int {
                let response = try await server.send(.get, "/v1/exports\(query)", token: actor.token)
                return (response.json["data"] as? [Any])?.count ?? -1
            }
            #expect(try await count(.owner) == 1)
            #expect(try await count(.owner, "?scope=organisation") == 2)
            #expect(try await count(.otherOperator, "?scope=organisation") == 1)
            #expect(try await count(.registry) == 0)
            #expect(try await count(.admin) == 3)
            #expect(try await count(.admin, "?created_by=op-other") == 1)
            #expect(
                try await server.send(.get, "/v1/exports?created_by=op-other", token: Actor.owner.token).status == 403)
        }
    }
}
