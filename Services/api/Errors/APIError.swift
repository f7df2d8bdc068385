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

    static func unauthorized(_ message: String = "authentification requise") -> APIError {
        APIError(status: .unauthorized, code: "unauthorized", message: message)
    }
    static func forbidden(_ message: String) -> APIError {
        APIError(status: .forbidden, code: "forbidden", message: message)
    }
    static let notFound = APIError(status: .notFound, code: "not_found", message: "ressource introuvable")
    static func conflict(_ message: String) -> APIError {
        APIError(status: .conflict, code: "conflict", message: message)
    }
    static func gone(_ message: String) -> APIError { APIError(status: .gone, code: "gone", message: message) }
    static let payloadTooLarge = APIError(
        status: .contentTooLarge, code: "payload_too_large", message: "le corps de la requête est trop volumineux")
    static let internalError = APIError(status: .internalServerError, code: "internal", message: "erreur interne")

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

    /// The JSON error body.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try JSONResponse.make(
            ErrorBody(error: .init(code: code, message: message, details: details)), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    static func == (lhs: APIError, rhs: APIError) -> Bool {
        lhs.status == rhs.status && lhs.code == rhs.code && lhs.message == rhs.message && lhs.details == rhs.details
    }
}

/// `{"error": {"code", "message", "details"}}`.
struct ErrorBody: Codable {
    /// The inner object.
    struct Content: Codable {
        var code: String
        var message: String
        var details: [APIError.Detail]
    }
    var error: Content
}
