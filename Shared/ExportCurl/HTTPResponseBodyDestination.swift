import Foundation

/// Where a response's body goes.
package enum HTTPResponseBodyDestination: Sendable {
    /// Collected in `HTTPResponse.body`.
    case memory
    /// Written to the file at `path` (created or truncated) as it arrives, when the status is
    /// 2xx; any other status keeps its (small) error document in `HTTPResponse.body` instead, so
    /// that the caller can read the reason. The file is removed if the transfer fails.
    case file(path: String)
}
