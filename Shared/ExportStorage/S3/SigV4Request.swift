/// What AWS Signature Version 4 signs of a request.
package struct SigV4Request: Sendable {
    /// `GET`, `PUT`…
    package var method: String
    /// The `Host` header exactly as sent, with the port when it is not the scheme's default.
    package var host: String
    /// The path, already encoded with `SigV4Encoding.encodePath` (S3 encodes it only once).
    package var encodedPath: String
    /// The query, unencoded; the signer sorts and encodes it.
    package var query: [QueryParameter]
    /// Other headers to sign (e.g. `content-type`), by name; `host` is always signed, and
    /// `signedHeaders(for:at:)` adds `x-amz-date` and `x-amz-content-sha256`.
    package var headers: [String: String]
    /// The lowercase hex SHA-256 of the body, or `SigV4Signer.unsignedPayload`.
    package var payloadHash: String

    package init(
        method: String,
        host: String,
        encodedPath: String,
        query: [QueryParameter] = [],
        headers: [String: String] = [:],
        payloadHash: String
    ) {
        self.method = method
        self.host = host
        self.encodedPath = encodedPath
        self.query = query
        self.headers = headers
        self.payloadHash = payloadHash
    }
}
