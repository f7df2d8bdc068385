package import ServiceLifecycle

/// The frame of a long-running worker (builder, janitor, open data) around its own services: the
/// pool's lifecycle first and the health server on `HEALTH_PORT` last (docs/services.md §1).
package enum WorkerProcess {
    /// The service group of the worker described by `context`, in start order: the pool on
    /// `DATABASE_URL` (it closes last), `services`, then the health server; `defaultHealthPort`
    /// is the worker's default `HEALTH_PORT` from docs/configuration.md §2. Throws, naming the
    /// variable, when `HEALTH_PORT` is invalid.
    package static func services(
        context: ServiceContext, defaultHealthPort: Int, _ services: [any Service]
    ) throws -> [any Service] {
        let readiness = context.databaseReadiness
        let health = try HealthServer.make(
            reader: context.reader, defaultPort: defaultHealthPort,
            readiness: { await readiness.isReady() }, registry: context.registry, logger: context.logger)
        return [PoolLifecycle(pool: context.pool)] + services + [health]
    }
}
