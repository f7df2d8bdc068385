import ExportPostgres
import Foundation
import Testing

/// Statements, bound parameters, typed decoding and errors, against the real server.
@Suite struct PostgresQueryTests {
    @Test func decodesEveryTypeAndNulls() async throws {
        try await TestDatabase.with("pg_types") { pool, _ in
            let row = try #require(
                try await pool.query(
                    """
                    SELECT 7::int2, 70000::int4, 9000000000::int8, 1.5::float8, true, 'Évry-Courcouronnes'::text,
                           NULL::int, '2025-03-30 01:59:59.25+00'::timestamptz, 'a3bb189e-8bf9-3888-9912-ace4e6543002'::uuid,
                           '{"a": 1}'::jsonb, 0.29::numeric, '2025-01-06'::date
                    """
                ).first)
            #expect(try row.decode(Int16.self, at: 0) == 7)
            #expect(try row.decode(Int32.self, at: 1) == 70000)
            #expect(try row.decode(Int.self, at: 2) == 9_000_000_000)
            #expect(try row.decode(Double.self, at: 3) == 1.5)
            #expect(try row.decode(Bool.self, at: 4))
            #expect(try row.decode(String.self, at: 5) == "Évry-Courcouronnes")
            #expect(try row.decode(Int?.self, at: 6) == nil)
            #expect(row.isNull(6))
            #expect(try row.decode(Date.self, at: 7) == Date(timeIntervalSince1970: 1_743_299_999.25))
            #expect(try row.decode(UUID.self, at: 8) == UUID(uuidString: "a3bb189e-8bf9-3888-9912-ace4e6543002"))
            #expect(try row.decode(String.self, at: 9) == #"{"a": 1}"#)
            #expect(try row.decode(String.self, at: 10) == "0.29")
            #expect(try row.decode(Date.self, at: 11) == Date(timeIntervalSince1970: 1_736_121_600))
        }
    }

    @Test func refusesNullIntoANonOptionalAndWrongShapes() async throws {
        try await TestDatabase.with("pg_decode") { pool, _ in
            let row = try #require(
                try await pool.query("SELECT NULL::int AS missing, 'abc' AS word, 70000 AS big").first)
            let nullError = try #require(throws: PostgresError.self) { try row.decode(Int.self, named: "missing") }
            #expect(nullError.kind == .decoding)
            #expect(throws: PostgresError.self) { try row.decode(Int.self, named: "word") }
            #expect(throws: PostgresError.self) { try row.decode(Int16.self, named: "big") }
            #expect(throws: PostgresError.self) { try row.decode(Int.self, named: "nope") }
        }
    }

    @Test func bindsParametersAsValuesNeverAsSQL() async throws {
        try await TestDatabase.with("pg_bind") { pool, _ in
            try await pool.execute("CREATE TABLE things (id int, label text, tags text[], at timestamptz, ok bool)")
            let hostile = "x'); DROP TABLE things; --"
            let instant = Date(timeIntervalSince1970: 1_736_150_400.5)
            let inserted = try await pool.execute(
                "INSERT INTO things VALUES ($1, $2, $3::text[], $4, $5), ($6, $7, $8::text[], $9, $10)",
                [1, hostile, ["a\"b", "c\\d", "e,f"], instant, true, 2, String?.none, [String](), Date?.none, false])
            #expect(inserted == 2)
            let rows = try await pool.query("SELECT id, label, tags::text, at, ok FROM things ORDER BY id")
            #expect(try rows[0].decode(String.self, at: 1) == hostile)
            #expect(try rows[0].decode(String.self, at: 2) == #"{"a\"b","c\\d","e,f"}"#)
            #expect(try rows[0].decode(Date.self, at: 3) == instant)
            #expect(try rows[1].decode(String?.self, at: 1) == nil)
            #expect(try rows[1].decode(Date?.self, at: 3) == nil)
            let count = try await pool.query("SELECT count(*) FROM things WHERE id = ANY($1::int[])", [[1, 2]])
            #expect(try count[0].decode(Int.self, at: 0) == 2)
        }
    }

    @Test func keepsTheServersSQLStateOnErrors() async throws {
        try await TestDatabase.with("pg_errors") { pool, _ in
            try await pool.execute("CREATE TABLE unique_things (id int PRIMARY KEY)")
            try await pool.execute("INSERT INTO unique_things VALUES (1)")
            let duplicate = try await #require(throws: PostgresError.self) {
                try await pool.execute("INSERT INTO unique_things VALUES ($1)", [1])
            }
            #expect(duplicate.sqlState == "23505")
            #expect(duplicate.isUniqueViolation)
            #expect(duplicate.detail?.contains("already exists") == true)
            let syntax = try await #require(throws: PostgresError.self) { try await pool.query("SELEC 1") }
            #expect(syntax.sqlState == "42601")
            let division = try await #require(throws: PostgresError.self) { try await pool.query("SELECT 1 / 0") }
            #expect(division.sqlState == "22012")
            #expect(try await pool.query("SELECT 1")[0].decode(Int.self, at: 0) == 1)
        }
    }

    @Test func rollsBackATransactionThatThrows() async throws {
        struct Abort: Error {}
        try await TestDatabase.with("pg_tx") { pool, _ in
            try await pool.execute("CREATE TABLE ledger (amount int)")
            await #expect(throws: Abort.self) {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO ledger VALUES (10)")
                    throw Abort()
                }
            }
            try await pool.withTransaction(isolation: .repeatableRead) { connection in
                try await connection.execute("INSERT INTO ledger VALUES (5)")
            }
            let total = try await pool.query("SELECT coalesce(sum(amount), 0)::int FROM ledger")
            #expect(try total[0].decode(Int.self, at: 0) == 5)
        }
    }

    @Test func stopsAStatementAtTheConfiguredTimeout() async throws {
        try await TestDatabase.with("pg_timeout", statementTimeoutMilliseconds: 200) { pool, _ in
            let error = try await #require(throws: PostgresError.self) { try await pool.query("SELECT pg_sleep(5)") }
            #expect(error.sqlState == "57014")
            #expect(try await pool.query("SELECT 2")[0].decode(Int.self, at: 0) == 2)
        }
    }

    @Test func sharesFewConnectionsBetweenManyTasks() async throws {
        try await TestDatabase.with("pg_pool", poolSize: 3) { pool, _ in
            let backends = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<30 {
                    group.addTask {
                        try await pool.withConnection { connection in
                            _ = try await connection.query("SELECT pg_sleep(0.01)")
                            return connection.backendProcessID
                        }
                    }
                }
                return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
            }
            #expect(backends.count <= 3)
            #expect(!backends.isEmpty)
        }
    }
}
