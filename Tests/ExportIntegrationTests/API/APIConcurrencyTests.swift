import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// The API under concurrent use: parallel creates, pagination while rows are inserted,
/// idempotent retries and the per-user rate limit.
@Suite struct APIConcurrencyTests {
    @Test func createsTwentyExportsConcurrentlyEachWithItsLogAndRecipient() async throws {
        try await APITestServer.with("api_concurrent") { server in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await server.send(
                            .post, "/v1/exports", token: APITokens.registry("user-\(index % 4)"),
                            json: APIFixtures.body()
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 201, count: 20))
            let counts = try await server.pool.query(
                """
                SELECT (SELECT count(*) FROM export.exports), (SELECT count(*) FROM export.logs WHERE type = 'created'),
                       (SELECT count(*) FROM export.recipients)
                """)
            #expect(try counts[0].decode(Int.self, at: 0) == 20 && counts[0].decode(Int.self, at: 1) == 20)
            #expect(try counts[0].decode(Int.self, at: 2) == 20)
        }
    }

    @Test func pagesNeitherRepeatNorSkipWhileExportsAreInserted() async throws {
        try await APITestServer.with("api_pagination") { server in
            let token = APITokens.registry()
            var existing: [String] = []
            for _ in 0..<12 {
                let created = try await server.send(.post, "/v1/exports", token: token, json: APIFixtures.body())
                existing.append(try #require(created.json["uuid"] as? String))
            }
            var seen: [String] = []
            var cursor: String?
            repeat {
                let query = "/v1/exports?limit=5" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await server.send(.get, query, token: token)
                try #require(page.status == 200)
                seen += (page.json["data"] as? [[String: Any]] ?? []).compactMap { $0["uuid"] as? String }
                cursor = page.json["next_cursor"] as? String
                for _ in 0..<3 {
                    _ = try await server.send(.post, "/v1/exports", token: token, json: APIFixtures.body())
                }
            } while cursor != nil
            #expect(seen == existing.reversed())
            #expect(try await server.send(.get, "/v1/exports?cursor=bogus", token: token).status == 400)
            #expect(try await server.send(.get, "/v1/exports?limit=201", token: token).errorFields == ["limit"])
        }
    }

    @Test func repeatsTheFirstAnswerForTheSameIdempotencyKey() async throws {
        try await APITestServer.with("api_idempotency") { server in
            let headers = ["Idempotency-Key": "order-42"]
            let token = APITokens.registry()
            let first = try await server.send(
                .post, "/v1/exports", token: token, json: APIFixtures.body(), headers: headers)
            let second = try await server.send(
                .post, "/v1/exports", token: token, json: APIFixtures.body(), headers: headers)
            #expect(first.status == 201 && second.status == 201)
            #expect(first.json["uuid"] as? String == second.json["uuid"] as? String)
            let other = try await server.send(
                .post, "/v1/exports", token: token, json: APIFixtures.body(#""format": "csv""#), headers: headers)
            #expect(other.status == 409 && other.errorCode == "conflict")
            let count = try await server.pool.query("SELECT count(*) FROM export.exports")
            #expect(try count[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test func limitsCreationsPerUserAndMinute() async throws {
        try await APITestServer.with("api_rate", settings: ["api.rate.limit": "3"]) { server in
            for _ in 0..<3 {
                #expect(
                    try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
                        .status == 201)
            }
            let limited = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            #expect(limited.status == 429 && limited.errorCode == "rate_limited")
            #expect(Int(limited.headers["Retry-After"] ?? "") ?? 0 > 0)
            #expect(
                try await server.send(
                    .post, "/v1/exports", token: APITokens.registry("other"), json: APIFixtures.body()
                ).status == 201)
        }
    }

    @Test func holdsThePendingLimitExactlyUnderConcurrentCreates() async throws {
        try await APITestServer.with("api_pending", settings: ["export.max.pending.per.user": "3"]) { server in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask {
                        try await server.send(
                            .post, "/v1/exports", token: APITokens.registry("busy"), json: APIFixtures.body()
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 3)
            #expect(statuses.filter { $0 == 429 }.count == 9)
            let count = try await server.pool.query("SELECT count(*) FROM export.exports WHERE created_by = 'busy'")
            #expect(try count[0].decode(Int.self, at: 0) == 3)
        }
    }
}
