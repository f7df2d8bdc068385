import ExportLogging
package import ExportPostgres
package import Logging

/// Applies pending migrations in order and records them in `export.schema_migrations`. Safe to
/// run from several processes at once: a session advisory lock makes the others wait, and they
/// then find nothing left to do.
package struct SchemaMigrator: Sendable {
    private let pool: PostgresPool
    private let logger: Logger
    /// An arbitrary constant shared by every migrator: the advisory lock's key.
    private static let lockKey: Int64 = 0x5250_4345_5850_4f52

    /// Creates a migrator working through `pool`.
    package init(pool: PostgresPool, logger: Logger) {
        self.pool = pool
        self.logger = logger
    }

    /// Applies what is pending in `sets`, in the given order, and returns what it applied.
    @discardableResult
    package func migrate(_ sets: [MigrationSet]) async throws -> [Migration] {
        let migrations = try sets.flatMap { try Migration.bundled($0) }
        return try await pool.withConnection { connection in
            try await connection.execute("SELECT pg_advisory_lock($1)", [Self.lockKey])
            do {
                let applied = try await apply(migrations, on: connection)
                try await connection.execute("SELECT pg_advisory_unlock($1)", [Self.lockKey])
                return applied
            } catch {
                _ = try? await connection.execute("SELECT pg_advisory_unlock($1)", [Self.lockKey])
                throw error
            }
        }
    }

    /// The migrations of `sets` not applied yet (all of them when the bookkeeping table is absent).
    package func pending(_ sets: [MigrationSet]) async throws -> [Migration] {
        let migrations = try sets.flatMap { try Migration.bundled($0) }
        return try await pool.withConnection { connection in
            let exists = try await connection.queryFirst("SELECT to_regclass('export.schema_migrations') IS NOT NULL")
            guard let exists, try exists.decode(Bool.self) else { return migrations }
            let recorded = try await recordedChecksums(connection)
            return migrations.filter { recorded["\($0.set.rawValue)/\($0.version)"] == nil }
        }
    }

    /// Applies each migration not yet recorded, each in its own transaction with its record.
    private func apply(_ migrations: [Migration], on connection: PostgresConnection) async throws -> [Migration] {
        try await connection.executeScript(
            """
            CREATE SCHEMA IF NOT EXISTS export;
            CREATE TABLE IF NOT EXISTS export.schema_migrations (
                set_name text NOT NULL, version text NOT NULL, name text NOT NULL, checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (set_name, version));
            """)
        let recorded = try await recordedChecksums(connection)
        var applied: [Migration] = []
        for migration in migrations {
            if let checksum = recorded["\(migration.set.rawValue)/\(migration.version)"] {
                guard checksum == migration.checksum else { throw MigrationError.modifiedAfterApplying(migration.name) }
                continue
            }
            try await connection.withTransaction { connection in
                try await connection.executeScript(migration.sql)
                try await connection.execute(
                    "INSERT INTO export.schema_migrations (set_name, version, name, checksum) VALUES ($1, $2, $3, $4)",
                    [migration.set.rawValue, migration.version, migration.name, migration.checksum])
            }
            logger.info(
                "applied migration",
                metadata: .fields([.migrationSet: migration.set.rawValue, .migrationName: migration.name]))
            applied.append(migration)
        }
        return applied
    }

    private func recordedChecksums(_ connection: PostgresConnection) async throws -> [String: String] {
        let rows = try await connection.query(
            "SELECT set_name || '/' || version, checksum FROM export.schema_migrations")
        return try Dictionary(
            uniqueKeysWithValues: rows.map { try $0.decode((String, String).self) })
    }
}
