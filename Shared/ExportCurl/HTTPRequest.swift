public import Foundation

/// An HTTP method; the constants cover what the services send.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let delete = HTTPMethod(rawValue: "DELETE")

    /// Whether a request with this method carries a body (with `Content-Length: 0` when empty).
    var sendsBody: Bool { self == .put || self == .post || self == .patch }

    public var description: String { rawValue }
}

/// Where a request's body comes from.
public enum HTTPRequestBody: Sendable {
    /// No body.
    case empty
    /// Bytes already in memory.
    case data(Data)
    /// `length` bytes of the file at `path` from byte `offset`, read while they are sent, so that
    /// a file of any size is never loaded into memory (one part of a multipart upload is a region).
    case file(path: String, offset: Int64, length: Int64)

    /// The number of bytes sent.
    public var length: Int64 {
        switch self {
        case .empty: 0
        case .data(let data): Int64(data.count)
        case .file(_, _, let length): length
        }
    }
}

/// How long a transfer may take.
public struct HTTPTimeouts: Sendable {
    /// The longest wait for the connection (and TLS handshake) to be made.
    public var connect: Duration
    /// The longest the whole transfer may take; nil for no limit (large uploads).
    public var total: Duration?
    /// A transfer that moves no byte for this long is abandoned, which catches a dead peer when
    /// there is no total limit.
    public var stall: Duration

    public init(connect: Duration = .seconds(10), total: Duration? = nil, stall: Duration = .seconds(60)) {
        self.connect = connect
        self.total = total
        self.stall = stall
    }
}

/// One HTTP request for `CurlHTTPClient`.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var url: URL
    /// Extra headers. `Host`, `Content-Length` and `Accept` are added by libcurl unless given here.
    public var headers: HTTPHeaders
    public var body: HTTPRequestBody
    public var timeouts: HTTPTimeouts
    /// Whether cancelling the calling task abandons the transfer. Clean-up requests that must
    /// reach the server even while their task is being cancelled (aborting a multipart upload
    /// after a failure) set it to false.
    public var isCancellable: Bool

    public init(
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
