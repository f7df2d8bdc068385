import ExportCurl
import ExportLogging
import Foundation
package import Logging

/// Object storage in an S3 bucket, over libcurl, with path-style URLs and every request signed
/// with AWS Signature Version 4 by `SigV4Signer`.
///
/// Every request carries `x-amz-content-sha256` (the real hash of the body, or of the empty
/// body), and its query is written in SigV4's canonical form, so that what is signed is exactly
/// what is sent. Error answers become `StorageError` with S3's code; transient failures are
/// tried again (`S3RetryPolicy`), each part of a multipart upload on its own.
package struct S3Storage: ObjectStorage {
    let configuration: S3Configuration
    let signer: SigV4Signer
    let client: CurlHTTPClient
    let logger: Logger
    let endpoint: S3Endpoint

    package init(configuration: S3Configuration, logger: Logger) {
        self.configuration = configuration
        self.signer = SigV4Signer(credentials: configuration.credentials, region: configuration.region)
        self.client = CurlHTTPClient(logger: logger)
        self.logger = logger
        self.endpoint = S3Endpoint(configuration.endpoint)
    }
}

extension S3Storage {
    /// Sends `call` until it succeeds, fails for good or runs out of attempts; throws
    /// `StorageError` with S3's code unless the status is 2xx.
    func send(_ call: S3Call, responseBody: HTTPResponseBodyDestination = .memory) async throws -> HTTPResponse {
        try await withRetries(call) { try await sendOnce(call, responseBody: responseBody) }
    }

    /// Runs `body` (one try of `call`) again after each transient failure, as `S3RetryPolicy`
    /// says; the last failure is thrown.
    func withRetries<Result>(_ call: S3Call, _ body: () async throws -> Result) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch  where attempt < configuration.retry.maxAttempts && S3RetryPolicy.isTransient(error) {
                let delay = configuration.retry.delay(
                    afterAttempt: attempt, retryAfter: (error as? StorageError)?.retryAfter)
                logger.notice(
                    "S3 call failed, trying again",
                    metadata: .fields([
                        .httpMethod: call.method, .storageKey: call.key, .retryAttempt: attempt,
                        .retryDelayMilliseconds: delay, .error: error,
                    ]))
                try await Task.sleep(for: delay)
                attempt += 1
            }
        }
    }

    /// Signs and sends `call` once; throws `StorageError` with S3's code unless the status is 2xx.
    func sendOnce(_ call: S3Call, responseBody: HTTPResponseBodyDestination = .memory) async throws -> HTTPResponse {
        let path = endpoint.encodedPath(bucket: configuration.bucket, key: call.key)
        let signable = SigV4Request(
            method: call.method.rawValue, host: endpoint.host, encodedPath: path, query: call.query,
            headers: call.headers, payloadHash: call.payloadHash
        )
        let headers = signer.signedHeaders(for: signable, at: Date())
        let url = try endpoint.url(encodedPath: path, query: SigV4Encoding.canonicalQuery(call.query))
        let request = HTTPRequest(
            method: call.method, url: url,
            headers: HTTPHeaders(headers.sorted { $0.key < $1.key }.map { HTTPHeader(name: $0.key, value: $0.value) }),
            body: call.body, isCancellable: call.isCancellable
        )
        let response = try await client.execute(request, responseBody: responseBody)
        guard response.isSuccess else { throw StorageError(s3Response: response, key: call.key) }
        return response
    }
}

extension StorageError {
    /// The error of a non-2xx S3 answer: the code and message of its `<Error>` document, or the
    /// status number as code when there is none (answers to `HEAD` have no body).
    init(s3Response response: HTTPResponse, key: String?) {
        let retryAfter = response.headers["Retry-After"].flatMap { Int($0) }.map { Duration.seconds($0) }
        if let error = S3Responses.error(response.body) {
            self.init(
                code: Code(rawValue: error.code), key: key, status: response.status, message: error.message,
                retryAfter: retryAfter)
        } else {
            self.init(
                code: Code(rawValue: String(response.status)), key: key, status: response.status,
                message: "HTTP \(response.status) without an error document", retryAfter: retryAfter
            )
        }
    }
}
