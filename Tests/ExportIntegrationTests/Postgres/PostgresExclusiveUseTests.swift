import Foundation
import Testing

@testable import ExportPostgres

/// One use of a connection at a time, one iteration of a stream: overlaps are detected and stop
/// the process instead of mixing two statements on one libpq connection.
@Suite struct PostgresExclusiveUseTests {
    @Test func aConnectionInUseRefusesASecondUse() async throws {
        try await TestDatabase.with("pg_busy") { pool, _ in
            try await pool.withConnection { connection in
                #expect(connection.beginUse())
                #expect(!connection.beginUse())
                connection.endUse()
                let answer = try await connection.query("SELECT 1")[0].decode(Int.self)
                #expect(answer == 1)
                #expect(connection.beginUse(), "a finished statement gives the connection back")
                connection.endUse()
            }
        }
    }

    @Test func aStreamHoldsItsConnectionUntilItEnds() async throws {
        try await TestDatabase.with("pg_busy_stream") { pool, _ in
            try await pool.withConnection { connection in
                try await connection.stream("SELECT n FROM generate_series(1, 10) AS n") { rows in
                    #expect(!connection.beginUse(), "a statement sent during the stream would be refused")
                    for try await _ in rows {}
                }
                #expect(connection.beginUse())
                connection.endUse()
            }
        }
    }

    @Test func aStreamRefusesASecondIterator() async throws {
        try await TestDatabase.with("pg_stream_once") { pool, _ in
            let total = try await pool.withConnection { connection in
                try await connection.stream("SELECT n FROM generate_series(1, 10) AS n") { rows in
                    var total = 0
                    for try await row in rows { total += try row.decode(Int.self) }
                    #expect(!rows.prefetcher.beginIteration(), "a second iterator would be refused")
                    return total
                }
            }
            #expect(total == 55)
        }
    }

    @Test func twoTasksOnOneConnectionStopTheProcess() async throws {
        let result = await #expect(processExitsWith: .signal(SIGILL), observing: [\.standardErrorContent]) {
            try await Self.withAdminPool { pool in
                try await pool.withConnection { connection in
                    async let first = connection.query("SELECT pg_sleep(1)")
                    async let second = connection.query("SELECT pg_sleep(1)")
                    _ = try await (first, second)
                }
            }
        }
        #expect(try Self.standardError(of: result).contains("used by two tasks at once"))
    }

    @Test func aSecondIterationOfAStreamStopsTheProcess() async throws {
        let result = await #expect(processExitsWith: .signal(SIGILL), observing: [\.standardErrorContent]) {
            try await Self.withAdminPool { pool in
                try await pool.withConnection { connection in
                    try await connection.stream("SELECT n FROM generate_series(1, 10) AS n") { rows in
                        for try await _ in rows {}
                        for try await _ in rows {}
                    }
                }
            }
        }
        #expect(try Self.standardError(of: result).contains("a PostgresStream was iterated twice"))
    }

    /// Runs `body` with a one-connection pool on the test cluster's admin database: the exit tests'
    /// processes stop before they could drop a database of their own, and their statements need
    /// no table.
    private static func withAdminPool(_ body: (PostgresPool) async throws -> Void) async throws {
        let pool = PostgresPool(
            configuration: PostgresConfiguration(
                url: try TestEnvironment.require("TEST_ADMIN_DATABASE_URL"), poolSize: 1),
            logger: .quiet)
        try await body(pool)
        await pool.close()
    }

    /// What the process of an exit test wrote on its standard error.
    private static func standardError(of result: ExitTest.Result?) throws -> String {
        String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
    }
}
