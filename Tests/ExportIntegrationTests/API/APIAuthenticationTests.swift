import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// Bearer tokens (docs/permissions.md §1): HS256 with the configured key(s), `exp` required, `nbf`, `iss`,
/// `aud` checked, known roles only; every refusal a 401 with the error body.
@Suite struct APIAuthenticationTests {
    static let now = Int(Date().timeIntervalSince1970)
    static var valid: [String: Any] {
        ["sub": "u1", "role": "registry", "exp": now + 3600, "iss": "rpc", "aud": "rpc-export"]
    }

    /// `valid` with some claims changed.
    static func claims(_ changes: [String: Any]) -> [String: Any] { valid.merging(changes) { $1 } }

    /// Tokens that must be refused, by reason.
    static var refused: [(String, String)] {
        [
            ("no exp", APITokens.sign(valid.filter { $0.key != "exp" })),
            ("expired", APITokens.sign(claims(["exp": now - 3600]))),
            ("not yet valid", APITokens.sign(claims(["nbf": now + 3600]))),
            ("unknown role", APITokens.sign(claims(["role": "superuser"]))),
            ("wrong key", APITokens.sign(valid, secret: "another-secret-0123456789-abcdefghijkl")),
            ("alg none", APITokens.encode(["alg": "none", "typ": "JWT"]) + "." + APITokens.encode(valid) + "."),
            ("RS256 header", APITokens.sign(valid, header: ["alg": "RS256", "typ": "JWT"])),
            ("HS512 header", APITokens.sign(valid, header: ["alg": "HS512", "typ": "JWT"])),
            ("download token", APITokens.sign(claims(["typ": "download"]))),
            ("garbage", "not.a.token"),
            ("wrong issuer", APITokens.sign(claims(["iss": "someone-else"]))),
            ("wrong audience", APITokens.sign(claims(["aud": "someone-else"]))),
        ]
    }

    @Test func refusesEveryBadTokenWithA401() async throws {
        try await APITestServer.with("api_auth", settings: ["jwt.issuer": "rpc", "jwt.audience": "rpc-export"]) {
            server in
            #expect(try await server.send(.get, "/v1/exports", token: APITokens.sign(Self.valid)).status == 200)
            #expect(try await server.send(.get, "/v1/exports").errorCode == "unauthorized")
            for (reason, token) in Self.refused {
                let response = try await server.send(.get, "/v1/exports", token: token)
                #expect(response.status == 401, "\(reason)")
                #expect(response.errorCode == "unauthorized", "\(reason)")
            }
        }
    }

    @Test func acceptsThePreviousSecretDuringARotationAndASmallClockSkew() async throws {
        let previous = "previous-secret-0123456789-abcdefghijk"
        try await APITestServer.with("api_auth_rotation", settings: ["jwt.secret.previous": previous]) { server in
            let rotated = APITokens.sign(Self.valid, secret: previous)
            let skewed = APITokens.sign(Self.claims(["exp": Self.now - 5]))
            let rotatedStatus = try await server.send(.get, "/v1/exports", token: rotated).status
            let skewedStatus = try await server.send(.get, "/v1/exports", token: skewed).status
            #expect(rotatedStatus == 200 && skewedStatus == 200)
        }
    }
}
