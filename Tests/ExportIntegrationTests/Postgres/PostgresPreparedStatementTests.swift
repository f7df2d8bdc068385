import ExportPostgres
import Testing

/// Statements prepared per connection (docs/configuration.md, "Prepared statements"): the same
/// results and errors as unprepared ones, a bounded cache, the setting `off`, schema changes.
@Suite struct PostgresPreparedStatementTests {
    @Test func givesTheSameResultsPreparedAndUnprepared() async throws {
        try await Self.withPools("pg_prep_same") { prepared, unprepared in
            try await prepared.execute(
                "CREATE TABLE trips AS SELECT i AS id, CASE WHEN i % 100 = 0 THEN 'rare' ELSE 'common' END AS kind "
                    + "FROM generate_series(1, 5000) AS i")
            try await prepared.execute("CREATE INDEX ON trips (kind)")
            try await prepared.execute("ANALYZE trips")
            let sql = "SELECT count(*)::int AS n, coalesce(sum(id), 0)::int8 AS total FROM trips WHERE kind = $1"
            for kind in Array(repeating: ["rare", "common", "none"], count: 5).joined() {
                let (preparedRow, names) = try await Self.onOneConnection(prepared, sql, [kind])
                let (unpreparedRow, unpreparedNames) = try await Self.onOneConnection(unprepared, sql, [kind])
                #expect(try preparedRow.decode(Int.self, named: "n") == unpreparedRow.decode(Int.self, named: "n"))
                #expect(
                    try preparedRow.decode(Int.self, named: "total") == unpreparedRow.decode(Int.self, named: "total"))
                #expect(names.contains(sql))
                #expect(unpreparedNames.isEmpty)
            }
        }
    }

    @Test func keepsTheSQLStateAndTheConnectionAfterAnError() async throws {
        try await Self.withPools("pg_prep_errors") { pool, _ in
            try await pool.execute("CREATE TABLE unique_things (id int PRIMARY KEY)")
            try await pool.withConnection { connection in
                try await connection.execute("INSERT INTO unique_things VALUES ($1)", [1])
                for _ in 0..<7 {
                    let duplicate = try await #require(throws: PostgresError.self) {
                        try await connection.execute("INSERT INTO unique_things VALUES ($1)", [1])
                    }
                    #expect(duplicate.isUniqueViolation)
                    let division = try await #require(throws: PostgresError.self) {
                        try await connection.query("SELECT 10 / $1::int", [0])
                    }
                    #expect(division.sqlState == "22012")
                    #expect(try await connection.query("SELECT 10 / $1::int", [2])[0].decode(Int.self, at: 0) == 5)
                }
                let syntax = try await #require(throws: PostgresError.self) {
                    try await connection.query("SELEC $1", [1])
                }
                #expect(syntax.sqlState == "42601")
                #expect(try await connection.query("SELECT 1")[0].decode(Int.self, at: 0) == 1)
            }
        }
    }

    @Test func neverPreparesWhenTurnedOff() async throws {
        try await Self.withPools("pg_prep_off") { _, unprepared in
            try await unprepared.withConnection { connection in
                for value in 0..<10 { _ = try await connection.query("SELECT $1::int", [value]) }
                let prepared = try await connection.query("SELECT count(*)::int FROM pg_prepared_statements")
                #expect(try prepared[0].decode(Int.self, at: 0) == 0)
            }
        }
    }

    @Test func holdsAtMostTheCacheBoundOnOneSession() async throws {
        try await Self.withPools("pg_prep_bound") { pool, _ in
            try await pool.withConnection { connection in
                for value in 0..<300 {
                    let row = try await connection.query("SELECT \(value)::int + $1::int", [1])
                    #expect(try row[0].decode(Int.self, at: 0) == value + 1)
                    if value % 50 == 49 {
                        let held = try await connection.query("SELECT count(*)::int FROM pg_prepared_statements")
                        #expect(try held[0].decode(Int.self, at: 0) <= 128)
                        #expect(try held[0].decode(Int.self, at: 0) >= min(value, 100))
                    }
                }
            }
        }
    }

    @Test func survivesASchemaChangeAndADeallocateAll() async throws {
        try await Self.withPools("pg_prep_schema") { pool, _ in
            try await pool.execute("CREATE TABLE things (a int)")
            try await pool.execute("INSERT INTO things VALUES (1)")
            try await pool.withConnection { connection in
                for _ in 0..<6 { #expect(try await connection.query("SELECT * FROM things")[0].count == 1) }
                try await connection.execute("ALTER TABLE things ADD COLUMN b int DEFAULT 2")
                let row = try #require(try await connection.queryFirst("SELECT * FROM things"))
                #expect(row.count == 2)
                #expect(try row.decode(Int.self, named: "b") == 2)
                try await connection.executeScript("DEALLOCATE ALL")
                #expect(try await connection.query("SELECT * FROM things")[0].count == 2)
            }
        }
    }

    @Test func reportsASchemaChangeInsideATransactionAndRecoversAfterIt() async throws {
        try await Self.withPools("pg_prep_schema_tx") { pool, _ in
            try await pool.execute("CREATE TABLE things (a int)")
            try await pool.withConnection { connection in
                _ = try await connection.query("SELECT * FROM things")
                try await connection.execute("ALTER TABLE things ADD COLUMN b int")
                try await connection.execute("BEGIN")
                let changed = try await #require(throws: PostgresError.self) {
                    try await connection.query("SELECT * FROM things")
                }
                #expect(changed.sqlState == "0A000")
                try await connection.execute("ROLLBACK")
                _ = try await connection.query("SELECT * FROM things")
            }
        }
    }

    @Test func plansEachRunAfreshWhenAskedAndGenericallyOtherwise() async throws {
        try await TestDatabase.with("pg_prep_custom", poolSize: 1) { pool, database in
            try await pool.execute("CREATE TABLE things AS SELECT i AS id FROM generate_series(1, 100) AS i")
            var configuration = PostgresConfiguration(url: database.url, poolSize: 1)
            configuration.plansEachRun = true
            let custom = PostgresPool(configuration: configuration, logger: .quiet)
            do {
                #expect(try await Self.plans(on: pool) == (generic: 3, custom: 5))
                #expect(try await Self.plans(on: custom) == (generic: 0, custom: 8))
                await custom.close()
            } catch {
                await custom.close()
                throw error
            }
        }
    }

    /// Runs one statement eight times with different parameters on a connection of `pool` and
    /// returns how many generic and custom plans the server made for it.
    private static func plans(on pool: PostgresPool) async throws -> (generic: Int, custom: Int) {
        let sql = "SELECT count(*)::int FROM things WHERE id <= $1"
        return try await pool.withConnection { connection in
            for limit in 1...8 { #expect(try await connection.query(sql, [limit])[0].decode(Int.self, at: 0) == limit) }
            let plans = try #require(
                try await connection.queryFirst(
                    "SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement = $1",
                    [sql]))
            let (generic, custom) = try plans.decode((Int, Int).self)
            return (generic, custom)
        }
    }

    /// Runs `body` with two pools of one connection on a fresh database: statements prepared,
    /// and not.
    private static func withPools(
        _ prefix: String, _ body: (PostgresPool, PostgresPool) async throws -> Void
    ) async throws {
        try await TestDatabase.with(prefix, poolSize: 1) { prepared, database in
            let unprepared = PostgresPool(
                configuration: PostgresConfiguration(url: database.url, poolSize: 1, preparesStatements: false),
                logger: .quiet)
            do {
                try await body(prepared, unprepared)
                await unprepared.close()
            } catch {
                await unprepared.close()
                throw error
            }
        }
    }

    /// Runs `sql` on one connection of `pool` and returns its first row with the statements the
    /// session holds prepared.
    private static func onOneConnection(
        _ pool: PostgresPool, _ sql: String, _ parameters: [String]
    ) async throws -> (PostgresRow, [String]) {
        try await pool.withConnection { connection in
            let row = try #require(try await connection.queryFirst(sql, parameters))
            let held = try await connection.query("SELECT statement FROM pg_prepared_statements")
            return (row, try held.map { try $0.decode(String.self, at: 0) })
        }
    }
}
