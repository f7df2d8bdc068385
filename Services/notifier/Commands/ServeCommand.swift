import ArgumentParser
import ExportRuntime

/// `export-notifier serve`: `POST /v1/deliver`, `/health` and `/ready` on NOTIFIER_PORT (8081),
/// `/metrics` on METRICS_PORT (9081), and the delivery loop.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the notifier's HTTP endpoint, its metrics listener and the outbox delivery loop.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-notifier")
        try await ServiceRunner.run(try await NotifierServices.buildServices(context: context), logger: context.logger)
    }
}
