import Hummingbird
import Logging

/// Turns every failure into the error body of docs/api.md §1–2: `APIError` as it is, Hummingbird's
/// own errors (unknown route, body too large) under the code of their status, and anything else
/// into an opaque 500 whose detail goes only to the log.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as any HTTPResponseError {
            throw Self.translate(error.status)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            throw APIError.internalError
        }
    }

    /// The API error for a status Hummingbird chose.
    static func translate(_ status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound, .methodNotAllowed: .notFound
        case .contentTooLarge: .payloadTooLarge
        case .unauthorized: .unauthorized()
        case .badRequest: .validation(field: "body", "requête mal formée")
        default:
            APIError(
                status: status, code: status.code >= 500 ? "internal" : "validation_failed",
                message: status.reasonPhrase)
        }
    }
}
