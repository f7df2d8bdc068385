import ArgumentParser
import ExportRuntime

/// `export-builder run`: the long-running worker.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Long-running worker: builds exports as they are created, with /health, /ready and /metrics on HEALTH_PORT (8082)."
    )

    func run() async throws {
        MallocArenas.limit()
        let context = try ServiceContext.bootstrap(service: "export-builder")
        let worker = try BuilderWorker.build(context: context)
        try await WorkerProcess.run(
            context: context, defaultHealthPort: 8082,
            services: [
                PoolLifecycle(pool: worker.upstream),
                BuilderService(
                    drainer: worker.drainer, listener: worker.listener, settings: worker.settings,
                    logger: context.logger),
            ])
    }
}
