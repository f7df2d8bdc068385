import ExportCurl
import Foundation
import Testing

@testable import ExportAPI

/// The « Mes exports » page under `/app/` (docs/web.md): its files with their content types and
/// security headers, the redirect, the validators, and 404 for anything else.
@Suite struct WebAppRoutesTests {
    @Test func servesThePageFilesWithTheirTypesAndAStrictPolicy() async throws {
        try await APITestServer.with("api_webapp") { server in
            let modules = ["app", "session", "dates", "order", "list", "history", "dialogs"]
            var files = [
                "/app/": "text/html; charset=utf-8", "/app/app.css": "text/css; charset=utf-8",
                "/app/index.html": "text/html; charset=utf-8",
            ]
            for module in modules { files["/app/\(module).js"] = "text/javascript; charset=utf-8" }
            for (path, type) in files {
                let answer = try await server.send(.get, path)
                #expect(answer.status == 200 && answer.headers["Content-Type"] == type, "\(path)")
                #expect(answer.headers["Content-Security-Policy"] == WebAppController.contentSecurityPolicy)
                #expect(answer.headers["X-Content-Type-Options"] == "nosniff")
                #expect(answer.headers["Referrer-Policy"] == "no-referrer")
                #expect(answer.headers["Cache-Control"] == "no-cache")
            }
            let policy = WebAppController.contentSecurityPolicy
            #expect(policy.hasPrefix("default-src 'none'") && policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe"))
            let page = try await server.send(.get, "/app/")
            #expect(page.text.contains("<html lang=\"fr\">") && page.text.contains("Mes exports"))
        }
    }

    @Test func redirectsTheBarePathAndRevalidatesWithTheEntityTag() async throws {
        try await APITestServer.with("api_webapp_redirect") { server in
            let bare = try await server.send(.get, "/app")
            #expect(bare.status == 301 && bare.headers["Location"] == "/app/")
            let script = try await server.send(.get, "/app/app.js")
            let etag = try #require(script.headers["ETag"])
            let again = try await server.send(.get, "/app/app.js", headers: ["If-None-Match": etag])
            #expect(again.status == 304 && again.body.isEmpty)
        }
    }

    @Test func answers404ForAFileThatIsNotPartOfThePage() async throws {
        try await APITestServer.with("api_webapp_missing") { server in
            for path in ["/app/missing.js", "/app/..%2FPackage.swift", "/app/app.js/extra"] {
                let answer = try await server.send(.get, path)
                #expect(answer.status == 404 && answer.errorCode == "not_found", "\(path)")
            }
        }
    }
}
