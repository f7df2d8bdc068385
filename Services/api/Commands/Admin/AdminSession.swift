import ExportModels
import ExportPostgres
import ExportRuntime
import ExportStorage
import ExportStore
import Foundation

/// What the admin commands share: the process context, the limits of new exports, and the
/// caller they act as, an admin named `cli:<unix user>`.
struct AdminSession {
    let context: ServiceContext
    let limits: ExportLimits

    /// Bootstraps the process (logging, metrics, pool) from the environment.
    static func open() throws -> AdminSession {
        let context = try ServiceContext.bootstrap(service: "export-api")
        return AdminSession(context: context, limits: try ExportLimits(reader: context.reader))
    }

    /// `cli:<unix user>`, the `created_by` and actor of what the commands do.
    var actor: String {
        "cli:\(ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName())"
    }

    /// The admin the commands act as.
    var caller: Caller { Caller(subject: actor, role: .admin) }

    /// The export `text` names; a clear error when it is not a uuid or does not exist.
    func export(_ text: String) async throws -> ExportRecord {
        guard let uuid = UUID(uuidString: text) else { throw APIError.validation(field: "uuid", "n'est pas un uuid") }
        guard let record = try await ExportRepository(pool: context.pool).find(uuid) else { throw APIError.notFound }
        return record
    }

    /// Runs `body` with a pool on the registry's upstream tables (`UPSTREAM_DATABASE_URL`,
    /// default `DATABASE_URL`), closed afterwards: for the commands that count rows.
    func withUpstream<Result>(_ body: (PostgresPool) async throws -> Result) async throws -> Result {
        let configuration = try PostgresConfiguration.upstream(
            reader: context.reader, main: context.pool.configuration, applicationName: "export-api-upstream")
        return try await PostgresPool(configuration: configuration, logger: context.logger).closing(body)
    }

    /// The configured object store.
    func storage() throws -> any ObjectStorage {
        try StorageConfiguration(reader: context.reader).makeStorage(logger: context.logger)
    }

    /// Runs `body`, then closes the pool.
    func run<Result>(_ body: () async throws -> Result) async throws -> Result {
        try await context.closingPool(body)
    }
}

extension APIError: CustomStringConvertible {
    /// `code: message`, then each field at fault, for the command line.
    var description: String {
        ([("\(code): \(message)")] + details.dropFirst().map { "  \($0.field) \($0.message)" }).joined(separator: "\n")
    }
}
