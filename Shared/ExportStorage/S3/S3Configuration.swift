package import Foundation

/// How to reach the S3 bucket, and the sizes that shape uploads and listings.
package struct S3Configuration: Sendable, CustomStringConvertible {
    /// The address the services use, path-style: objects are at `{endpoint}/{bucket}/{key}`.
    package var endpoint: URL
    /// The address written into presigned URLs for clients (`S3_PUBLIC_ENDPOINT`).
    package var publicEndpoint: URL
    /// The signing region.
    package var region: String
    package var bucket: String
    package var credentials: S3Credentials
    /// Files larger than this are sent as a multipart upload.
    package var multipartThreshold: Int64
    /// The size of each part but the last; S3 requires at least 5 MiB.
    package var partSize: Int64
    /// The most keys asked for per listing request (S3 returns at most 1000).
    package var listPageSize: Int
    /// How failed calls and parts are tried again.
    package var retry: S3RetryPolicy

    /// 64 MiB, the default threshold and part size: 10,000 parts (S3's limit) cover 640 GiB.
    package static let defaultPartSize: Int64 = 64 << 20

    package init(
        endpoint: URL,
        publicEndpoint: URL? = nil,
        region: String = "us-east-1",
        bucket: String,
        credentials: S3Credentials,
        multipartThreshold: Int64 = defaultPartSize,
        partSize: Int64 = defaultPartSize,
        listPageSize: Int = 1000,
        retry: S3RetryPolicy = .standard
    ) {
        precondition(partSize > 0 && listPageSize > 0, "part size and page size must be positive")
        self.endpoint = endpoint
        self.publicEndpoint = publicEndpoint ?? endpoint
        self.region = region
        self.bucket = bucket
        self.credentials = credentials
        self.multipartThreshold = multipartThreshold
        self.partSize = partSize
        self.listPageSize = listPageSize
        self.retry = retry
    }

    /// The endpoints, region, bucket and access key ID; never the secret.
    package var description: String {
        "S3Configuration(endpoint: \(endpoint), publicEndpoint: \(publicEndpoint), region: \(region), "
            + "bucket: \(bucket), accessKeyID: \(credentials.accessKeyID))"
    }
}
