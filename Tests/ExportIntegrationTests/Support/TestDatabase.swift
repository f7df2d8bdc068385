import ExportPostgres
import Foundation
import Logging

/// A database of its own for one suite, created on the test cluster and dropped at the end, so
/// suites never see each other's rows.
struct TestDatabase {
    /// Its connection URI.
    let url: String
    let name: String
    private let adminURL: String

    /// Creates a database named after `prefix` and a random suffix: empty, or a copy of
    /// `template` (on which no session may be open).
    static func create(_ prefix: String, template: TestDatabase? = nil) async throws -> TestDatabase {
        let adminURL = try TestEnvironment.require("TEST_ADMIN_DATABASE_URL")
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        let admin = PostgresPool(configuration: PostgresConfiguration(url: adminURL, poolSize: 1), logger: .quiet)
        let copy = template.map { " TEMPLATE \($0.name)" } ?? ""
        try await admin.withConnection { try await $0.executeScript("CREATE DATABASE \(name)\(copy)") }
        await admin.close()
        var components = try requireURL(adminURL)
        components.path = "/\(name)"
        return TestDatabase(url: components.string ?? adminURL, name: name, adminURL: adminURL)
    }

    /// A pool on this database.
    func pool(size: Int = 4, timeout: Duration = .seconds(60), statementTimeoutMilliseconds: Int? = nil)
        -> PostgresPool
    {
        PostgresPool(
            configuration: PostgresConfiguration(
                url: url, poolSize: size, poolTimeout: timeout,
                statementTimeoutMilliseconds: statementTimeoutMilliseconds),
            logger: .quiet)
    }

    /// Drops the database, ending any session still open on it.
    func drop() async throws {
        let admin = PostgresPool(configuration: PostgresConfiguration(url: adminURL, poolSize: 1), logger: .quiet)
        try await admin.withConnection { try await $0.executeScript("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        await admin.close()
    }
}

/// Parses a connection URI, failing the test when it is not one.
private func requireURL(_ text: String) throws -> URLComponents {
    guard let components = URLComponents(string: text) else {
        throw PostgresError(kind: .usage, message: "not a URL: TEST_ADMIN_DATABASE_URL")
    }
    return components
}

extension Logger {
    /// A logger that prints only errors, for tests.
    static var quiet: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        return logger
    }
}
