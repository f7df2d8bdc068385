import Configuration
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import ExportTrips
import Foundation

/// The parts of a builder process, wired from its configuration.
struct BuilderWorker: Sendable {
    /// How the worker runs.
    let settings: BuilderSettings
    /// Claims and runs exports.
    let drainer: QueueDrainer
    /// The pool on `UPSTREAM_DATABASE_URL`, where rows are read.
    let upstream: PostgresPool
    /// The `LISTEN` connection's settings (the export database).
    let listener: PostgresListener

    /// Reads every setting of the process described by `context` (throws naming the variable
    /// when one is invalid) and wires the worker; `worker` names this instance in `locked_by`
    /// and in the export logs.
    static func build(context: ServiceContext, worker: String = BuilderWorker.instanceName) throws -> BuilderWorker {
        let reader = context.reader
        let logger = context.logger
        let settings = try BuilderSettings(reader: reader)
        let upstream = PostgresPool(
            configuration: try PostgresConfiguration(
                reader: reader, urlKey: "upstream.database.url", fallbackURL: context.pool.configuration.url,
                applicationName: "export-builder-upstream"),
            logger: logger)
        let queue = ExportQueue(pool: context.pool, worker: worker)
        let metrics = BuilderMetrics()
        let tripSettings = try TripFileSettings(reader: reader)
        let files = ExportFileMaker(
            trips: TripFileBuilder(pool: upstream, settings: tripSettings, logger: logger),
            opendata: try OpendataFileSettings.optional(reader: reader, workDirectory: tripSettings.workDirectory)
                .map { OpendataFileBuilder(pool: upstream, settings: $0, logger: logger) },
            ttlDays: settings.exportTTLDays)
        let pipeline = ExportPipeline(
            queue: queue, files: files,
            storage: try StorageConfiguration(reader: reader).makeStorage(logger: logger),
            ttlDays: settings.exportTTLDays)
        let job = ExportJob(
            queue: queue, pipeline: pipeline, settings: settings,
            notifier: try NotifierWakeUp(reader: reader, logger: logger), metrics: metrics, logger: logger)
        let drainer = QueueDrainer(
            queue: queue, rescue: LeaseRescue(pool: context.pool, actor: worker), job: job, settings: settings,
            metrics: metrics, logger: logger)
        return BuilderWorker(
            settings: settings, drainer: drainer, upstream: upstream,
            listener: PostgresListener(configuration: context.pool.configuration, logger: logger))
    }

    /// `export-builder@<host>:<pid>`: tells operators which process holds an export.
    static var instanceName: String {
        "export-builder@\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}
