import Configuration
import ExportConfiguration
import ExportPostgres
import ExportRuntime
import ExportStore
import ExportTokens
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The wiring of `export-notifier` (docs/services.md §1).
enum NotifierServices {
    /// The service group of `export-notifier serve`, in start order: the pool on `DATABASE_URL`,
    /// the delivery loop, `POST /v1/deliver` with `/health` and `/ready` on
    /// `NOTIFIER_HOST:NOTIFIER_PORT` (8081), and the metrics listener on `METRICS_PORT` (9081).
    static func buildServices(context: ServiceContext) async throws -> [any Service] {
        let reader = context.reader
        let host = reader.string(forKey: "notifier.host", default: "0.0.0.0")
        let port = try reader.boundedInt(forKey: "notifier.port", default: 8081, range: 0...65535)
        let metricsPort = try reader.boundedInt(forKey: "metrics.port", default: 9081, range: 0...65535)
        let internalToken = InternalTokenSetting(reader: reader).token
        let settings = try NotifierSettings(reader: reader)
        let run = try await buildDeliveryRun(
            settings: settings, reader: reader, pool: context.pool, logger: context.logger)
        let wakeUps = DeliveryWakeUps()
        let readiness = context.databaseReadiness
        let health = HealthRoutes(
            readiness: { await readiness.isReady() }, registry: nil, internalToken: internalToken)
        let router = Router()
        health.add(to: router)
        DeliverController(wakeUps: wakeUps, internalToken: internalToken).add(to: router)
        return [
            PoolLifecycle(pool: context.pool),
            DeliveryService(run: run, wakeUps: wakeUps, pollInterval: .seconds(settings.pollIntervalSeconds)),
            Application(
                router: router, configuration: .init(address: .hostname(host, port: port)), logger: context.logger),
            MetricsListener.make(
                host: host, port: metricsPort, health: health, registry: context.registry, logger: context.logger),
        ]
    }

    /// The delivery run of the process described by `context`, for `export-notifier deliver`.
    static func buildDeliveryRun(context: ServiceContext) async throws -> DeliveryRun {
        try await buildDeliveryRun(
            settings: try NotifierSettings(reader: context.reader), reader: context.reader, pool: context.pool,
            logger: context.logger)
    }

    /// A delivery run with `settings` over `pool`: `DOWNLOAD_TOKEN_SECRET`, templates and transport
    /// read from `reader` and checked (throws naming the variable or the template at fault).
    /// Tests call it with their own configuration.
    static func buildDeliveryRun(
        settings: NotifierSettings, reader: ConfigReader, pool: PostgresPool, logger: Logger
    ) async throws -> DeliveryRun {
        let secret = try DownloadTokenSecret(reader: reader, acceptingPrevious: false)
        let transport = try TransportSettings.makeTransport(reader: reader, logger: logger)
        let sendTimeout = try TransportSettings.sendTimeoutSeconds(reader: reader)
        guard settings.claimTimeoutSeconds > sendTimeout else {
            throw ConfigurationValueError(
                variable: "NOTIFIER_CLAIM_TIMEOUT",
                problem:
                    "must exceed SMTP_TIMEOUT (\(sendTimeout) s), or a living notifier's message could be sent twice")
        }
        let templates = try await MailTemplates.load()
        let composer = MailComposer(
            templates: templates, tokens: await DownloadTokens(secret: secret), publicURL: settings.publicURL,
            sender: settings.sender, support: settings.support)
        let process = ProcessInfo.processInfo
        let delivery = NotificationDelivery(
            pool: pool, worker: "export-notifier:\(process.hostName):\(process.processIdentifier)",
            claimTimeoutSeconds: settings.claimTimeoutSeconds)
        return DeliveryRun(
            delivery: delivery, composer: composer, transport: transport,
            supportIntervalSeconds: settings.supportIntervalSeconds, maxAttempts: settings.maxAttempts,
            metrics: DeliveryMetrics(), logger: logger)
    }
}
