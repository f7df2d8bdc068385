import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// What each role may order (docs/permissions.md §2–3): forced filters, refused filters, the territory
/// perimeter resolved at creation, `created_by` from the token only.
@Suite struct APICreationRulesTests {
    /// A create request and what it must give.
    struct Case: Sendable {
        let name: String
        let token: String
        let members: String
        let status: Int
        let code: String?
    }

    static var cases: [Case] {
        [
            Case(name: "operator forced", token: APITokens.operatorUser(), members: "", status: 201, code: nil),
            Case(
                name: "operator own id", token: APITokens.operatorUser(), members: #""operator_id": [12]"#, status: 201,
                code: nil),
            Case(
                name: "operator other id", token: APITokens.operatorUser(), members: #""operator_id": [13]"#,
                status: 403, code: "forbidden"),
            Case(
                name: "operator territory", token: APITokens.operatorUser(), members: #""territory_id": [3]"#,
                status: 403, code: "forbidden"),
            Case(
                name: "operator geo", token: APITokens.operatorUser(), members: #""geo_selector": {"dep": ["91"]}"#,
                status: 201, code: nil),
            Case(
                name: "territory geo", token: APITokens.territoryUser(), members: #""geo_selector": {"dep": ["91"]}"#,
                status: 403, code: "forbidden"),
            Case(
                name: "territory other", token: APITokens.territoryUser(), members: #""territory_id": [5]"#,
                status: 403, code: "forbidden"),
            Case(
                name: "territory operator", token: APITokens.territoryUser(), members: #""operator_id": [12]"#,
                status: 201, code: nil),
            Case(
                name: "territory without perimeter", token: APITokens.territoryUser(territoryID: 4), members: "",
                status: 409, code: "conflict"),
            Case(
                name: "registry union", token: APITokens.registry(),
                members: #""territory_id": [3], "geo_selector": {"dep": ["75"]}"#,
                status: 201, code: nil),
            Case(
                name: "created_by in body", token: APITokens.registry(), members: #""created_by": "someone""#,
                status: 400, code: "validation_failed"),
            Case(
                name: "type in body", token: APITokens.admin(), members: #""type": "opendata""#,
                status: 400, code: "validation_failed"),
        ]
    }

    @Test func eachRoleOrdersWhatTheRulesAllow() async throws {
        try await APITestServer.with("api_create_rules") { server in
            try await APIFixtures.seedUpstream(server.pool)
            for test in Self.cases {
                let response = try await server.send(
                    .post, "/v1/exports", token: test.token, json: APIFixtures.body(test.members))
                #expect(response.status == test.status, "\(test.name): \(response.text)")
                #expect(response.errorCode == test.code, "\(test.name)")
            }
            let rows = try await server.pool.query(
                """
                SELECT type || ' ' || created_by || ' ' || (params -> 'operator_id')::text || ' '
                    || (params -> 'geo_selector')::text
                FROM export.exports ORDER BY _id
                """)
            #expect(
                try rows.map { try $0.decode(String.self, at: 0) } == [
                    "operator operator-1 [12] {}", "operator operator-1 [12] {}",
                    #"operator operator-1 [12] {"dep": ["91"]}"#, #"territory territory-1 [12] {"com": ["91471"]}"#,
                    #"registry registry-1 [] {"com": ["91471"], "dep": ["75"]}"#,
                ])
        }
    }

    @Test func estimatesCountTheRowsTheBuilderWouldRead() async throws {
        try await APITestServer.with("api_estimate") { server in
            try await APIFixtures.seedUpstream(server.pool)
            func rows(_ token: String, _ members: String = "") async throws -> Int? {
                let response = try await server.send(
                    .post, "/v1/exports/estimate", token: token, json: APIFixtures.body(members))
                #expect(response.json["sheets"] as? Int == 1 && response.json["max_rows"] as? Int == 5_000_000)
                return response.json["rows"] as? Int
            }
            #expect(try await rows(APITokens.registry()) == 5)
            #expect(try await rows(APITokens.operatorUser(operatorID: 12)) == 3)
            #expect(try await rows(APITokens.operatorUser(operatorID: 13)) == 2)
            #expect(try await rows(APITokens.territoryUser(territoryID: 3)) == 3)
            #expect(try await rows(APITokens.registry(), #""geo_selector": {"epci": ["200054781"]}"#) == 3)
            #expect(try await rows(APITokens.registry(), #""geo_selector": {"reg": ["11"]}, "operator_id": [13]"#) == 2)
            #expect(try await server.pool.query("SELECT 1 FROM export.exports").isEmpty)
        }
    }

    @Test func refusesExportsAboveTheRowLimitAndThePendingLimit() async throws {
        try await APITestServer.with(
            "api_limits", settings: ["export.max.rows": "4", "export.max.pending.per.user": "2"]
        ) { server in
            try await APIFixtures.seedUpstream(server.pool)
            let tooBig = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            #expect(tooBig.status == 400 && tooBig.errorFields == ["end_at"] && tooBig.text.contains("5 lignes"))
            let token = APITokens.operatorUser()
            for _ in 0..<2 {
                #expect(
                    try await server.send(.post, "/v1/exports", token: token, json: APIFixtures.body()).status == 201)
            }
            let third = try await server.send(.post, "/v1/exports", token: token, json: APIFixtures.body())
            #expect(third.status == 429 && third.errorCode == "rate_limited" && third.headers["Retry-After"] != nil)
        }
    }
}
