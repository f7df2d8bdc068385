import Hummingbird

/// The API errors of the statuses Hummingbird raises itself (docs/api.md §2): the same body and
/// a French message as the API's own errors, never the English reason phrase.
enum FrameworkErrors {
    /// The API error for a status the framework chose.
    static func apiError(for status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound: .notFound
        case .contentTooLarge: .payloadTooLarge
        case .unauthorized: .unauthorized()
        case .badRequest: .validation(field: "body", "requête mal formée")
        default:
            APIError(
                status: status, code: status.code >= 500 ? "internal" : "validation_failed",
                message: message(for: status))
        }
    }

    /// A French sentence for a status without an API error of its own.
    private static func message(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 408: "la requête a mis trop de temps à arriver"
        case 411: "l'en-tête Content-Length est requis"
        case 415: "type de contenu non pris en charge"
        case 417: "attente (Expect) non prise en charge"
        case 431: "en-têtes de requête trop volumineux"
        case 400..<500: "requête refusée"
        case 501: "méthode non prise en charge"
        default: "erreur interne"
        }
    }
}
