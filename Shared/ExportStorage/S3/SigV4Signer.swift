import ExportCrypto
package import Foundation

/// AWS Signature Version 4 for one service and region: a pure computation, from the request
/// and the time to the headers (or query) that authenticate it.
///
/// See "Create a signed AWS API request" in the AWS IAM guide: canonical request, string to
/// sign, signing key derived from the secret and the day, signature.
package struct SigV4Signer: Sendable {
    /// The algorithm name written into signatures.
    package static let algorithm = "AWS4-HMAC-SHA256"
    /// The payload hash of a body that is not signed (presigned URLs).
    package static let unsignedPayload = "UNSIGNED-PAYLOAD"
    /// The SHA-256 of an empty body.
    package static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    package let credentials: S3Credentials
    package let region: String
    package let service: String

    package init(credentials: S3Credentials, region: String, service: String = "s3") {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The headers that must be sent with `request` at `date`: its own signed headers plus
    /// `host`, `x-amz-date`, `x-amz-content-sha256` and `authorization`, by lowercase name.
    package func signedHeaders(for request: SigV4Request, at date: Date) -> [String: String] {
        let timestamp = SigV4Timestamp(date)
        var signed = request
        signed.headers["x-amz-date"] = timestamp.basic
        signed.headers["x-amz-content-sha256"] = request.payloadHash
        let headers = Self.headersToSign(signed)
        let authorization =
            "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope(timestamp)), "
            + "SignedHeaders=\(Self.signedHeaderNames(headers)), "
            + "Signature=\(signature(of: canonicalRequest(signed), at: timestamp))"
        return headers.merging(["authorization": authorization]) { _, new in new }
    }

    /// The canonical request: method, path, sorted query, sorted `name:value` lines of the
    /// request's headers and `host`, the list of signed header names and the payload hash.
    package func canonicalRequest(_ request: SigV4Request) -> String {
        let headers = Self.headersToSign(request)
        let headerLines =
            headers
            .map { ($0.key, Self.normalizedHeaderValue($0.value)) }
            .sorted { $0.0 < $1.0 }
            .map { "\($0.0):\($0.1)\n" }
            .joined()
        return [
            request.method, request.encodedPath, SigV4Encoding.canonicalQuery(request.query), headerLines,
            Self.signedHeaderNames(headers), request.payloadHash,
        ].joined(separator: "\n")
    }

    /// The string to sign: algorithm, timestamp, credential scope and the hash of the
    /// canonical request.
    package func stringToSign(canonicalRequest: String, at timestamp: SigV4Timestamp) -> String {
        let hash = Hex.encode(SHA256.hash(utf8: canonicalRequest))
        return [Self.algorithm, timestamp.basic, scope(timestamp), hash].joined(separator: "\n")
    }

    /// The key of one day: HMAC chain of the day, region, service and `aws4_request` under
    /// `AWS4` + secret.
    package func signingKey(day: String) -> [UInt8] {
        let secret = Array("AWS4\(credentials.secretAccessKey)".utf8)
        return [day, region, service, "aws4_request"].reduce(secret) { key, part in
            HMACSHA256.authenticate(key: key, utf8: part)
        }
    }

    /// The lowercase hex signature of a canonical request.
    func signature(of canonicalRequest: String, at timestamp: SigV4Timestamp) -> String {
        let toSign = stringToSign(canonicalRequest: canonicalRequest, at: timestamp)
        return Hex.encode(HMACSHA256.authenticate(key: signingKey(day: timestamp.day), utf8: toSign))
    }

    /// `20250115/us-east-1/s3/aws4_request`.
    func scope(_ timestamp: SigV4Timestamp) -> String {
        "\(timestamp.day)/\(region)/\(service)/aws4_request"
    }

    /// The request's headers by lowercase name, with `host`.
    private static func headersToSign(_ request: SigV4Request) -> [String: String] {
        var headers = Dictionary(request.headers.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        headers["host"] = request.host
        return headers
    }

    /// The sorted names joined by `;`.
    private static func signedHeaderNames(_ headers: [String: String]) -> String {
        headers.keys.sorted().joined(separator: ";")
    }

    /// A header value trimmed, with inner runs of spaces reduced to one.
    private static func normalizedHeaderValue(_ value: String) -> String {
        value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
