/// The `paths` of the OpenAPI document (docs/api.md §4): one `operationId` per operation, every
/// error status it may answer, the headers, and the `links` from a create to the operations on
/// the new export.
enum OpenAPIPaths {
    /// The `paths` object.
    static let text = """
        {
          "/v1/exports": {
            "get": {"operationId": "listExports", "summary": "Liste des exports", "parameters": [
                {"name": "scope", "in": "query", "schema": {"enum": ["own", "organisation"]}},
                {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
                {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/cursor"},
                {"name": "created_by", "in": "query", "description": "administrateurs seulement",
                 "schema": {"type": "string"}}, \(requestID)],
              "responses": {"200": \(json("ExportPage")), \(errors(400, 401, 403, 500, 503))}},
            "post": {"operationId": "createExport", "summary": "Commander un export",
              "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}, \(requestID)],
              "requestBody": \(body("CreateExport", required: true)),
              "responses": {"201": {"description": "Export créé (ou réponse rejouée sous la même Idempotency-Key)",
                  "headers": {"Location": {"$ref": "#/components/headers/Location"}, \(requestIDHeader),
                    "Idempotent-Replayed": {"$ref": "#/components/headers/IdempotentReplayed"}},
                  "content": \(content("Export")), "links": \(createLinks)},
                \(errors(400, 401, 403, 409, 413, 429, 500, 503))}}
          },
          "/v1/exports/estimate": {
            "post": {"operationId": "estimateExport", "summary": "Estimer le nombre de lignes", "parameters": [\(requestID)],
              "requestBody": \(body("CreateExport", required: true)),
              "responses": {"200": \(json("Estimate")), \(errors(400, 401, 403, 409, 413, 429, 500, 503))}}
          },
          "/v1/exports/{uuid}": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID)],
            "get": {"operationId": "getExport", "summary": "État d'un export",
              "responses": {"200": \(json("Export")), \(errors(401, 404, 500, 503))}},
            "delete": {"operationId": "deleteExport", "summary": "Supprimer le fichier et les destinataires",
              "responses": {"200": \(json("Export")), \(errors(401, 404, 500, 503))}}
          },
          "/v1/exports/{uuid}/cancel": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID)],
            "post": {"operationId": "cancelExport", "summary": "Annuler un export",
              "responses": {"200": \(json("Export")), \(errors(401, 404, 409, 500, 503))}}
          },
          "/v1/exports/{uuid}/download": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID),
              {"name": "token", "in": "query", "schema": {"type": "string", "minLength": 1},
               "description": "jeton d'un lien reçu par e-mail (sans en-tête Authorization)"}],
            "get": {"operationId": "downloadExport", "summary": "Télécharger le fichier", "security": [{"bearer": []}, {}],
              "description": "Un navigateur (Accept: text/html) suivant un lien d'e-mail reçoit une page HTML en cas d'erreur.",
              "responses": {
                "200": {"description": "Le fichier ZIP (stockage local)", "headers": {\(requestIDHeader)},
                  "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}},
                "302": {"description": "Redirection vers une URL de stockage signée, valable DOWNLOAD_LINK_TTL secondes",
                  "headers": {"Location": {"$ref": "#/components/headers/Location"}, \(requestIDHeader)}},
                \(errors(401, 404, 409, 410, 500, 503))}}
          },
          "/v1/exports/{uuid}/download-link": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID)],
            "post": {"operationId": "createDownloadLink", "summary": "Lien de téléchargement signé, pour un navigateur",
              "description": "L'URL où GET …/download redirigerait, valable DOWNLOAD_LINK_TTL s ; 409 en stockage local.",
              "responses": {"200": \(json("DownloadLink")), \(errors(401, 404, 409, 410, 500, 503))}}
          },
          "/v1/exports/{uuid}/send": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID)],
            "post": {"operationId": "sendExport", "summary": "Envoyer le lien par e-mail",
              "parameters": [{"$ref": "#/components/parameters/IdempotencyKey"}],
              "requestBody": \(body("SendRequest", required: false)),
              "responses": {"202": \(json("Queued")), \(errors(400, 401, 404, 409, 410, 413, 429, 500, 503))}}
          },
          "/v1/exports/{uuid}/logs": {
            "parameters": [{"$ref": "#/components/parameters/uuid"}, \(requestID)],
            "get": {"operationId": "listExportLogs", "summary": "Journal d'un export",
              "parameters": [{"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/cursor"}],
              "responses": {"200": \(json("LogPage")), \(errors(400, 401, 404, 500, 503))}}
          },
          "/app": {"get": {"operationId": "getWebApp", "summary": "Page « Mes exports » (/app/) ; /app redirige vers /app/",
            "security": [], "parameters": [\(requestID)],
            "responses": {
              "200": {"description": "index.html", "headers": {\(requestIDHeader)}, "content": {"text/html": {}}},
              "301": {"description": "Redirection vers /app/",
                "headers": {"Location": {"required": true, "schema": {"const": "/app/"}}, \(requestIDHeader)}},
              \(errors(500, 503))}}},
          "/app/{file}": {"get": {"operationId": "getWebAppFile", "summary": "Fichier de la page « Mes exports »",
            "security": [],
            "parameters": [{"name": "file", "in": "path", "required": true, "schema": {"type": "string"}, "example": "app.js",
              "description": "index.html, app.js, app.css… ; tout autre nom est 404"}, \(requestID)],
            "responses": {
              "200": {"description": "Le fichier (HTML, CSS, JavaScript)", "headers": {\(requestIDHeader)}},
              "304": {"description": "Inchangé (If-None-Match)", "headers": {\(requestIDHeader)}},
              \(errors(404, 500, 503))}}},
          "/openapi.json": {"get": {"operationId": "getOpenAPIDocument", "summary": "Ce document", "security": [],
            "responses": {"200": {"description": "OpenAPI 3.1", "headers": {\(requestIDHeader)},
              "content": {"application/json": {"schema": {"type": "object"}}}}}}},
          "/health": {"get": {"operationId": "getHealth", "summary": "Vivacité", "security": [],
            "responses": {"200": \(json("Probe"))}}},
          "/ready": {"get": {"operationId": "getReadiness", "summary": "Disponibilité", "security": [],
            "responses": {"200": \(json("Probe")), "503": \(json("Probe"))}}}
        }
        """

