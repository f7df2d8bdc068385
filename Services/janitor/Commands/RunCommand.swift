import ArgumentParser
import ExportRuntime

/// `export-janitor run`: the long-running form, a pass every `JANITOR_INTERVAL` seconds.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Long-running janitor: a pass every JANITOR_INTERVAL seconds, with /health, /ready and /metrics on HEALTH_PORT (8083)."
    )

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-janitor")
        try await ServiceRunner.run(try await JanitorServices.buildServices(context: context), logger: context.logger)
    }
}
