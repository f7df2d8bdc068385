import ExportRuntime
import ExportStorage
import ServiceLifecycle

/// The wiring of `export-janitor` (docs/services.md §1).
enum JanitorServices {
    /// The service group of `export-janitor run`, in start order: the pool on `DATABASE_URL`, a
    /// pass every `JANITOR_INTERVAL` seconds, and the health server on `HEALTH_PORT` (8083).
    static func buildServices(context: ServiceContext) async throws -> [any Service] {
        try WorkerProcess.services(
            context: context, defaultHealthPort: 8083, [JanitorService(pass: try buildPass(context: context))])
    }

    /// The pass of the process described by `context`: settings and storage read from its
    /// configuration (throws naming the variable when a value is invalid).
    static func buildPass(context: ServiceContext) throws -> JanitorPass {
        JanitorPass(
            settings: try JanitorSettings(reader: context.reader), pool: context.pool,
            storage: try StorageConfiguration(reader: context.reader).makeStorage(logger: context.logger),
            logger: context.logger)
    }
}
