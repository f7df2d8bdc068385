import ExportPostgres

extension TestDatabase {
    /// Runs `body` with a pool on a fresh database (empty, or a copy of `template`), then closes
    /// the pool and drops the database, whether `body` succeeded or not.
    static func with<Result>(
        _ prefix: String,
        template: TestDatabase? = nil,
        poolSize: Int = 4,
        poolTimeout: Duration = .seconds(60),
        statementTimeoutMilliseconds: Int? = nil,
        _ body: (PostgresPool, TestDatabase) async throws -> Result
    ) async throws -> Result {
        let database = try await create(prefix, template: template)
        let pool = database.pool(
            size: poolSize, timeout: poolTimeout, statementTimeoutMilliseconds: statementTimeoutMilliseconds)
        do {
            let result = try await body(pool, database)
            await pool.close()
            try await database.drop()
            return result
        } catch {
            await pool.close()
            try? await database.drop()
            throw error
        }
    }
}
