import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 description of every public endpoint (docs/api.md §4). A
/// test compares its paths with the router's routes and validates responses against its schemas.
enum OpenAPIDocument {
    /// The document as served.
    static func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The document: the paths here, the schemas in `OpenAPISchemas`.
    static let text = """
        {
          "openapi": "3.1.0",
          "info": {"title": "rpc-export", "version": "1.0.0",
                   "description": "Exports de trajets du registre de preuve de covoiturage."},
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
            "parameters": {
              "uuid": {"name": "uuid", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}
            },
            "responses": {
              "Error": {"description": "Erreur", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": \(OpenAPISchemas.text)
          },
          "security": [{"bearer": []}],
          "paths": {
            "/v1/exports": {
              "get": {"summary": "Liste des exports", "parameters": [
                  {"name": "scope", "in": "query", "schema": {"enum": ["own", "organisation"]}},
                  {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
                  {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
                  {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                  {"name": "created_by", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": \(json("ExportPage")), "default": {"$ref": "#/components/responses/Error"}}},
              "post": {"summary": "Commander un export",
                "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "maxLength": 255}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateExport"}}}},
                "responses": {"201": \(json("Export")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/estimate": {
              "post": {"summary": "Estimer le nombre de lignes",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateExport"}}}},
                "responses": {"200": \(json("Estimate")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}": {
              "parameters": [{"$ref": "#/components/parameters/uuid"}],
              "get": {"summary": "État d'un export", "responses": {"200": \(json("Export")), "default": {"$ref": "#/components/responses/Error"}}},
              "delete": {"summary": "Supprimer le fichier et les destinataires", "responses": {"200": \(json("Export")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}/cancel": {
              "parameters": [{"$ref": "#/components/parameters/uuid"}],
              "post": {"summary": "Annuler un export", "responses": {"200": \(json("Export")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}/download": {
              "parameters": [{"$ref": "#/components/parameters/uuid"},
                {"name": "token", "in": "query", "schema": {"type": "string"}, "description": "jeton d'un lien reçu par e-mail"}],
              "get": {"summary": "Télécharger le fichier", "security": [{"bearer": []}, {}], "responses": {
                "200": {"description": "Le fichier (stockage local)", "content": {"application/zip": {}}},
                "302": {"description": "Redirection vers une URL de stockage signée"},
                "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}/download-link": {
              "parameters": [{"$ref": "#/components/parameters/uuid"}],
              "post": {"operationId": "createDownloadLink", "summary": "Lien de téléchargement signé, pour un navigateur",
                "description": "L'URL signée vers laquelle GET …/download redirigerait, valable DOWNLOAD_LINK_TTL secondes.",
                "responses": {"200": \(json("DownloadLink")),
                  "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"},
                  "409": {"$ref": "#/components/responses/Error"}, "410": {"$ref": "#/components/responses/Error"},
                  "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}/send": {
              "parameters": [{"$ref": "#/components/parameters/uuid"}],
              "post": {"summary": "Envoyer le lien par e-mail",
                "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "maxLength": 255}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/SendRequest"}}}},
                "responses": {"202": \(json("Queued")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/v1/exports/{uuid}/logs": {
              "parameters": [{"$ref": "#/components/parameters/uuid"}],
              "get": {"summary": "Journal d'un export",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}},
                  {"name": "cursor", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": \(json("LogPage")), "default": {"$ref": "#/components/responses/Error"}}}
            },
            "/app": {"get": {"summary": "Page « Mes exports » (/app/) ; /app redirige vers /app/", "security": [],
              "responses": {"200": {"description": "index.html", "content": {"text/html": {}}},
                "301": {"description": "Redirection vers /app/"}}}},
            "/app/{file}": {"get": {"summary": "Fichier de la page « Mes exports »", "security": [],
              "parameters": [{"name": "file", "in": "path", "required": true, "schema": {"type": "string"}}],
              "responses": {"200": {"description": "Le fichier (HTML, CSS, JavaScript)"},
                "304": {"description": "Inchangé (If-None-Match)"}, "default": {"$ref": "#/components/responses/Error"}}}},
            "/openapi.json": {"get": {"summary": "Ce document", "security": [], "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}},
            "/health": {"get": {"summary": "Vivacité", "security": [], "responses": {"200": \(json("Probe"))}}},
            "/ready": {"get": {"summary": "Disponibilité", "security": [], "responses": {"200": \(json("Probe")), "503": \(json("Probe"))}}}
          }
        }
        """

    /// A JSON response whose body is the schema `name`.
    private static func json(_ name: String) -> String {
        ##"{"description": "\##(name)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\##(name)"}}}}"##
    }
}
