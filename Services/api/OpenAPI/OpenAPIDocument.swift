import Hummingbird

/// `GET /openapi.json`: the OpenAPI 3.1 description of every public endpoint (docs/api.md §13):
/// the paths in `OpenAPIPaths`, the shared responses, headers and parameters in
/// `OpenAPIComponents`, the bodies in `OpenAPISchemas`. A test compares its operations with the
/// router's routes and validates answers against it; the contract tests of `Tests/api` validate
/// the document itself and fuzz the server with it.
enum OpenAPIDocument {
    /// The document as served.
    static func response() -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The document.
    static let text = """
        {
          "openapi": "3.1.0",
          "info": {"title": "rpc-export", "version": "1.0.0",
                   "description": "Exports de trajets du registre de preuve de covoiturage. Guide : docs/guide-client.md."},
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
            "headers": \(OpenAPIComponents.headers),
            "parameters": \(OpenAPIComponents.parameters),
            "responses": \(OpenAPIComponents.responses),
            "schemas": \(OpenAPISchemas.text)
          },
          "security": [{"bearer": []}],
          "paths": \(OpenAPIPaths.text)
        }
        """
}
