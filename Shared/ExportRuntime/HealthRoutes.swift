package import Hummingbird
package import Prometheus

/// The probes every service answers: `/health` (the process runs), `/ready` (its dependencies
/// answer) and `/metrics` (Prometheus text, behind `INTERNAL_TOKEN` when it is set).
package struct HealthRoutes: Sendable {
    /// Says whether the service can do its work now (database reachable, migrations applied…).
    package typealias ReadinessCheck = @Sendable () async -> Bool

    private let readiness: ReadinessCheck
    private let registry: PrometheusCollectorRegistry?
    private let internalToken: String?

    /// Creates the routes; `registry` nil leaves `/metrics` out (served on another port).
    package init(readiness: @escaping ReadinessCheck, registry: PrometheusCollectorRegistry?, internalToken: String?) {
        self.readiness = readiness
        self.registry = registry
        self.internalToken = internalToken
    }

    /// Adds the routes to `router`.
    package func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("/health") { _, _ in Self.json(#"{"status":"ok"}"#, status: .ok) }
        router.get("/ready") { [readiness] _, _ in
            await readiness()
                ? Self.json(#"{"status":"ready"}"#, status: .ok)
                : Self.json(#"{"status":"not_ready"}"#, status: .serviceUnavailable)
        }
        if let registry { addMetrics(to: router, registry: registry) }
    }

    /// Adds only `/metrics`, for the internal listener of the API and the notifier.
    package func addMetrics<Context: RequestContext>(to router: Router<Context>, registry: PrometheusCollectorRegistry)
    {
        router.get("/metrics") { [internalToken] request, _ in
            guard InternalToken.accepts(request, expected: internalToken) else {
                return Self.json(
                    #"{"error":{"code":"unauthorized","message":"jeton interne requis"}}"#, status: .unauthorized)
            }
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
        }
    }

    /// A small JSON response.
    static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
