import Configuration
import ExportCurl
import ExportPostgres
import ExportSchema
import Foundation
import Logging
import Prometheus
import ServiceLifecycle
import Testing

@testable import ExportAPI

/// A live `export-api` on a free loopback port, over a database of its own with both migration
/// sets applied (or the upstream set in a second database), driven through the project's libcurl
/// client.
struct APITestServer: Sendable {
    /// The secret of the bearer tokens the tests mint.
    static let secret = "test-secret-0123456789-abcdefghijklmnop"
    /// The secret of the e-mail download tokens (`DOWNLOAD_TOKEN_SECRET`).
    static let downloadSecret = "test-download-secret-0123456789-abcdefgh"
    /// The configuration every API of the tests needs: both secrets.
    static let secrets: [AbsoluteConfigKey: ConfigValue] = [
        "jwt.secret": .init(stringLiteral: secret), "download.token.secret": .init(stringLiteral: downloadSecret),
    ]

    /// The base URL, `http://127.0.0.1:<port>`.
    let baseURL: URL
    /// The server's database.
    let pool: PostgresPool
    /// Where its upstream tables are: `pool`, or the second database of `separateUpstream`.
    let upstream: PostgresPool
    /// Its connection URI, for the other services a test starts.
    let databaseURL: String
    /// Where the local store keeps files.
    let storageDirectory: String
    private let client = CurlHTTPClient(logger: .quiet)

    /// Runs `body` against a fresh server; `settings` override the configuration (keys such as
    /// `export.max.pending.per.user`); `poolSize`, `poolTimeout` and `statementTimeoutMilliseconds`
    /// (the server pool's `DATABASE_STATEMENT_TIMEOUT`, none by default) shape its database pool.
    /// With `separateUpstream`, its database holds only the export schema and the upstream
    /// schemas live in a second database, named by `UPSTREAM_DATABASE_URL` (`upstream`).
    static func with(
        _ prefix: String, settings: [String: String] = [:], poolSize: Int = 8, poolTimeout: Duration = .seconds(60),
        statementTimeoutMilliseconds: Int? = nil, separateUpstream: Bool = false,
        _ body: (APITestServer) async throws -> Void
    ) async throws {
        try await TestDatabase.with(
            prefix, poolSize: poolSize, poolTimeout: poolTimeout,
            statementTimeoutMilliseconds: statementTimeoutMilliseconds
        ) { pool, database in
            guard separateUpstream else {
                try await migrate(database, [.export, .upstream])
                return try await run(pool: pool, database: database, upstream: pool, settings: settings, body)
            }
            try await migrate(database, [.export])
            try await TestDatabase.with(prefix + "_upstream", poolSize: 2) { upstream, upstreamDatabase in
                try await migrate(upstreamDatabase, [.upstream])
                let named = settings.merging(["upstream.database.url": upstreamDatabase.url]) { $1 }
                try await run(pool: pool, database: database, upstream: upstream, settings: named, body)
            }
        }
    }

    /// Applies `sets` to `database` on a pool of its own, without the server's statement time-out.
    private static func migrate(_ database: TestDatabase, _ sets: [MigrationSet]) async throws {
        let migrations = database.pool(size: 1)
        _ = try await SchemaMigrator(pool: migrations, logger: .quiet).migrate(sets)
        await migrations.close()
    }

    /// Starts the server on `pool`'s migrated `database`, runs `body`, then stops the server.
    private static func run(
        pool: PostgresPool, database: TestDatabase, upstream: PostgresPool, settings: [String: String],
        _ body: (APITestServer) async throws -> Void
    ) async throws {
        let storage = FileManager.default.temporaryDirectory.appendingPathComponent("api-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: storage) }
        var values: [AbsoluteConfigKey: ConfigValue] = [
            "api.host": "127.0.0.1", "api.port": "0", "metrics.port": "0",
            "storage.dir": .init(stringLiteral: storage), "export.max.pending.per.user": "1000",
            "api.rate.limit": "100000", "export.min.start.days": "1095", "export.max.end.days": "5",
        ]
        values.merge(secrets) { $1 }
        for (key, value) in settings { values[AbsoluteConfigKey(stringLiteral: key)] = .init(stringLiteral: value) }
        let reader = ConfigReader(provider: InMemoryProvider(values: values))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let services = try await APIServices.buildServices(
            reader: reader, pool: pool, logger: .quiet, registry: PrometheusCollectorRegistry(),
            onServerRunning: { continuation.yield($0) })
        let group = ServiceGroup(services: services, logger: .quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            let server = APITestServer(
                baseURL: URL(string: "http://127.0.0.1:\(port)")!, pool: pool, upstream: upstream,
                databaseURL: database.url, storageDirectory: storage)
            do {
                try await body(server)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    /// Sends a request and returns its response.
    func send(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: String? = nil, headers: [String: String] = [:]
    ) async throws -> APIResponse {
        var fields = HTTPHeaders()
        if let token { fields.add(name: "Authorization", value: "Bearer \(token)") }
        if json != nil { fields.add(name: "Content-Type", value: "application/json") }
        for (name, value) in headers { fields.add(name: name, value: value) }
        let response = try await client.execute(
            HTTPRequest(
                method: method, url: URL(string: baseURL.absoluteString + path)!, headers: fields,
                body: json.map { .data(Data($0.utf8)) } ?? .empty))
        return APIResponse(status: response.status, headers: response.headers, body: response.body)
    }
}
