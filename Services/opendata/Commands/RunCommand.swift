import ArgumentParser
import ExportLogging
import ExportModels
import ExportRuntime
import Logging

/// `export-opendata run`: the long-running form.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Long-running publisher: opendata:publish every OPENDATA_INTERVAL seconds, with /health, /ready and /metrics on HEALTH_PORT (8084)."
    )

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        let components = try OpendataComponents(context: context, actor: "export-opendata")
        let logger = context.logger
        let publisher = try components.publisher { record in
            logger.debug(
                "open-data build progress",
                metadata: .fields([
                    .exportUUID: record.uuid, .exportStatus: record.status.rawValue, .exportProgress: record.progress,
                ]))
        }
        let service = OpendataService(
            publisher: publisher, intervalSeconds: components.settings.intervalSeconds, logger: logger)
        try await WorkerProcess.run(context: context, defaultHealthPort: 8084, services: [service])
    }
}
