import ExportLogging
import ExportModels
import ExportRuntime
import ExportStorage
import ExportStore
import Foundation
import Logging
import ServiceLifecycle

/// The wiring of `export-opendata` (docs/services.md §1). The one-shot commands build only what
/// they need, so that `opendata:create` runs without data.gouv.fr settings. `actor` is the
/// `created_by` and log actor of what the process does: `cli:<user>` for the commands, the
/// service's name for `run`.
enum OpendataServices {
    /// The service group of `export-opendata run`, in start order: the pool on `DATABASE_URL`, a
    /// publish check every `OPENDATA_INTERVAL` seconds, and the health server on `HEALTH_PORT` (8084).
    static func buildServices(context: ServiceContext) async throws -> [any Service] {
        let settings = try OpendataSettings(reader: context.reader)
        let logger = context.logger
        let publisher = try buildPublisher(context: context, settings: settings, actor: "export-opendata") { record in
            logger.debug(
                "open-data build progress",
                metadata: .fields([
                    .exportUUID: record.uuid, .exportStatus: record.status.rawValue, .exportProgress: record.progress,
                ]))
        }
        return try WorkerProcess.services(
            context: context, defaultHealthPort: 8084,
            [OpendataService(publisher: publisher, intervalSeconds: settings.intervalSeconds, logger: logger)])
    }

    /// `cli:<unix user>`, the actor of the one-shot commands.
    static var commandActor: String {
        "cli:\(ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName())"
    }

    /// The creator of exports of `opendata:create`; throws naming the variable when a setting is
    /// invalid.
    static func buildCreator(context: ServiceContext) throws -> OpendataCreator {
        buildCreator(context: context, settings: try OpendataSettings(reader: context.reader), actor: commandActor)
    }

    /// The uploader of `opendata:upload`; throws naming the variable when data.gouv.fr or storage
    /// settings are missing.
    static func buildUploader(context: ServiceContext) throws -> OpendataUploader {
        try buildUploader(context: context, settings: try OpendataSettings(reader: context.reader), actor: commandActor)
    }

    /// The publisher of `opendata:publish`; `report` sees the export while it is being built.
    static func buildPublisher(
        context: ServiceContext, report: @escaping @Sendable (ExportRecord) -> Void
    ) throws -> OpendataPublisher {
        try buildPublisher(
            context: context, settings: try OpendataSettings(reader: context.reader), actor: commandActor,
            report: report)
    }

    /// The creator of exports with `settings`.
    private static func buildCreator(
        context: ServiceContext, settings: OpendataSettings, actor: String
    ) -> OpendataCreator {
        OpendataCreator(
            exports: OpendataExports(pool: context.pool), settings: settings, actor: actor, logger: context.logger)
    }

    /// The uploader with `settings`, the data.gouv.fr client and the storage.
    private static func buildUploader(
        context: ServiceContext, settings: OpendataSettings, actor: String
    ) throws -> OpendataUploader {
        let client = DatagouvClient(
            settings: try DatagouvSettings(reader: context.reader), retry: DatagouvRetry(), logger: context.logger)
        return OpendataUploader(
            exports: OpendataExports(pool: context.pool),
            storage: try StorageConfiguration(reader: context.reader).makeStorage(logger: context.logger),
            client: client, settings: settings, actor: actor, logger: context.logger)
    }

    /// The publisher with `settings`: a creator, an uploader and a watcher of the build.
    private static func buildPublisher(
        context: ServiceContext, settings: OpendataSettings, actor: String,
        report: @escaping @Sendable (ExportRecord) -> Void
    ) throws -> OpendataPublisher {
        OpendataPublisher(
            creator: buildCreator(context: context, settings: settings, actor: actor),
            uploader: try buildUploader(context: context, settings: settings, actor: actor),
            watcher: BuildWatcher(
                repository: ExportRepository(pool: context.pool), pollInterval: settings.pollInterval, report: report),
            logger: context.logger)
    }
}
