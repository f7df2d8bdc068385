import Configuration
import ExportConfiguration
import ExportStorage
import Foundation
import Testing

/// Reading the storage settings of docs/configuration.md §2 from a configuration.
@Suite struct StorageConfigurationTests {
    /// The settings every S3 case starts from.
    static let minimalS3: [AbsoluteConfigKey: ConfigValue] = [
        "s3.endpoint": "http://minio:9000", "s3.access.key.id": "AKIA1", "s3.secret.access.key": "s3cr3t",
    ]

    /// A configuration that was expected to select S3 and did not.
    struct NotS3: Error {}

    private func read(_ values: [AbsoluteConfigKey: ConfigValue]) throws -> StorageConfiguration {
        try StorageConfiguration(reader: ConfigReader(provider: InMemoryProvider(values: values)))
    }

    private func readS3(_ values: [AbsoluteConfigKey: ConfigValue]) throws -> S3Configuration {
        guard case .s3(let configuration) = try read(values) else { throw NotS3() }
        return configuration
    }

    @Test func usesTheLocalFolderWhenNoEndpointIsSet() throws {
        let defaults = try read([:])
        let chosen = try read(["s3.endpoint": "", "storage.dir": "/srv/exports"])

        guard case .local(let defaultDirectory) = defaults, case .local(let chosenDirectory) = chosen else {
            Issue.record("expected local storage, got \(defaults) and \(chosen)")
            return
        }
        #expect(defaultDirectory == "./var/storage")
        #expect(chosenDirectory == "/srv/exports")
    }

    @Test func readsTheS3SettingsWithTheirDefaults() throws {
        let s3 = try readS3(Self.minimalS3)

        #expect(s3.endpoint.absoluteString == "http://minio:9000")
        #expect(s3.publicEndpoint == s3.endpoint)
        #expect(s3.region == "us-east-1")
        #expect(s3.bucket == "rpc-export")
        #expect(s3.credentials.accessKeyID == "AKIA1")
        #expect(s3.credentials.secretAccessKey == "s3cr3t")
    }

    @Test func readsThePublicEndpointRegionAndBucket() throws {
        let s3 = try readS3(
            Self.minimalS3.merging([
                "s3.public.endpoint": "https://files.example.fr", "s3.region": "eu-west-3",
                "s3.bucket": "rpc-export-prod",
            ]) { _, new in new }
        )

        #expect(s3.publicEndpoint.absoluteString == "https://files.example.fr")
        #expect(s3.region == "eu-west-3")
        #expect(s3.bucket == "rpc-export-prod")
    }

    @Test(arguments: [("s3.access.key.id", "S3_ACCESS_KEY_ID"), ("s3.secret.access.key", "S3_SECRET_ACCESS_KEY")])
    func namesTheMissingCredential(key: String, variable: String) throws {
        var values = Self.minimalS3
        values[AbsoluteConfigKey(stringLiteral: key)] = nil

        let error = #expect(throws: ConfigurationValueError.self) { try read(values) }
        #expect(error?.variable == variable)
    }

    @Test(arguments: [
        ("s3.endpoint", "minio:9000", "S3_ENDPOINT"), ("s3.endpoint", "ftp://minio", "S3_ENDPOINT"),
        ("s3.public.endpoint", "not a url", "S3_PUBLIC_ENDPOINT"), ("s3.bucket", "Bad_Bucket", "S3_BUCKET"),
    ])
    func refusesAnInvalidValueNamingItsVariable(key: String, value: String, variable: String) throws {
        var values = Self.minimalS3
        values[AbsoluteConfigKey(stringLiteral: key)] = ConfigValue(stringLiteral: value)

        let error = #expect(throws: ConfigurationValueError.self) { try read(values) }
        #expect(error?.variable == variable)
    }

    @Test func neverShowsTheSecretInDescriptions() throws {
        let values = Self.minimalS3.merging(["s3.secret.access.key": "s3cr3t-value"]) { _, new in new }
        let configuration = try read(values)
        let s3 = try readS3(values)

        for text in [configuration.description, String(reflecting: configuration), "\(s3)", "\(s3.credentials)"] {
            #expect(!text.contains("s3cr3t-value"))
        }
        #expect(configuration.description.contains("AKIA1"))
    }
}
