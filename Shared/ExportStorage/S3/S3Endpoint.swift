import Foundation

/// The pieces of an endpoint URL that requests are built from.
struct S3Endpoint: Sendable {
    /// `http://127.0.0.1:5000`.
    let origin: String
    /// The `Host` header, with the port when one is given: `127.0.0.1:5000`.
    let host: String
    /// A path the endpoint is mounted under, without the trailing slash; usually empty.
    let basePath: String

    init(_ url: URL) {
        let name = url.host(percentEncoded: false) ?? ""
        let bracketed = name.contains(":") ? "[\(name)]" : name
        host = url.port.map { "\(bracketed):\($0)" } ?? bracketed
        origin = "\(url.scheme ?? "http")://\(host)"
        var path = url.path(percentEncoded: true)
        while path.hasSuffix("/") { path.removeLast() }
        basePath = path
    }

    /// The URL of an encoded path and query string (empty for none).
    func url(encodedPath: String, query: String) throws -> URL {
        guard let url = URL(string: origin + encodedPath + (query.isEmpty ? "" : "?" + query)) else {
            throw StorageError(code: .invalidKey, key: nil, message: "\(encodedPath) does not form a valid URL")
        }
        return url
    }

    /// The encoded path of the bucket, or of `key` in it.
    func encodedPath(bucket: String, key: String?) -> String {
        basePath + SigV4Encoding.encodePath("/" + bucket + (key.map { "/" + $0 } ?? ""))
    }
}
