import ArgumentParser
import ExportRuntime

/// `export-api serve`: runs the HTTP API until SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API (API_HOST:API_PORT) and its metrics listener (METRICS_PORT)."
    )

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-api", readsStatementTimeout: true)
        let services = try await APIApplication.build(context: context)
        try await ServiceRunner.run([PoolLifecycle(pool: context.pool)] + services, logger: context.logger)
    }
}
