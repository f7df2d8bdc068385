package import ExportPostgres
import ServiceLifecycle

/// Keeps the database pool open while the service group runs and closes it at shutdown; listed
/// first in the group, so it stops after every service that uses it.
package struct PoolLifecycle: Service {
    private let pool: PostgresPool

    /// Wraps `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// Waits for graceful shutdown, then closes the pool.
    package func run() async throws {
        try? await gracefulShutdown()
        await pool.close()
    }
}
