import ExportModels
import ExportRuntime
import ExportStorage
import ExportStore
import Foundation
import Logging

/// The parts of `export-opendata`, wired from one process context: each command builds only
/// what it needs, so that `opendata:create` runs without data.gouv.fr settings.
struct OpendataComponents {
    let context: ServiceContext
    let settings: OpendataSettings
    /// `created_by` and log actor of what this process does.
    let actor: String

    /// Reads the settings of the process described by `context` (throws naming the variable when
    /// a value is invalid); `actor` is `cli:<user>` for commands, the service name for `run`.
    init(context: ServiceContext, actor: String) throws {
        self.context = context
        self.settings = try OpendataSettings(reader: context.reader)
        self.actor = actor
    }

    /// `cli:<unix user>`, the actor of the one-shot commands.
    static var commandActor: String {
        "cli:\(ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName())"
    }

    /// The creator of exports.
    func creator() -> OpendataCreator {
        OpendataCreator(
            exports: OpendataExports(pool: context.pool), settings: settings, actor: actor, logger: context.logger)
    }

    /// The uploader; throws naming the variable when data.gouv.fr or storage settings are missing.
    func uploader(retry: DatagouvRetry = DatagouvRetry()) throws -> OpendataUploader {
        let client = DatagouvClient(
            settings: try DatagouvSettings(reader: context.reader), retry: retry, logger: context.logger)
        return OpendataUploader(
            exports: OpendataExports(pool: context.pool),
            storage: try StorageConfiguration(reader: context.reader).makeStorage(logger: context.logger),
            client: client, settings: settings, actor: actor, logger: context.logger)
    }

    /// The publisher; `report` sees the export while it is being built.
    func publisher(
        retry: DatagouvRetry = DatagouvRetry(), report: @escaping @Sendable (ExportRecord) -> Void
    ) throws -> OpendataPublisher {
        OpendataPublisher(
            creator: creator(), uploader: try uploader(retry: retry),
            watcher: BuildWatcher(
                repository: ExportRepository(pool: context.pool), pollInterval: settings.pollInterval, report: report),
            logger: context.logger)
    }
}
