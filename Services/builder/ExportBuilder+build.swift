import Configuration
import ExportNotifierClient
import ExportOpendataFile
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import ExportTrips
import Foundation
import Logging

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

    /// The worker of the process described by `context`.
    static func build(context: ServiceContext) throws -> BuilderWorker {
        try build(reader: context.reader, pool: context.pool, logger: context.logger)
    }

    /// Reads every setting from `reader` (throws naming the variable when one is invalid) and
    /// wires a worker on the export database `pool`; `worker` names this instance in
    /// `locked_by` and in the export logs. Tests call it with their own configuration.
    static func build(
        reader: ConfigReader, pool: PostgresPool, logger: Logger, worker: String = BuilderWorker.instanceName
    ) throws -> BuilderWorker {
        let settings = try BuilderSettings(reader: reader)
        let upstream = PostgresPool(
            configuration: try .upstream(
                reader: reader, main: pool.configuration, applicationName: "export-builder-upstream"),
            logger: logger)
        let queue = ExportQueue(pool: pool, worker: worker)
        let metrics = BuilderMetrics()
        let tripSettings = try TripFileSettings(reader: reader)
        let files = ExportFileMaker(
            trips: TripFileBuilder(pool: upstream, settings: tripSettings, logger: logger),
            opendata: try OpendataFileSettings.ifConfigured(reader: reader, workDirectory: tripSettings.workDirectory)
                .map { OpendataFileBuilder(pool: upstream, settings: $0, logger: logger) },
            ttlDays: settings.exportTTLDays)
        let storage = try StorageConfiguration(reader: reader).makeStorage(logger: logger)
        let pipeline = ExportPipeline(queue: queue, files: files, storage: storage, ttlDays: settings.exportTTLDays)
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

    /// `export-builder@<host>:<pid>`: tells operators which process holds an export.
    static var instanceName: String {
        "export-builder@\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}
