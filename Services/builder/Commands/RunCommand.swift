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
        let context = try ServiceContext.bootstrap(service: "export-builder")
        try await ServiceRunner.run(try await BuilderServices.buildServices(context: context), logger: context.logger)
    }
}
