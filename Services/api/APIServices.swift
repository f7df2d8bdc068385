import Configuration
import ExportConfiguration
import ExportModels
import ExportNotifierClient
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import ExportTokens
import Hummingbird
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle

/// The wiring of `export-api` (docs/services.md §1): the pool on the upstream tables, the public
/// application and the internal metrics listener.
enum APIServices {
    /// The service group of `export-api serve`, in start order: the pool on `DATABASE_URL`, then
    /// the services of `buildServices(reader:pool:logger:registry:onServerRunning:)`.
    static func buildServices(context: ServiceContext) async throws -> [any Service] {
        [PoolLifecycle(pool: context.pool)]
            + (try await buildServices(
                reader: context.reader, pool: context.pool, logger: context.logger, registry: context.registry))
    }

    /// Builds the services from explicit dependencies, so that tests run the same application
    /// without bootstrapping logging and metrics, on a pool they own; `onServerRunning` receives
    /// the bound port. The first service keeps the pool on `UPSTREAM_DATABASE_URL` (`pool`'s URL
    /// by default, with its statement time-out) and closes it once the others have stopped, then
    /// come the application on `API_HOST:API_PORT` and the metrics listener on `METRICS_PORT`.
    /// Throws, naming the variable, when the configuration is invalid.
    static func buildServices(
        reader: ConfigReader, pool: PostgresPool, logger: Logger, registry: PrometheusCollectorRegistry,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> [any Service] {
        let host = reader.string(forKey: "api.host", default: "0.0.0.0")
        let port = try reader.boundedInt(forKey: "api.port", default: 8080, range: 0...65535)
        let metricsPort = try reader.boundedInt(forKey: "metrics.port", default: 9080, range: 0...65535)
        let internalToken = InternalTokenSetting(reader: reader).token
        let readiness = DatabaseReadiness(pool: pool, logger: logger)
        let health = HealthRoutes(readiness: { await readiness.isReady() }, registry: nil, internalToken: internalToken)
        let upstream = PostgresPool(
            configuration: try .upstream(
                reader: reader, main: pool.configuration, applicationName: "export-api-upstream"),
            logger: logger)
        let dependencies: APIDependencies
        do {
            dependencies = try await makeDependencies(reader: reader, pool: pool, upstream: upstream, logger: logger)
        } catch {
            await upstream.close()
            throw error
        }

        let api = Application(
            router: makeRouter(dependencies: dependencies, health: health),
            configuration: .init(address: .hostname(host, port: port), serverName: "rpc-export"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        let metrics = MetricsListener.make(
            host: host, port: metricsPort, health: health, registry: registry, logger: logger)
        return [PoolLifecycle(pool: upstream), api, metrics]
    }

    /// The public router: the request id, the access log, metrics and errors (docs/api.md §14)
    /// around every route. Hummingbird wraps a route in the middleware added before it, so the
    /// table of allowed methods comes from a first router holding the same routes.
    static func makeRouter(dependencies: APIDependencies, health: HealthRoutes) -> Router<BasicRequestContext> {
        let routes = Router(context: BasicRequestContext.self)
        addRoutes(to: routes, dependencies: dependencies, health: health)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ErrorMiddleware(allowed: AllowedMethods(routes: routes.routes)))
        addRoutes(to: router, dependencies: dependencies, health: health)
        return router
    }

    /// The public routes: probes, the export endpoints, the « Mes exports » page and `/openapi.json`.
    static func addRoutes(
        to router: Router<BasicRequestContext>, dependencies: APIDependencies, health: HealthRoutes
    ) {
        health.add(to: router)
        let idempotency = IdempotentRequests(pool: dependencies.pool)
        ExportsController(dependencies: dependencies, idempotency: idempotency).add(to: router)
        ExportActionsController(dependencies: dependencies, idempotency: idempotency).add(to: router)
        let download = DownloadController(dependencies: dependencies)
        download.add(to: router)
        DownloadLinkController(download: download).add(to: router)
        WebAppController(assets: dependencies.webApp).add(to: router)
        router.get("/openapi.json") { _, _ in OpenAPIDocument.response() }
    }

    /// The controllers' shared dependencies, read from `reader`; `upstream` reads the registry's
    /// tables, `pool` the export schema.
    static func makeDependencies(
        reader: ConfigReader, pool: PostgresPool, upstream: PostgresPool, logger: Logger
    ) async throws -> APIDependencies {
        let tokens = try TokenSettings(reader: reader)
        let limits = try ExportLimits(reader: reader)
        return APIDependencies(
            pool: pool, upstream: upstream,
            storage: try StorageConfiguration(reader: reader).makeStorage(logger: logger),
            bearer: await BearerTokenVerifier(settings: tokens),
            downloadTokens: try await DownloadTokens(reader: reader, settings: tokens),
            limits: limits,
            downloadLinkTTL: try reader.boundedInt(forKey: "download.link.ttl", default: 300, range: 1...604_800),
            createLimiter: RateLimiter(limit: limits.createsPerMinute),
            sendLimiter: RateLimiter(limit: limits.sendsPerMinute),
            estimateLimiter: RateLimiter(limit: limits.createsPerMinute), countSlots: CountSlots(),
            notifier: try NotifierWakeUp(reader: reader, logger: logger), webApp: try WebAppAssets())
    }
}
