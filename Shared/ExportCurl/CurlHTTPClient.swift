import CCurl
import ExportLogging
import ExportTime
import Foundation
package import Logging

/// An HTTP/1.1 client over libcurl: bodies from memory or streamed from a file, responses into
/// memory or streamed to a file, time-outs and cancellation.
///
/// Each request gets its own easy handle on its own thread (see `runOnDedicatedThread`), as
/// `curl_easy_perform` blocks. Only `http` and `https` URLs are followed; redirects are not.
package struct CurlHTTPClient: Sendable {
    private let logger: Logger

    /// Creates a client that logs each exchange (method, host, path, status, duration) at
    /// debug level; never query strings or headers, which may carry signatures.
    package init(logger: Logger = Logger(label: "rpc-export.http")) {
        self.logger = logger
    }

    /// Sends `request` and returns the final response, whatever its status.
    ///
    /// Throws `CurlError` when no response could be had (connection, time-out), the error of
    /// the file system when the body file cannot be read or the destination written, and
    /// `CancellationError` when the task was cancelled and the request is cancellable.
    package func execute(
        _ request: HTTPRequest,
        responseBody destination: HTTPResponseBodyDestination = .memory
    ) async throws -> HTTPResponse {
        try await execute(request, form: nil, responseBody: destination)
    }

    /// Sends `request`, with `form` as its body when given (see `execute(_:form:responseBody:)`).
    func execute(
        _ request: HTTPRequest,
        form: MultipartForm?,
        responseBody destination: HTTPResponseBodyDestination
    ) async throws -> HTTPResponse {
        let cancellation = TransferCancellation()
        let start = ContinuousClock.now
        let response = try await withTaskCancellationHandler {
            try await runOnDedicatedThread(named: "curl-transfer") {
                try Self.perform(request, form: form, into: destination, cancellation: cancellation)
            }
        } onCancel: {
            if request.isCancellable { cancellation.cancel() }
        }
        logger.debug(
            "HTTP exchange",
            metadata: .fields([
                .httpMethod: request.method, .httpHost: request.url.host, .httpPath: request.url.path,
                .httpStatus: response.status, .durationMilliseconds: ContinuousClock.now - start,
            ])
        )
        return response
    }

    /// Runs one transfer to its end on the calling thread.
    private static func perform(
        _ request: HTTPRequest,
        form: MultipartForm?,
        into destination: HTTPResponseBodyDestination,
        cancellation: TransferCancellation
    ) throws -> HTTPResponse {
        let handle = try CurlEasyHandle()
        let transfer = Transfer(
            bodyReader: try RequestBodyReader(request.body),
            response: ResponseCollector(destination: destination),
            cancellation: cancellation
        )
        try configure(handle, for: request)
        if let form {
            handle.form = try CurlMimeForm(form, on: handle)
            if request.method != .post { try handle.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue) }
        }
        try transfer.attach(to: handle)
        do {
            try withExtendedLifetime(transfer) { try handle.perform() }
            try transfer.response.finish()
        } catch {
            transfer.response.discard()
            if cancellation.isCancelled { throw CancellationError() }
            throw transfer.callbackFailure ?? error
        }
        return HTTPResponse(
            status: try handle.responseCode(),
            headers: transfer.response.headers,
            body: transfer.response.body
        )
    }

    /// Sets the URL, method, headers and time-outs of `request` on `handle`.
    private static func configure(_ handle: CurlEasyHandle, for request: HTTPRequest) throws {
        try handle.set(CURLOPT_URL, request.url.absoluteString)
        try handle.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try handle.set(CURLOPT_TCP_KEEPALIVE, 1)
        try handle.set(CURLOPT_CONNECTTIMEOUT_MS, request.timeouts.connect.wholeMilliseconds)
        try handle.set(CURLOPT_TIMEOUT_MS, request.timeouts.total?.wholeMilliseconds ?? 0)
        try handle.set(CURLOPT_LOW_SPEED_LIMIT, 1)
        try handle.set(CURLOPT_LOW_SPEED_TIME, max(1, request.timeouts.stall.wholeMilliseconds / 1000))
        switch request.method {
        case .get:
            try handle.set(CURLOPT_HTTPGET, 1)
        case .head:
            try handle.set(CURLOPT_NOBODY, 1)
        case _ where request.method.sendsBody || request.body.length > 0:
            try handle.set(CURLOPT_UPLOAD, 1)
            try handle.set(CURLOPT_INFILESIZE_LARGE, size: request.body.length)
            if request.method != .put { try handle.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue) }
        default:
            try handle.set(CURLOPT_CUSTOMREQUEST, request.method.rawValue)
        }
        try handle.setHeaderLines(request.headers.map(headerLine))
    }

    /// `Name: value` for libcurl.
    ///
    /// An empty value is refused: libcurl reads `Name:` as "remove this header", so a header
    /// signed with an empty value would not be sent as signed. For the same reason libcurl's own
    /// `Expect: 100-continue` on uploads is never removed with `Expect:`; it is kept, and helps:
    /// S3 (and moto) answer `100 Continue` at once, and refuse a bad request (signature,
    /// missing bucket) before its body is sent.
    private static func headerLine(_ header: HTTPHeader) -> String {
        precondition(!header.value.isEmpty, "header \(header.name) has an empty value, which libcurl reads as 'remove'")
        return "\(header.name): \(header.value)"
    }
}
