import ArgumentParser
import ExportRuntime

/// `export-opendata run`: the long-running form.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Long-running publisher: opendata:publish every OPENDATA_INTERVAL seconds, with /health, /ready and /metrics on HEALTH_PORT (8084)."
    )

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-opendata")
        try await ServiceRunner.run(try await OpendataServices.buildServices(context: context), logger: context.logger)
    }
}
