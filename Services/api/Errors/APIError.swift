import Foundation
import Hummingbird

/// A failure the client is told about: an HTTP status, a stable `code` and a French message,
/// served as the one error body of docs/api.md §1–2.
struct APIError: HTTPResponseError, Equatable {
    /// A field that failed validation, and why.
    struct Detail: Codable, Equatable {
        /// The JSON field (`end_at`, `recipients[2]`…).
        var field: String
        /// Why, in French.
        var message: String
    }

    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The stable code (`validation_failed`, `not_found`…).
    let code: String
    /// A French sentence for people.
    let message: String
    /// The fields at fault, for `validation_failed`.
    var details: [Detail] = []
    /// Extra headers (`Retry-After`).
    var headers: HTTPFields = [:]

    /// A 401 with its `WWW-Authenticate` challenge (RFC 6750 §3): without a message, no
    /// credentials were sent; with one, credentials were sent and refused (`invalid_token`).
    static func unauthorized(_ message: String? = nil) -> APIError {
        let challenge = #"Bearer realm="rpc-export""# + (message == nil ? "" : #", error="invalid_token""#)
        return APIError(
            status: .unauthorized, code: "unauthorized", message: message ?? "authentification requise",
            headers: [.wwwAuthenticate: challenge])
    }
    static func forbidden(_ message: String) -> APIError {
        APIError(status: .forbidden, code: "forbidden", message: message)
    }
    static let notFound = APIError(status: .notFound, code: "not_found", message: "ressource introuvable")
    /// A 405 for a known path asked with another method; `Allow` lists the methods it answers.
    static func methodNotAllowed(_ methods: [HTTPRequest.Method]) -> APIError {
        let list = methods.map(\.rawValue).joined(separator: ", ")
        return APIError(
            status: .methodNotAllowed, code: "method_not_allowed",
            message: "méthode non autorisée sur ce chemin (méthodes acceptées : \(list))", headers: [.allow: list])
    }
    static func conflict(_ message: String) -> APIError {
        APIError(status: .conflict, code: "conflict", message: message)
    }
    static func gone(_ message: String) -> APIError { APIError(status: .gone, code: "gone", message: message) }
    static let payloadTooLarge = APIError(
        status: .contentTooLarge, code: "payload_too_large", message: "le corps de la requête est trop volumineux")
    static let internalError = APIError(status: .internalServerError, code: "internal", message: "erreur interne")
    /// A row count cut by `DATABASE_STATEMENT_TIMEOUT`: the selection, not the server, is at fault.
    static let selectionTooHeavy = APIError(
        status: .serviceUnavailable, code: "selection_too_heavy",
        message:
            "la sélection est trop lourde pour être comptée à temps : réduisez la période, les opérateurs ou les communes"
    )

    /// A 400 naming the fields at fault; the message is the first detail's.
    static func validation(_ details: [Detail]) -> APIError {
        let first = details.first.map { "\($0.field) \($0.message)" } ?? "requête invalide"
        return APIError(status: .badRequest, code: "validation_failed", message: first, details: details)
    }

    /// A 400 for one field.
    static func validation(field: String, _ message: String) -> APIError {
        validation([Detail(field: field, message: message)])
    }

    /// A 429 telling when to come back.
    static func rateLimited(_ message: String, retryAfterSeconds: Int) -> APIError {
        APIError(
            status: .tooManyRequests, code: "rate_limited", message: message,
            headers: [.retryAfter: String(max(1, retryAfterSeconds))])
    }

    /// A 503 telling when to come back: no database connection came free in time
    /// (`DATABASE_POOL_TIMEOUT`); nothing was done, the same request may be sent again.
    static func unavailable(retryAfterSeconds: Int) -> APIError {
        APIError(
            status: .serviceUnavailable, code: "unavailable",
            message: "service momentanément surchargé, réessayez dans quelques secondes",
            headers: [.retryAfter: String(max(1, retryAfterSeconds))])
    }

    /// The JSON error body, with the request's id (`RequestIDMiddleware`) for support.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let content = ErrorBody.Content(
            code: code, message: message, details: details, requestID: request.headers[.requestID])
        var response = try JSONResponse.make(ErrorBody(error: content), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func == (lhs: APIError, rhs: APIError) -> Bool {
        lhs.status == rhs.status && lhs.code == rhs.code && lhs.message == rhs.message && lhs.details == rhs.details
    }
}
