import ExportLogging
import ExportPostgres
import Hummingbird
import Logging

/// Turns every failure into the error body of docs/api.md §1–2, as a response (so that the
/// access log and the request id see it): `APIError` as it is, the framework's own errors in
/// French under the code of their status (a known path with another method becoming 405 with
/// `Allow`), a wait for a database connection that timed out into 503 `unavailable` with
/// `Retry-After`, and anything else into an opaque 500 whose detail goes only to the log.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The methods of the router's paths, for 405.
    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            return try apiError(error, request: request, context: context).response(from: request, context: context)
        }
    }

    /// The API error that answers `error`.
    func apiError(_ error: any Error, request: Request, context: Context) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as any HTTPResponseError where error.status == .notFound:
            let methods = allowed.methods(for: request.uri.path)
            return methods.isEmpty || methods.contains(request.method) ? .notFound : .methodNotAllowed(methods)
        case let error as any HTTPResponseError: return FrameworkErrors.apiError(for: error.status)
        case let error as PostgresError where error.kind == .poolTimeout:
            context.logger.warning("no database connection came free", metadata: .fields([.error: error]))
            return .unavailable(retryAfterSeconds: 5)  // long enough for the requests ahead to end
        default:
            context.logger.error("request failed", metadata: .fields([.error: error]))
            return .internalError
        }
    }
}
