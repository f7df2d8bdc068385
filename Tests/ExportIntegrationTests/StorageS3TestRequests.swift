import ExportCurl
import ExportStorage
import Foundation

/// Signed S3 requests that `ObjectStorage` does not offer, for setting up tests: creating the
/// bucket, and beginning a multipart upload that nobody finishes (as a process that died would).
struct S3TestRequests {
    let configuration: S3Configuration

    /// Creates the bucket; one that exists already is fine.
    func createBucket() async throws {
        let response = try await send(.put, path: "/\(configuration.bucket)")
        guard response.isSuccess || response.status == 409 else {
            throw TestRequestFailure(response: response)
        }
    }

    /// Begins a multipart upload of `key` and returns its identifier.
    func beginUpload(key: String) async throws -> String {
        let response = try await send(
            .post, path: "/\(configuration.bucket)/\(key)", query: [QueryParameter("uploads")])
        guard response.isSuccess, let text = String(data: response.body, encoding: .utf8),
            let start = text.range(of: "<UploadId>"), let end = text.range(of: "</UploadId>")
        else { throw TestRequestFailure(response: response) }
        return String(text[start.upperBound..<end.lowerBound])
    }

    private func send(_ method: HTTPMethod, path: String, query: [QueryParameter] = []) async throws -> HTTPResponse {
        let endpoint = configuration.endpoint
        guard let scheme = endpoint.scheme, let name = endpoint.host() else { throw URLError(.badURL) }
        let host = endpoint.port.map { "\(name):\($0)" } ?? name
        let request = SigV4Request(
            method: method.rawValue, host: host, encodedPath: SigV4Encoding.encodePath(path), query: query,
            payloadHash: SigV4Signer.emptyPayloadHash
        )
        let headers = SigV4Signer(credentials: configuration.credentials, region: configuration.region)
            .signedHeaders(for: request, at: Date())
        let queryText = query.isEmpty ? "" : "?" + SigV4Encoding.canonicalQuery(query)
        guard let url = URL(string: "\(scheme)://\(host)\(request.encodedPath)\(queryText)") else {
            throw URLError(.badURL)
        }
        let fields = headers.map { HTTPHeader(name: $0.key, value: $0.value) }
        return try await CurlHTTPClient().execute(HTTPRequest(method: method, url: url, headers: HTTPHeaders(fields)))
    }
}

/// A set-up request that S3 refused.
struct TestRequestFailure: Error, CustomStringConvertible {
    let response: HTTPResponse
    var description: String { "HTTP \(response.status): \(String(decoding: response.body, as: UTF8.self))" }
}
