import ExportLogging
import Hummingbird
import Logging

/// Writes exactly one `request` line per request (docs/api.md §14): method, route template,
/// status, duration in milliseconds and, where there is one, the export's uuid (of the path, or of
/// the `Location` of a 201); the request id comes with the request logger's metadata. Never the
/// query, a header, a token or an address.
/// It sits inside `RequestIDMiddleware` and outside `ErrorMiddleware`, so it sees every answer,
/// errors included, as a response.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        var status = HTTPResponse.Status.internalServerError
        var created: String?
        defer {
            context.logger.info(
                "request",
                metadata: .fields([
                    .httpMethod: request.method.rawValue, .httpRoute: context.endpointPath ?? "-",
                    .httpStatus: status.code, .durationMilliseconds: ContinuousClock.now - start,
                    .exportUUID: context.parameters.get("uuid") ?? created,
                ]))
        }
        let response = try await next(request, context)
        status = response.status
        if status == .created {
            created = response.headers[.location].flatMap { $0.split(separator: "/").last.map(String.init) }
        }
        return response
    }
}
