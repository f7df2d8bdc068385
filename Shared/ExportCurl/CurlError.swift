/// A failure reported by libcurl. The `CURLcode` number is kept as data (`code`); libcurl's
/// detailed message is in `debugDescription`.
package struct CurlError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// A `CURLcode` number; the constants name the ones callers commonly react to.
    package struct Code: RawRepresentable, Hashable, Sendable {
        package let rawValue: Int

        package init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// `CURLE_FAILED_INIT`: a handle could not be created.
        package static let failedInit = Code(rawValue: 2)
        /// `CURLE_COULDNT_RESOLVE_HOST`.
        package static let couldNotResolveHost = Code(rawValue: 6)
        /// `CURLE_COULDNT_CONNECT`.
        package static let couldNotConnect = Code(rawValue: 7)
        /// `CURLE_WRITE_ERROR`: the response body could not be stored.
        package static let writeError = Code(rawValue: 23)
        /// `CURLE_READ_ERROR`: the request body could not be read.
        package static let readError = Code(rawValue: 26)
        /// `CURLE_OPERATION_TIMEDOUT`: a connect, total or stall time-out expired.
        package static let operationTimedOut = Code(rawValue: 28)
        /// `CURLE_ABORTED_BY_CALLBACK`.
        package static let abortedByCallback = Code(rawValue: 42)
    }

    /// What libcurl returned.
    package let code: Code
    /// libcurl's message for this transfer (its error buffer), or the generic text of the code.
    package let detail: String

    /// Creates an error; `detail` should never contain credentials.
    package init(code: Code, detail: String) {
        self.code = code
        self.detail = detail
    }

    /// `curl error 28`.
    package var description: String { "curl error \(code.rawValue)" }

    /// `curl error 28: Operation timed out after 1000 milliseconds with 0 bytes received`.
    package var debugDescription: String { "\(description): \(detail)" }
}
