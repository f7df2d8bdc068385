import ArgumentParser
import ExportRuntime
import Logging

/// `export-builder process`: the cron form; rescues stale exports, builds every pending
/// export, then exits (0). SIGTERM stops it early the way it stops `run`.
struct ProcessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process", abstract: "Rescue stale exports, build every pending export, then exit.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-builder")
        let worker = try BuilderServices.buildWorker(context: context)
        try await ServiceRunner.runUntilDone(
            QueueDrainService(drainer: worker.drainer),
            beside: [PoolLifecycle(pool: context.pool), PoolLifecycle(pool: worker.upstream)], logger: context.logger)
        context.logger.info("queue drained")
    }
}
