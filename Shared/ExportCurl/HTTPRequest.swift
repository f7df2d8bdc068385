package import Foundation

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
