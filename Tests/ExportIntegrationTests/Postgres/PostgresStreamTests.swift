import ExportPostgres
import Foundation
import Testing

/// Large results read as streams: every method, early exits, cancellation and COPY.
@Suite struct PostgresStreamTests {
    /// 300,000 rows of about 100 bytes: far more than any batch or socket buffer.
    static let largeQuery = "SELECT n, repeat('x', 100) AS filler FROM generate_series(1, $1::int) AS n"

    @Test(arguments: [PostgresStreamMethod.singleRow, .cursor(batchSize: 5000)])
    func streamsAResultLargerThanAnyBuffer(method: PostgresStreamMethod) async throws {
        try await TestDatabase.with("pg_stream") { pool, _ in
            let (count, sum, ordered) = try await pool.withConnection { connection in
                try await connection.stream(Self.largeQuery, [300_000], method: method) { rows in
                    var count = 0
                    var sum = 0
                    var previous = 0
                    var ordered = true
                    for try await row in rows {
                        let value = try row.decode(Int.self, at: 0)
                        ordered = ordered && value == previous + 1
                        previous = value
                        count += 1
                        sum += value
                    }
                    return (count, sum, ordered)
                }
            }
            #expect(count == 300_000)
            #expect(sum == 300_000 * 300_001 / 2)
            #expect(ordered)
        }
    }

    @Test(arguments: [PostgresStreamMethod.singleRow, .cursor(batchSize: 1000)])
    func leavesTheConnectionUsableAfterAnEarlyExit(method: PostgresStreamMethod) async throws {
        try await TestDatabase.with("pg_early", poolSize: 1) { pool, _ in
            try await pool.withConnection { connection in
                let first = try await connection.stream(Self.largeQuery, [1_000_000], method: method) { rows in
                    for try await row in rows { return try row.decode(Int.self, at: 0) }
                    return 0
                }
                #expect(first == 1)
                #expect(try await connection.query("SELECT 42")[0].decode(Int.self, at: 0) == 42)
            }
        }
    }

    @Test func reportsAnErrorRaisedInTheMiddleOfAStream() async throws {
        try await TestDatabase.with("pg_midfail", poolSize: 1) { pool, _ in
            let error = try await #require(throws: PostgresError.self) {
                try await pool.withConnection { connection in
                    try await connection.stream("SELECT 1 / (50000 - n) FROM generate_series(1, 100000) AS n") { rows in
                        for try await _ in rows {}
                    }
                }
            }
            #expect(error.sqlState == "22012")
            #expect(try await pool.query("SELECT 1")[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test func cancelsTheStatementWhenTheTaskIsCancelled() async throws {
        try await TestDatabase.with("pg_cancel", poolSize: 2) { pool, _ in
            let task = Task {
                try await pool.withConnection { connection in
                    try await connection.stream("SELECT pg_sleep(30)") { rows in for try await _ in rows {} }
                }
            }
            try await waitUntil { try await Self.isSleeping(pool: pool) }
            task.cancel()
            let error = await #expect(throws: PostgresError.self) { try await task.value }
            #expect(error?.sqlState == "57014")
            #expect(try await pool.query("SELECT 3")[0].decode(Int.self, at: 0) == 3)
        }
    }

    @Test func copiesOutEveryLineAndInOnlyWhatCompleted() async throws {
        struct Abort: Error {}
        try await TestDatabase.with("pg_copy") { pool, _ in
            try await pool.execute("CREATE TABLE items (id int, label text)")
            let loaded = try await pool.withConnection { connection in
                try await connection.copyIn("COPY items (id, label) FROM STDIN") { writer in
                    for id in 1...50_000 { try await writer.write("\(id)\tlabel \\t \(id)\n") }
                }
            }
            #expect(loaded == 50_000)
            await #expect(throws: Abort.self) {
                try await pool.withConnection { connection in
                    try await connection.copyIn("COPY items (id, label) FROM STDIN") { writer in
                        try await writer.write("999999\tnever\n")
                        throw Abort()
                    }
                }
            }
            let (lines, bytes) = try await pool.withConnection { connection in
                try await connection.copyOut("COPY (SELECT id, label FROM items ORDER BY id) TO STDOUT (FORMAT csv)") {
                    chunks in
                    var lines = 0
                    var bytes = 0
                    for try await chunk in chunks {
                        lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                        bytes += chunk.count
                    }
                    return (lines, bytes)
                }
            }
            #expect(lines == 50_000)
            #expect(bytes > 50_000 * 10)
            let total = try await pool.query("SELECT count(*)::int, max(id) FROM items")
            #expect(try total[0].decode(Int.self, at: 0) == 50_000)
            #expect(try total[0].decode(Int.self, at: 1) == 50_000)
        }
    }

    /// True while a backend of the test database sleeps in `pg_sleep`.
    static func isSleeping(pool: PostgresPool) async throws -> Bool {
        let rows = try await pool.query(
            "SELECT count(*)::int FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' AND state = 'active'")
        return try rows[0].decode(Int.self, at: 0) > 0
    }
}
