package import Configuration
import ExportConfiguration
import Foundation
package import Logging

/// Which store the services use: S3 when `S3_ENDPOINT` is set, the local folder otherwise.
///
/// Keys read (environment variables in brackets): `s3.endpoint` (`S3_ENDPOINT`),
/// `s3.public.endpoint` (`S3_PUBLIC_ENDPOINT`, default the endpoint), `s3.region`
/// (`S3_REGION`, default `us-east-1`), `s3.bucket` (`S3_BUCKET`, default `rpc-export`),
/// `s3.access.key.id` (`S3_ACCESS_KEY_ID`) and `s3.secret.access.key`
/// (`S3_SECRET_ACCESS_KEY`, a secret), both required with an endpoint; `storage.dir`
/// (`STORAGE_DIR`, default `./var/storage`) without one.
package enum StorageConfiguration: Sendable, CustomStringConvertible {
    case s3(S3Configuration)
    case local(directory: String)

    /// The default folder of the local store.
    package static let defaultDirectory = "./var/storage"

    /// Reads the configuration; throws `ConfigurationValueError` naming the variable that is
    /// missing or invalid.
    package init(reader: ConfigReader) throws {
        guard let endpointText = reader.string(forKey: "s3.endpoint"), !endpointText.isEmpty else {
            self = .local(directory: reader.string(forKey: "storage.dir", default: Self.defaultDirectory))
            return
        }
        let endpoint = try Self.httpURL(endpointText, key: "s3.endpoint")
        let publicEndpoint = try reader.string(forKey: "s3.public.endpoint")
            .flatMap { $0.isEmpty ? nil : try Self.httpURL($0, key: "s3.public.endpoint") }
        let bucket = reader.string(forKey: "s3.bucket", default: "rpc-export")
        guard bucket.range(of: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", options: .regularExpression) != nil else {
            throw ConfigurationValueError(
                variable: ConfigReader.variableName(of: "s3.bucket"),
                problem: "is not a valid bucket name (got \"\(bucket)\")"
            )
        }
        let credentials = S3Credentials(
            accessKeyID: try reader.nonEmptyString(forKey: "s3.access.key.id"),
            secretAccessKey: try reader.nonEmptyString(forKey: "s3.secret.access.key", isSecret: true)
        )
        self = .s3(
            S3Configuration(
                endpoint: endpoint, publicEndpoint: publicEndpoint,
                region: reader.string(forKey: "s3.region", default: "us-east-1"), bucket: bucket,
                credentials: credentials
            )
        )
    }

    /// The store this configuration describes.
    package func makeStorage(logger: Logger) -> any ObjectStorage {
        switch self {
        case .s3(let configuration): S3Storage(configuration: configuration, logger: logger)
        case .local(let directory): LocalStorage(directory: directory)
        }
    }

    /// The store's kind and address; never a secret.
    package var description: String {
        switch self {
        case .s3(let configuration): configuration.description
        case .local(let directory): "local storage in \(directory)"
        }
    }

    /// `text` as an absolute `http` or `https` URL with a host.
    private static func httpURL(_ text: String, key: ConfigKey) throws -> URL {
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased()),
            url.host(percentEncoded: false)?.isEmpty == false, url.query == nil
        else {
            throw ConfigurationValueError(
                variable: ConfigReader.variableName(of: key),
                problem: "must be an http or https URL without query (got \"\(text)\")"
            )
        }
        return url
    }
}
