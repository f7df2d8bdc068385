import ArgumentParser
import Configuration
import ExportModels
import ExportRuntime
import Hummingbird

/// `export-notifier serve`: `POST /v1/deliver`, `/health` and `/ready` on NOTIFIER_PORT (8081),
/// `/metrics` on METRICS_PORT (9081), and the delivery loop.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the notifier's HTTP endpoint, its metrics listener and the outbox delivery loop.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-notifier")
        let reader = context.reader
        let host = reader.string(forKey: "notifier.host", default: "0.0.0.0")
        let port = try reader.boundedInt(forKey: "notifier.port", default: 8081, range: 0...65535)
        let metricsPort = try reader.boundedInt(forKey: "metrics.port", default: 9081, range: 0...65535)
        let internalToken = reader.string(forKey: "internal.token", isSecret: true)
        let (run, settings) = try await DeliveryRun.build(context: context)
        let wakeUps = DeliveryWakeUps()
        let readiness = context.databaseReadiness
        let health = HealthRoutes(
            readiness: { await readiness.isReady() }, registry: nil, internalToken: internalToken)
        let router = Router()
        health.add(to: router)
        DeliverController(wakeUps: wakeUps, internalToken: internalToken).add(to: router)
        try await ServiceRunner.run(
            [
                PoolLifecycle(pool: context.pool),
                DeliveryService(
                    run: run, wakeUps: wakeUps, pollInterval: .seconds(settings.pollIntervalSeconds)),
                Application(
                    router: router, configuration: .init(address: .hostname(host, port: port)), logger: context.logger),
                MetricsListener.make(
                    host: host, port: metricsPort, health: health, registry: context.registry, logger: context.logger),
            ], logger: context.logger)
    }
}
