import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// What a client sees when the API's database connections are all busy: an answer in bounded
/// time that says when to come back, never a queue without end.
@Suite struct APIAvailabilityTests {
    @Test func aRequestThatFindsNoFreeDatabaseConnectionGets503WithRetryAfter() async throws {
        try await APITestServer.with("api_pool_wait", poolSize: 1, poolTimeout: .milliseconds(300)) { server in
            let path = "/v1/exports/\(UUID().uuidString.lowercased())"
            let (held, holding) = AsyncStream.makeStream(of: Void.self)
            let (release, releasing) = AsyncStream.makeStream(of: Void.self)
            async let holder: Void = server.pool.withConnection { _ in
                holding.yield()
                for await _ in release { break }
            }
            for await _ in held { break }
            let busy = try await server.send(.get, path, token: APITokens.registry())
            #expect(busy.status == 503)
            #expect(busy.headers["Retry-After"] == "5")
            #expect(busy.errorCode == "unavailable")

            releasing.yield()
            try await holder
            #expect(try await server.send(.get, path, token: APITokens.registry()).status == 404)
        }
    }
}
