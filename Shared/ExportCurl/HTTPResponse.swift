package import Foundation

/// Where a response's body goes.
package enum HTTPResponseBodyDestination: Sendable {
    /// Collected in `HTTPResponse.body`.
    case memory
    /// Written to the file at `path` (created or truncated) as it arrives, when the status is
    /// 2xx; any other status keeps its (small) error document in `HTTPResponse.body` instead, so
    /// that the caller can read the reason. The file is removed if the transfer fails.
    case file(path: String)
}

/// The final response of a transfer.
package struct HTTPResponse: Sendable {
    /// The HTTP status code.
    package let status: Int
    /// The header fields of the final response (those of an interim `100 Continue` are dropped).
    package let headers: HTTPHeaders
    /// The body, unless it was written to a file.
    package let body: Data

    package init(status: Int, headers: HTTPHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Whether the status is 2xx.
    package var isSuccess: Bool { (200..<300).contains(status) }
}
