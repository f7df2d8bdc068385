import ExportPostgres
import ExportSchema
import Testing

/// A database created and migrated once for a whole suite, then copied by PostgreSQL
/// (`CREATE DATABASE … TEMPLATE`) into a database of each test's own with `withCopy`: every test
/// starts from the migrated schema and sees only its own rows, without running the migrations
/// again. The copy is dropped after its test, the suite's database after the suite.
struct MigratedDatabase: SuiteTrait, TestScoping {
    /// The migration sets applied to the suite's database.
    let sets: [MigrationSet]

    /// The migrated database of the running suite, which its tests copy.
    @TaskLocal static var current: TestDatabase?

    /// Once for the suite, not again for each of its tests.
    let isRecursive = false

    /// Creates and migrates the suite's database, runs the suite with it as `current`, then drops it.
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let template = try await TestDatabase.create("suite")
        do {
            try await Self.migrate(template, sets)
            try await Self.$current.withValue(template) { try await function() }
        } catch {
            try? await template.drop()
            throw error
        }
        try await template.drop()
    }

    /// Applies `sets` to `database` on a pool that is closed afterwards: no session may stay on a
    /// template while PostgreSQL copies it.
    private static func migrate(_ database: TestDatabase, _ sets: [MigrationSet]) async throws {
        let pool = database.pool(size: 1)
        do {
            _ = try await SchemaMigrator(pool: pool, logger: .quiet).migrate(sets)
        } catch {
            await pool.close()
            throw error
        }
        await pool.close()
    }

    /// Runs `body` with a pool on a fresh copy of the running suite's migrated database, then
    /// closes the pool and drops the copy.
    static func withCopy<Result>(
        _ prefix: String, poolSize: Int = 4, _ body: (PostgresPool, TestDatabase) async throws -> Result
    ) async throws -> Result {
        let template = try #require(current, "the suite has no .migratedDatabase trait")
        return try await TestDatabase.with(prefix, template: template, poolSize: poolSize, body)
    }
}

extension Trait where Self == MigratedDatabase {
    /// Creates a database with `sets` applied once for the suite, copied for each test by
    /// `MigratedDatabase.withCopy`.
    static func migratedDatabase(_ sets: MigrationSet...) -> Self {
        MigratedDatabase(sets: sets)
    }
}
