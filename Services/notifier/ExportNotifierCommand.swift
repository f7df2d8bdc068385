import ArgumentParser
import Configuration
import ExportModels
import ExportRuntime
import Hummingbird

/// `export-notifier`: delivers the e-mails of the notification outbox.
@main
struct ExportNotifierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-notifier",
        abstract: "Render and deliver the e-mails of the notification outbox.",
        subcommands: [ServeCommand.self, ProbeCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// `export-notifier serve`: the HTTP endpoint (NOTIFIER_PORT) and its metrics listener (METRICS_PORT).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the notifier's HTTP endpoint and its metrics listener.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-notifier")
        let reader = context.reader
        let host = reader.string(forKey: "notifier.host", default: "0.0.0.0")
        let port = try reader.boundedInt(forKey: "notifier.port", default: 8081, range: 0...65535)
        let metricsPort = try reader.boundedInt(forKey: "metrics.port", default: 9081, range: 0...65535)
        let readiness = context.databaseReadiness
        let health = HealthRoutes(
            readiness: { await readiness.isReady() }, registry: nil,
            internalToken: reader.string(forKey: "internal.token", isSecret: true))
        let router = Router()
        health.add(to: router)
        try await ServiceRunner.run(
            [
                PoolLifecycle(pool: context.pool),
                Application(
                    router: router, configuration: .init(address: .hostname(host, port: port)), logger: context.logger),
                MetricsListener.make(
                    host: host, port: metricsPort, health: health, registry: context.registry, logger: context.logger),
            ], logger: context.logger)
    }
}
