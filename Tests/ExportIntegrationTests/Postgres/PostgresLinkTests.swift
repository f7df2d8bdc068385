import CLibPQ
import Foundation
import Testing

@testable import ExportPostgres

#if canImport(Glibc)
import Glibc
#endif

/// The link to the server: what bounds a call on a dead connection, and how the pool gets over
/// a link that was cut (through `TCPProxy`).
@Suite struct PostgresLinkTests {
    @Test func connectionsProbeAnIdleLinkAndDropUnacknowledgedData() async throws {
        try await TestDatabase.with("pg_link_options", poolSize: 1) { pool, _ in
            let options = try await pool.withConnection { connection in
                let socket = PQsocket(connection.handle)
                return [
                    Self.option(socket, SOL_SOCKET, SO_KEEPALIVE),
                    Self.option(socket, Int32(IPPROTO_TCP), TCP_KEEPIDLE),
                    Self.option(socket, Int32(IPPROTO_TCP), TCP_KEEPINTVL),
                    Self.option(socket, Int32(IPPROTO_TCP), TCP_KEEPCNT),
                    Self.option(socket, Int32(IPPROTO_TCP), TCP_USER_TIMEOUT),
                ]
            }
            #expect(options == [1, 15, 5, 3, 30_000])
        }
    }

    @Test func aPoolGetsOverACutLinkWithoutFailingARequest() async throws {
        try await TestDatabase.with("pg_link_cut", poolSize: 1) { _, database in
            try await TCPProxy.withPostgres(database.url) { proxy, url in
                let pool = PostgresPool(configuration: PostgresConfiguration(url: url, poolSize: 3), logger: .quiet)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<3 { group.addTask { _ = try await pool.query("SELECT pg_sleep(0.1)") } }
                    try await group.waitForAll()
                }
                try await proxy.cut()
                try await proxy.resume()
                for request in 1...6 {
                    #expect(try await pool.query("SELECT $1::int", [request])[0].decode(Int.self, at: 0) == request)
                }
                await pool.close()
            }
        }
    }

    @Test func aWaitForAConnectionEndsAtThePoolTimeoutAndThePoolRecovers() async throws {
        try await TestDatabase.with("pg_link_wait", poolSize: 1) { _, database in
            try await TCPProxy.withPostgres(database.url) { proxy, url in
                let pool = PostgresPool(
                    configuration: PostgresConfiguration(url: url, poolSize: 1, poolTimeout: .milliseconds(300)),
                    logger: .quiet)
                _ = try await pool.query("SELECT 1")
                try await proxy.freeze()
                let (lent, lending) = AsyncStream.makeStream(of: Void.self)
                async let stuck = pool.withConnection { connection in
                    lending.yield()
                    return try await connection.query("SELECT 2")[0].decode(Int.self, at: 0)
                }
                for await _ in lent { break }
                let started = ContinuousClock.now
                let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 3") }
                #expect(error?.kind == .poolTimeout)
                #expect(ContinuousClock.now - started < .seconds(3))

                try await proxy.resume()
                #expect(try await stuck == 2)
                #expect(try await pool.query("SELECT 4")[0].decode(Int.self, at: 0) == 4)
                await pool.close()
            }
        }
    }

    /// The integer value of a socket option.
    private static func option(_ socket: Int32, _ level: Int32, _ name: Int32) -> Int32 {
        var value: Int32 = -1
        var length = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(socket, level, name, &value, &length)
        return value
    }
}
