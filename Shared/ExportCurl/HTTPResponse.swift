package import Foundation

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
