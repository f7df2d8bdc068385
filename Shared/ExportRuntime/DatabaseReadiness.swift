import ExportLogging
package import ExportPostgres
import ExportSchema
package import Logging

/// The readiness of a service that needs the database: PostgreSQL answers and no migration of
/// the `export` schema is pending.
package struct DatabaseReadiness: Sendable {
    private let migrator: SchemaMigrator
    private let logger: Logger

    /// Creates the check over `pool`.
    package init(pool: PostgresPool, logger: Logger) {
        self.migrator = SchemaMigrator(pool: pool, logger: logger)
        self.logger = logger
    }

    /// True when the database is reachable and fully migrated.
    package func isReady() async -> Bool {
        do {
            let pending = try await migrator.pending([.export])
            if !pending.isEmpty { logger.warning("migrations pending", metadata: .fields([.count: pending.count])) }
            return pending.isEmpty
        } catch {
            logger.warning("database not ready", metadata: .fields([.error: error]))
            return false
        }
    }
}
