import Configuration
import ExportModels
import ExportRuntime
import Hummingbird
import ServiceLifecycle

/// The wiring of the API process: the public application and the internal metrics listener.
enum APIApplication {
    /// Builds the services of `export-api serve` from `context`; tests call it with their own
    /// configuration. Throws, naming the variable, when the configuration is invalid.
    static func build(context: ServiceContext) throws -> [any Service] {
        let reader = context.reader
        let secret = try reader.nonEmptyString(forKey: "jwt.secret", isSecret: true)
        guard secret.utf8.count >= 32 else {
            throw ConfigurationValueError(variable: "JWT_SECRET", problem: "must be at least 32 bytes long")
        }
        let host = reader.string(forKey: "api.host", default: "0.0.0.0")
        let port = try reader.boundedInt(forKey: "api.port", default: 8080, range: 0...65535)
        let metricsPort = try reader.boundedInt(forKey: "metrics.port", default: 9080, range: 0...65535)
        let internalToken = reader.string(forKey: "internal.token", isSecret: true)
        let readiness = context.databaseReadiness
        let health = HealthRoutes(
            readiness: { await readiness.isReady() }, registry: nil, internalToken: internalToken)

        let router = Router()
        health.add(to: router)
        let api = Application(
            router: router, configuration: .init(address: .hostname(host, port: port)), logger: context.logger)
        let metrics = MetricsListener.make(
            host: host, port: metricsPort, health: health, registry: context.registry, logger: context.logger)
        return [api, metrics]
    }
}