    /// The links of a create's answer: every operation on the new export, by its uuid.
    private static let createLinks: String = {
        let operations = [
            ("GetExport", "getExport"), ("DeleteExport", "deleteExport"), ("CancelExport", "cancelExport"),
            ("DownloadExport", "downloadExport"), ("CreateDownloadLink", "createDownloadLink"),
            ("SendExport", "sendExport"), ("ListExportLogs", "listExportLogs"),
        ]
        let links = operations.map {
            #""\#($0.0)": {"operationId": "\#($0.1)", "parameters": {"uuid": "$response.body#/uuid"}}"#
        }
        return "{" + links.joined(separator: ", ") + "}"
    }()

    /// The optional `X-Request-Id` request header.
    private static let requestID = ##"{"$ref": "#/components/parameters/XRequestId"}"##

    /// The `X-Request-Id` response header, as a member of a `headers` object.
    private static let requestIDHeader = ##""X-Request-Id": {"$ref": "#/components/headers/XRequestId"}"##

    /// A JSON request body of the schema `name`.
    private static func body(_ name: String, required: Bool) -> String {
        #"{"required": \#(required), "content": \#(content(name))}"#
    }

    /// A JSON `content` object of the schema `name`.
    private static func content(_ name: String) -> String {
        ##"{"application/json": {"schema": {"$ref": "#/components/schemas/\##(name)"}}}"##
    }

    /// A 2xx JSON response of the schema `name`, with its `X-Request-Id`.
    private static func json(_ name: String) -> String {
        #"{"description": "\#(name)", "headers": {\#(requestIDHeader)}, "content": \#(content(name))}"#
    }

    /// The error responses of `statuses`, and the error body for any other status.
    private static func errors(_ statuses: Int...) -> String {
        OpenAPIComponents.errorResponses(statuses) + ##", "default": {"$ref": "#/components/responses/Internal"}"##
    }
}
