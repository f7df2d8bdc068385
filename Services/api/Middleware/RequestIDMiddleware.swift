import ExportLogging
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an identifier (docs/api.md §14): the caller's `X-Request-Id` when it is
/// 1 to 128 characters of `[A-Za-z0-9-._:~+/=]`, else a new UUID. The identifier replaces the
/// header of the request the inner layers see (so error bodies can quote it), goes into the
/// request logger's metadata as `request.id`, and comes back on every response.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let id = RequestID.identifier(sent: request.headers[.requestID])
        var head = request.head
        head.headerFields[.requestID] = id
        var context = context
        context.logger[metadataKey: .requestID] = .string(id)
        var response = try await next(Request(head: head, body: request.body), context)
        response.headers[.requestID] = id
        return response
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`, the identifier of a request in the logs and in error bodies.
    static let requestID = HTTPField.Name("X-Request-Id")!
}
