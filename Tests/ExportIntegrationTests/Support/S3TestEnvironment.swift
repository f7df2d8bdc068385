import ExportCurl
import ExportStorage
import Foundation
import Logging

/// The two S3 stand-ins (moto servers) that the test command starts, read from the environment:
///
/// - `TEST_S3_ENDPOINT`: moto accepting any credentials; the tests create their bucket;
/// - `TEST_S3_AUTH_ENDPOINT`, `TEST_S3_AUTH_ACCESS_KEY_ID`, `TEST_S3_AUTH_SECRET_ACCESS_KEY`,
///   `TEST_S3_AUTH_BUCKET`: moto checking signatures against IAM, with a user, its key and a
///   bucket made by the test command;
/// - `TEST_PYTHON` (default `python3`): the interpreter with botocore for helper scripts.
///
/// A missing variable fails the test with its name: these tests never skip.
enum S3TestEnvironment {
    /// A variable the test command did not set.
    struct MissingVariable: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not set: the test command must start moto and export it" }
    }

    /// The bucket the tests create in the open moto.
    static let openBucket = "rpc-export-tests"

    /// The value of `name`, or `MissingVariable`.
    static func variable(_ name: String) throws -> String {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
            throw MissingVariable(name: name)
        }
        return value
    }

    /// The interpreter for `Tests/support` scripts.
    static var python: String {
        ProcessInfo.processInfo.environment["TEST_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    }

    /// A configuration for the open moto with its bucket created, optionally tuned.
    static func openConfiguration(
        partSize: Int64 = S3Configuration.defaultPartSize,
        listPageSize: Int = 1000
    ) async throws -> S3Configuration {
        let configuration = S3Configuration(
            endpoint: try endpoint("TEST_S3_ENDPOINT"), bucket: openBucket,
            credentials: S3Credentials(accessKeyID: "test", secretAccessKey: "test"),
            multipartThreshold: partSize, partSize: partSize, listPageSize: listPageSize
        )
        try await S3TestRequests(configuration: configuration).createBucket()
        return configuration
    }

    /// A store on the open moto, optionally tuned.
    static func openStorage(
        partSize: Int64 = S3Configuration.defaultPartSize,
        listPageSize: Int = 1000
    ) async throws -> S3Storage {
        S3Storage(
            configuration: try await openConfiguration(partSize: partSize, listPageSize: listPageSize), logger: logger)
    }

    /// A configuration for the signature-checking moto, with the given secret in place of the
    /// right one when a test wants to be refused.
    static func authConfiguration(
        accessKeyID: String? = nil,
        secretAccessKey: String? = nil,
        partSize: Int64 = S3Configuration.defaultPartSize,
        listPageSize: Int = 1000
    ) throws -> S3Configuration {
        S3Configuration(
            endpoint: try endpoint("TEST_S3_AUTH_ENDPOINT"), bucket: try variable("TEST_S3_AUTH_BUCKET"),
            credentials: S3Credentials(
                accessKeyID: try accessKeyID ?? variable("TEST_S3_AUTH_ACCESS_KEY_ID"),
                secretAccessKey: try secretAccessKey ?? variable("TEST_S3_AUTH_SECRET_ACCESS_KEY")
            ),
            multipartThreshold: partSize, partSize: partSize, listPageSize: listPageSize
        )
    }

    /// A key prefix no other test uses, so that tests run in parallel on one bucket.
    static func uniquePrefix(_ test: String = #function) -> String {
        "tests/\(test.prefix { $0 != "(" })-\(UUID().uuidString.lowercased())/"
    }

    /// A logger for the stores under test.
    static let logger = Logger(label: "rpc-export.tests.storage")

    private static func endpoint(_ name: String) throws -> URL {
        let text = try variable(name)
        guard let url = URL(string: text) else { throw MissingVariable(name: "\(name) (not a URL: \(text))") }
        return url
    }
}
