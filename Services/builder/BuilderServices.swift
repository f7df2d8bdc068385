import Configuration
import ExportConfiguration
import ExportNotifierClient
import ExportOpendataFile
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import ExportTrips
import Logging
import ServiceLifecycle

/// The wiring of `export-builder` (docs/services.md §1).
enum BuilderServices {
    /// The service group of `export-builder run`, in start order: the pool on `DATABASE_URL`, the
    /// pool on `UPSTREAM_DATABASE_URL`, the worker, and the health server on `HEALTH_PORT` (8082).
    static func buildServices(context: ServiceContext) async throws -> [any Service] {
        let worker = try buildWorker(context: context)
        return try WorkerProcess.services(
            context: context, defaultHealthPort: 8082,
            [
                PoolLifecycle(pool: worker.upstream),
                BuilderService(
                    drainer: worker.drainer, listener: worker.listener, settings: worker.settings,
                    logger: context.logger),
            ])
    }

    /// The worker of the process described by `context`.
    static func buildWorker(context: ServiceContext) throws -> BuilderWorker {
        try buildWorker(reader: context.reader, pool: context.pool, logger: context.logger)
    }

    /// Reads every setting from `reader` (throws naming the variable when one is invalid) and
    /// wires a worker on the export database `pool`; `worker` names this instance in
    /// `locked_by` and in the export logs. Tests call it with their own configuration.
    static func buildWorker(
        reader: ConfigReader, pool: PostgresPool, logger: Logger, worker: String = BuilderWorker.instanceName
    ) throws -> BuilderWorker {
        let settings = try BuilderSettings(reader: reader)
        let upstream = PostgresPool(
            configuration: try .upstream(
                reader: reader, main: pool.configuration, applicationName: "export-builder-upstream"),
            logger: logger)
        let queue = ExportQueue(pool: pool, worker: worker)
        let metrics = BuilderMetrics()
        let tripSettings = try TripFileSettings(reader: reader, sheetMaxRows: settings.limits.sheetMaxRows)
        let files = ExportFileMaker(
            trips: TripFileBuilder(pool: upstream, settings: tripSettings, logger: logger),
            opendata: try OpendataFileSettings.ifConfigured(reader: reader, workDirectory: tripSettings.workDirectory)
                .map { OpendataFileBuilder(pool: upstream, settings: $0, logger: logger) },
            ttlDays: settings.queue.exportTTLDays)
        let storage = try StorageConfiguration(reader: reader).makeStorage(logger: logger)
        let pipeline = ExportPipeline(
            queue: queue, files: files, storage: storage, ttlDays: settings.queue.exportTTLDays)
        let job = ExportJob(
            queue: queue, pipeline: pipeline, settings: settings,
            notifier: try NotifierWakeUp(reader: reader, logger: logger), metrics: metrics,
            erasure: UploadErasure(queue: queue, storage: storage, logger: logger), logger: logger)
        let drainer = QueueDrainer(
            queue: queue, rescue: LeaseRescue(pool: pool, actor: worker),
            sweep: WorkFolderSweep(workDirectory: tripSettings.workDirectory, pool: pool, logger: logger), job: job,
            settings: settings,
            metrics: metrics, logger: logger)
        return BuilderWorker(
            settings: settings, drainer: drainer, upstream: upstream,
            listener: PostgresListener(configuration: pool.configuration, logger: logger))
    }
}
