import Foundation

/// An HTTP method; the constants cover what the services send.
package struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    package static let get = HTTPMethod(rawValue: "GET")
    package static let head = HTTPMethod(rawValue: "HEAD")
    package static let put = HTTPMethod(rawValue: "PUT")
    package static let post = HTTPMethod(rawValue: "POST")
    package static let patch = HTTPMethod(rawValue: "PATCH")
    package static let delete = HTTPMethod(rawValue: "DELETE")

    /// Whether a request with this method carries a body (with `Content-Length: 0` when empty).
    var sendsBody: Bool { self == .put || self == .post || self == .patch }

    package var description: String { rawValue }
}
