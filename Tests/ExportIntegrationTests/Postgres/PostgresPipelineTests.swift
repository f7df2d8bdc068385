import ExportPostgres
import Testing

/// Statements sent together as one libpq pipeline (docs/configuration.md, "Pipelined
/// transactions"): in a transaction of their own or in the caller's, prepared or not, with the
/// same results, errors and rollbacks as statements sent one by one.
@Suite struct PostgresPipelineTests {
    @Test(arguments: [true, false])
    func commitsTheStatementsAndReturnsEachOnesRowsInOrder(prepared: Bool) async throws {
        try await Self.withPool("pg_pipe_commit", prepared: prepared) { pool in
            try await pool.execute("CREATE TABLE things (id int PRIMARY KEY, name text)")
            for round in 0..<3 {
                let base = round * 10
                let results = try await pool.transaction([
                    PostgresStatement("INSERT INTO things VALUES ($1, $2) RETURNING id", [base + 1, "one"]),
                    PostgresStatement(
                        "INSERT INTO things VALUES ($1, $2), ($3, $4)", [base + 2, "two", base + 3, String?.none]),
                    PostgresStatement("SELECT id, name FROM things WHERE id > $1 ORDER BY id", [base]),
                ])
                #expect(results.count == 3)
                #expect(try results[0].map { try $0.decode(Int.self, at: 0) } == [base + 1])
                #expect(results[1].isEmpty)
                #expect(
                    try results[2].map { try $0.decode((Int, String?).self) }.map(\.0) == [1, 2, 3].map { base + $0 })
                #expect(try results[2][2].decode(String?.self, at: 1) == nil)
            }
            let committed = try await pool.query("SELECT count(*)::int FROM things")
            #expect(try committed[0].decode(Int.self, at: 0) == 9)
        }
    }

    @Test(arguments: [true, false])
    func rollsEverythingBackAtTheFirstFailureAndKeepsTheConnection(prepared: Bool) async throws {
        try await Self.withPool("pg_pipe_rollback", prepared: prepared) { pool in
            try await pool.execute("CREATE TABLE things (id int PRIMARY KEY)")
            try await pool.execute("INSERT INTO things VALUES (1)")
            try await pool.withConnection { connection in
                for _ in 0..<3 {
                    let duplicate = try await #require(throws: PostgresError.self) {
                        try await connection.transaction([
                            PostgresStatement("INSERT INTO things VALUES ($1)", [2]),
                            PostgresStatement("INSERT INTO things VALUES ($1)", [1]),
                            PostgresStatement("INSERT INTO things VALUES ($1)", [3]),
                        ])
                    }
                    #expect(duplicate.isUniqueViolation)
                    let syntax = try await #require(throws: PostgresError.self) {
                        try await connection.transaction([PostgresStatement("SELEC $1", [1])])
                    }
                    #expect(syntax.sqlState == "42601")
                    let ids = try await connection.query("SELECT id FROM things ORDER BY id")
                    #expect(try ids.map { try $0.decode(Int.self, at: 0) } == [1])
                }
                let after = try await connection.transaction([PostgresStatement("INSERT INTO things VALUES (4)")])
                #expect(after.count == 1 && after[0].isEmpty)
            }
            let ids = try await pool.query("SELECT id FROM things ORDER BY id")
            #expect(try ids.map { try $0.decode(Int.self, at: 0) } == [1, 4])
        }
    }

    @Test(arguments: [true, false])
    func runsInsideTheCallersTransactionAndFollowsItsRollback(prepared: Bool) async throws {
        try await Self.withPool("pg_pipe_open", prepared: prepared) { pool in
            try await pool.execute("CREATE TABLE things (id int PRIMARY KEY)")
            struct Abandon: Error {}
            await #expect(throws: Abandon.self) {
                try await pool.withTransaction { connection in
                    let rows = try await connection.pipeline([
                        PostgresStatement("INSERT INTO things VALUES ($1)", [1]),
                        PostgresStatement("SELECT count(*)::int FROM things"),
                    ])
                    #expect(try rows[1][0].decode(Int.self, at: 0) == 1)
                    throw Abandon()
                }
            }
            let failed = try await #require(throws: PostgresError.self) {
                try await pool.withTransaction { connection in
                    try await connection.execute("INSERT INTO things VALUES ($1)", [2])
                    _ = try await connection.pipeline([
                        PostgresStatement("SELECT 1 / $1::int", [0]),
                        PostgresStatement("INSERT INTO things VALUES ($1)", [3]),
                    ])
                }
            }
            #expect(failed.sqlState == "22012")
            try await pool.withTransaction { connection in
                _ = try await connection.pipeline([PostgresStatement("INSERT INTO things VALUES ($1)", [5])])
            }
            let ids = try await pool.query("SELECT id FROM things ORDER BY id")
            #expect(try ids.map { try $0.decode(Int.self, at: 0) } == [5])
        }
    }

    @Test func runsTheTransactionAgainAfterASchemaChangeOrADeallocateAll() async throws {
        try await Self.withPool("pg_pipe_stale", prepared: true) { pool in
            try await pool.execute("CREATE TABLE things (a int)")
            try await pool.withConnection { connection in
                let insert = PostgresStatement("INSERT INTO things (a) VALUES ($1)", [1])
                let select = PostgresStatement("SELECT * FROM things")
                for _ in 0..<6 { _ = try await connection.transaction([insert, select]) }
                try await connection.execute("ALTER TABLE things ADD COLUMN b int DEFAULT 2")
                let changed = try await connection.transaction([insert, select])
                #expect(changed[1].count == 7)
                #expect(try changed[1][0].decode(Int.self, named: "b") == 2)
                try await connection.executeScript("DEALLOCATE ALL")
                let again = try await connection.transaction([insert, select])
                #expect(again[1].count == 8)
            }
            let count = try await pool.query("SELECT count(*)::int FROM things")
            #expect(try count[0].decode(Int.self, at: 0) == 8)
        }
    }

    @Test func takesTheLockBeforeTheNextStatementReads() async throws {
        try await Self.withPool("pg_pipe_lock", prepared: true, size: 8) { pool in
            try await pool.execute("CREATE TABLE tickets (n int PRIMARY KEY)")
            // Each transaction locks, then inserts one more than the largest number it sees: the
            // numbers stay distinct only if every read comes after the lock it waited for.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        _ = try await pool.transaction([
                            PostgresStatement("SELECT pg_advisory_xact_lock($1)", [42]),
                            PostgresStatement("INSERT INTO tickets SELECT coalesce(max(n), 0) + 1 FROM tickets"),
                        ])
                    }
                }
                try await group.waitForAll()
            }
            let numbers = try await pool.query("SELECT count(*)::int, max(n) FROM tickets")
            let (count, largest) = try numbers[0].decode((Int, Int).self)
            #expect(count == 40 && largest == 40)
        }
    }

    /// Runs `body` with a pool of `size` connections on a fresh database, statements prepared
    /// or not.
    private static func withPool(
        _ prefix: String, prepared: Bool, size: Int = 1, _ body: (PostgresPool) async throws -> Void
    ) async throws {
        try await TestDatabase.with(prefix, poolSize: 1) { _, database in
            let pool = PostgresPool(
                configuration: PostgresConfiguration(url: database.url, poolSize: size, preparesStatements: prepared),
                logger: .quiet)
            do {
                try await body(pool)
                await pool.close()
            } catch {
                await pool.close()
                throw error
            }
        }
    }
}
