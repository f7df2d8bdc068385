import HTTPTypes
import Hummingbird

/// The « Mes exports » page under `/app/` (docs/web.md): static files only, with a strict
/// Content-Security-Policy and revalidated on every load (`no-cache` with an entity tag).
struct WebAppController: Sendable {
    let assets: WebAppAssets

    /// Nothing but the page's own files: no inline script or style, no other origin, no frame.
    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
        "img-src 'self' data:", "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Adds the routes to `router`. The router ignores a trailing slash: `/app` redirects to
    /// `/app/`, which serves `index.html`, so that the page's relative links resolve under `/app/`.
    func add(to router: Router<some RequestContext>) {
        router.get("/app") { request, _ in
            guard request.uri.path.hasSuffix("/") else {
                return Response(status: .movedPermanently, headers: [.location: "/app/"])
            }
            return try serve("index.html", request)
        }
        router.get("/app/:file") { request, context in
            try serve(context.parameters.get("file") ?? "", request)
        }
    }

    /// The file `name` with the page's headers, 304 when the client's copy is current, 404 when
    /// there is no such file.
    func serve(_ name: String, _ request: Request) throws -> Response {
        guard let asset = assets.files[name] else { throw APIError.notFound }
        var headers: HTTPFields = [
            .contentType: asset.contentType, .cacheControl: "no-cache", .eTag: asset.etag,
            .contentSecurityPolicy: Self.contentSecurityPolicy, .xContentTypeOptions: "nosniff",
            .referrerPolicy: "no-referrer",
        ]
        if request.headers[.ifNoneMatch] == asset.etag {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: asset.bytes))
    }
}

extension HTTPField.Name {
    /// `Referrer-Policy`, which HTTPTypes does not name: no address of the page leaves it.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
