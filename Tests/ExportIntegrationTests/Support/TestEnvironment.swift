import Foundation
import Testing

/// The environment the test command gives the integration tests (private PostgreSQL cluster,
/// S3 and SMTP stand-ins). A missing variable fails the test that needs it, naming it: these
/// tests are never skipped.
enum TestEnvironment {
    /// The value of `name`, or a recorded failure naming it.
    static func require(_ name: String) throws -> String {
        let value = ProcessInfo.processInfo.environment[name] ?? ""
        try #require(!value.isEmpty, "\(name) is not set: run the tests with the README's test command")
        return value
    }
}
