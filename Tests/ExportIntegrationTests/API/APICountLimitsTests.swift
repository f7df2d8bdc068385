import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// What protects the API from heavy row counts (docs/api.md §9): estimates are rate limited, one
/// user runs at most two counts at once (a third estimate is refused, a third create waits), a
/// user at the pending limit is refused before any count, and a count cut by the statement
/// time-out is a 503 saying the selection is too heavy.
@Suite struct APICountLimitsTests {
    /// Runs `body` while the trips table is locked against reads, so that every count waits (or
    /// is cut by the statement time-out) until `body` returns.
    static func withTripsLocked<Result>(
        _ server: APITestServer, _ body: () async throws -> Result
    ) async throws -> Result {
        try await server.pool.withConnection { connection in
            try await connection.executeScript("BEGIN; LOCK TABLE carpool_v2.carpools IN ACCESS EXCLUSIVE MODE")
            do {
                let result = try await body()
                try await connection.executeScript("ROLLBACK")
                return result
            } catch {
                try? await connection.executeScript("ROLLBACK")
                throw error
            }
        }
    }

    /// Statements of the server waiting for a lock.
    static func waitingStatements(_ server: APITestServer) async throws -> Int {
        try await server.pool.query(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )[0].decode(Int.self, at: 0)
    }

    @Test func limitsEstimatesPerUserAndMinute() async throws {
        try await APITestServer.with("api_estimate_rate", settings: ["api.rate.limit": "2"]) { server in
            for _ in 0..<2 {
                let allowed = try await server.send(
                    .post, "/v1/exports/estimate", token: APITokens.registry(), json: APIFixtures.body())
                #expect(allowed.status == 200)
            }
            let limited = try await server.send(
                .post, "/v1/exports/estimate", token: APITokens.registry(), json: APIFixtures.body())
            #expect(limited.status == 429 && limited.errorCode == "rate_limited")
            #expect(Int(limited.headers["Retry-After"] ?? "") ?? 0 > 0)
            let otherUser = try await server.send(
                .post, "/v1/exports/estimate", token: APITokens.registry("registry-2"), json: APIFixtures.body())
            #expect(otherUser.status == 200)
        }
    }

    @Test func capsOneUsersRunningCountsAtTwo() async throws {
        try await APITestServer.with("api_count_slots") { server in
            let estimate: @Sendable () async throws -> APIResponse = {
                try await server.send(
                    .post, "/v1/exports/estimate", token: APITokens.registry(), json: APIFixtures.body())
            }
            let (running, third) = try await Self.withTripsLocked(server) {
                let running = (0..<2).map { _ in Task { try await estimate() } }
                try await waitUntil { try await Self.waitingStatements(server) >= 2 }
                return (running, try await estimate())
            }
            let (first, second) = (try await running[0].value, try await running[1].value)
            #expect(third.status == 429 && third.errorCode == "rate_limited", "\(third.text)")
            #expect(third.headers["Retry-After"] == "1")
            #expect(first.status == 200 && second.status == 200)
        }
    }

    /// Creates over the cap wait for their turn instead: only two counts run, all are created.
    @Test func runsAUsersThirdCreateOnlyOnceACountEnds() async throws {
        try await APITestServer.with("api_count_queue") { server in
            let create: @Sendable () async throws -> APIResponse = {
                try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            }
            let running = try await Self.withTripsLocked(server) {
                let running = (0..<3).map { _ in Task { try await create() } }
                try await waitUntil { try await Self.waitingStatements(server) >= 2 }
                try await Task.sleep(for: .milliseconds(300))
                #expect(try await Self.waitingStatements(server) == 2, "a third count ran")
                return running
            }
            for task in running { #expect(try await task.value.status == 201) }
        }
    }

    @Test func answersSelectionTooHeavyWhenTheTimeOutCutsACount() async throws {
        try await APITestServer.with("api_count_timeout", statementTimeoutMilliseconds: 1000) { server in
            let (estimate, create) = try await Self.withTripsLocked(server) {
                (
                    try await server.send(
                        .post, "/v1/exports/estimate", token: APITokens.registry(), json: APIFixtures.body()),
                    try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
                )
            }
            for response in [estimate, create] {
                #expect(response.status == 503 && response.errorCode == "selection_too_heavy", "\(response.text)")
                #expect(response.text.contains("trop lourde"))
            }
        }
    }

    @Test func refusesAUserAtThePendingLimitBeforeCounting() async throws {
        let settings = ["export.max.pending.per.user": "1"]
        try await APITestServer.with("api_pending_first", settings: settings, statementTimeoutMilliseconds: 1000) {
            server in
            let first = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            #expect(first.status == 201)
            let second = try await Self.withTripsLocked(server) {
                try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            }
            #expect(second.status == 429 && second.errorCode == "rate_limited", "\(second.text)")
            #expect(second.headers["Retry-After"] == "60")
        }
    }
}
