/// The shared parts of the OpenAPI document: the headers, parameters and error responses that
/// every operation refers to (docs/api.md §2, §8, §9, §14).
enum OpenAPIComponents {
    /// An error response: its component name, status, code, an example message, and the header
    /// it carries besides `X-Request-Id` (its name and its component).
    private typealias ErrorResponse = (
        name: String, status: Int, code: String, message: String, header: (name: String, component: String)?
    )

    /// The error responses.
    private static let errors: [ErrorResponse] = [
        ("BadRequest", 400, "validation_failed", "end_at doit être postérieur à start_at", nil),
        ("Unauthorized", 401, "unauthorized", "authentification requise", ("WWW-Authenticate", "WWWAuthenticate")),
        ("Forbidden", 403, "forbidden", "created_by est réservé aux administrateurs", nil),
        ("NotFound", 404, "not_found", "ressource introuvable", nil),
        ("Conflict", 409, "conflict", "un export success ne peut plus être annulé", nil),
        ("Gone", 410, "gone", "l'export a expiré", nil),
        ("PayloadTooLarge", 413, "payload_too_large", "le corps de la requête est trop volumineux", nil),
        (
            "TooManyRequests", 429, "rate_limited", "trop de requêtes : réessayez dans 12 s",
            ("Retry-After", "RetryAfter")
        ),
        ("Internal", 500, "internal", "erreur interne", nil),
        (
            "Unavailable", 503, "unavailable", "service momentanément surchargé, réessayez dans quelques secondes",
            ("Retry-After", "RetryAfterOptional")
        ),
    ]

    /// `components.responses`: one per error status, each with the error body and an example.
    static let responses: String = {
        let items = errors.map { error in
            let extra =
                error.header.map { ##", "\##($0.name)": {"$ref": "#/components/headers/\##($0.component)"}"## } ?? ""
            return #"""
                "\#(error.name)": {"description": "\#(error.code)",
                  "headers": {"X-Request-Id": {"$ref": "#/components/headers/XRequestId"}\#(extra)},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"},
                    "example": {"error": {"code": "\#(error.code)", "message": "\#(error.message)", "details": [],
                                          "request_id": "5f0c2a9e-7d1b-4c1e-9a43-1f2b3c4d5e6f"}}}}}
                """#
        }
        return "{" + items.joined(separator: ",\n") + "}"
    }()

    /// The component names of the errors an operation may answer, given by status.
    static func errorResponses(_ statuses: [Int]) -> String {
        errors.filter { statuses.contains($0.status) }
            .map { ##""\##($0.status)": {"$ref": "#/components/responses/\##($0.name)"}"## }.joined(separator: ", ")
    }

    /// `components.headers`.
    static let headers = #"""
        {
          "XRequestId": {"description": "Identifiant de la requête : celui envoyé s'il est valide, sinon un nouveau",
            "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z0-9._:~+/=-]{1,128}$"}},
          "Location": {"description": "Chemin de l'export", "required": true, "schema": {"type": "string"}},
          "RetryAfter": {"description": "Secondes à attendre", "required": true, "schema": {"type": "string", "pattern": "^[1-9][0-9]*$"}},
          "RetryAfterOptional": {"description": "Secondes à attendre, quand réessayer a un sens", "schema": {"type": "string", "pattern": "^[1-9][0-9]*$"}},
          "WWWAuthenticate": {"description": "Défi Bearer (RFC 6750), avec error=\"invalid_token\" pour un jeton refusé",
            "required": true, "schema": {"type": "string"}},
          "IdempotentReplayed": {"description": "true quand la réponse est celle d'une première requête identique",
            "schema": {"const": "true"}}
        }
        """#

    /// `components.parameters`.
    static let parameters = #"""
        {
          "uuid": {"name": "uuid", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
          "IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "description": "Clé d'idempotence (24 h, par utilisateur)",
            "schema": {"type": "string", "minLength": 1, "maxLength": 255}},
          "XRequestId": {"name": "X-Request-Id", "in": "header",
            "description": "Identifiant de corrélation repris dans la réponse s'il compte 1 à 128 caractères parmi A-Z a-z 0-9 - . _ : ~ + / =, remplacé sinon",
            "schema": {"type": "string"}},
          "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}},
          "cursor": {"name": "cursor", "in": "query", "description": "next_cursor de la page précédente",
            "schema": {"type": "string", "pattern": "^[0-9]{1,18}-[1-9][0-9]{0,17}$"}}
        }
        """#
}
