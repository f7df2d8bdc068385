import Configuration
import ExportModels
import ExportPostgres
import ExportRuntime
import ExportStore
import ExportTokens
import Foundation
import Logging

extension DeliveryRun {
    /// The delivery run of the process described by `context`.
    static func build(context: ServiceContext) async throws -> (DeliveryRun, NotifierSettings) {
        try await build(reader: context.reader, pool: context.pool, logger: context.logger)
    }

    /// A delivery run from `reader` over `pool`: settings, `DOWNLOAD_TOKEN_SECRET`, templates and transport
    /// read and checked (throws naming the variable or the template at fault).
    static func build(reader: ConfigReader, pool: PostgresPool, logger: Logger) async throws -> (
        DeliveryRun, NotifierSettings
    ) {
        let settings = try NotifierSettings(reader: reader)
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
        let run = DeliveryRun(
            delivery: delivery, composer: composer, transport: transport,
            supportIntervalSeconds: settings.supportIntervalSeconds, metrics: DeliveryMetrics(), logger: logger)
        return (run, settings)
    }
}
