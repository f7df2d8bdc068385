public import Foundation

/// Where a response's body goes.
public enum HTTPResponseBodyDestination: Sendable {
    /// Collected in `HTTPResponse.body`.
    case memory
    /// Written to the file at `path` (created or truncated) as it arrives, when the status is
    /// 2xx; any other status keeps its (small) error document in `HTTPResponse.body` instead, so
    /// that the caller can read the reason. The file is removed if the transfer fails.
    case file(path: String)
}

/// The final response of a transfer.
public struct HTTPResponse: Sendable {
    /// The HTTP status code.
    public let status: Int
    /// The header fields of the final response (those of an interim `100 Continue` are dropped).
    public let headers: HTTPHeaders
    /// The body, unless it was written to a file.
    public let body: Data

    public init(status: Int, headers: HTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    public var isSuccess: Bool { (200..<300).contains(status) }
}
