public import ServiceLifecycle

/// The skeleton of a long-running worker (builder, janitor, open data): its own services, plus
/// the pool's lifecycle and the health server on `HEALTH_PORT`, until SIGTERM.
public enum WorkerProcess {
    /// Runs `services` of the worker described by `context`; `defaultHealthPort` is the worker's
    /// default `HEALTH_PORT` from docs/configuration.md §2.
    public static func run(context: ServiceContext, defaultHealthPort: Int, services: [any Service]) async throws {
        let readiness = context.databaseReadiness
        let health = try HealthServer.make(
            reader: context.reader, defaultPort: defaultHealthPort,
            readiness: { await readiness.isReady() }, registry: context.registry, logger: context.logger)
        try await ServiceRunner.run([PoolLifecycle(pool: context.pool)] + services + [health], logger: context.logger)
    }
}
