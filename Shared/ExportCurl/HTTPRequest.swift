package import Foundation

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

/// Where a request's body comes from.
package enum HTTPRequestBody: Sendable {
    /// No body.
    case empty
    /// Bytes already in memory.
    case data(Data)
    /// `length` bytes of the file at `path` from byte `offset`, read while they are sent, so that
    /// a file of any size is never loaded into memory (one part of a multipart upload is a region).
    case file(path: String, offset: Int64, length: Int64)

    /// The number of bytes sent.
    package var length: Int64 {
        switch self {
        case .empty: 0
        case .data(let data): Int64(data.count)
        case .file(_, _, let length): length
        }
    }
}

/// How long a transfer may take.
package struct HTTPTimeouts: Sendable {
    /// The longest wait for the connection (and TLS handshake) to be made.
    package var connect: Duration
    /// The longest the whole transfer may take; nil for no limit (large uploads).
    package var total: Duration?
    /// A transfer that moves no byte for this long is abandoned, which catches a dead peer when
    /// there is no total limit.
    package var stall: Duration

    package init(connect: Duration = .seconds(10), total: Duration? = nil, stall: Duration = .seconds(60)) {
        self.connect = connect
        self.total = total
        self.stall = stall
    }
}

/// One HTTP request for `CurlHTTPClient`.
package struct HTTPRequest: Sendable {
    package var method: HTTPMethod
    package var url: URL
    /// Extra headers. `Host`, `Content-Length` and `Accept` are added by libcurl unless given here.
    package var headers: HTTPHeaders
    package var body: HTTPRequestBody
    package var timeouts: HTTPTimeouts
    /// Whether cancelling the calling task abandons the transfer. Clean-up requests that must
    /// reach the server even while their task is being cancelled (aborting a multipart upload
    /// after a failure) set it to false.
    package var isCancellable: Bool

    package init(
        method: HTTPMethod,
        url: URL,
        headers: HTTPHeaders = HTTPHeaders(),
        body: HTTPRequestBody = .empty,
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        isCancellable: Bool = true
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.isCancellable = isCancellable
    }
}
