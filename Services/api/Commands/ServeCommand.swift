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
        try await ServiceRunner.run(try await APIServices.buildServices(context: context), logger: context.logger)
    }
}
