import ExportCrypto
import Foundation

/// Bearer tokens for the tests, signed by hand (HMAC-SHA256 of the project's crypto module), so
/// that malformed tokens (`alg: none`, RS256 header, missing `exp`) can be made as easily as good ones.
enum APITokens {
    /// A signed token for `claims`, with `header` (HS256 by default) and `secret`.
    static func sign(
        _ claims: [String: Any], header: [String: Any] = ["alg": "HS256", "typ": "JWT"],
        secret: String = APITestServer.secret
    ) -> String {
        let input = encode(header) + "." + encode(claims)
        let signature = HMACSHA256.authenticate(key: Array(secret.utf8), utf8: input)
        return input + "." + base64URL(Data(signature))
    }

    /// A valid token of `role` for user `sub`, expiring in an hour, with extra claims.
    static func user(_ sub: String, _ role: String, extra: [String: Any] = [:]) -> String {
        var claims: [String: Any] = [
            "sub": sub, "role": role, "email": "\(sub)@example.org", "name": "Agent \(sub)",
            "exp": Int(Date().timeIntervalSince1970) + 3600,
        ]
        claims.merge(extra) { $1 }
        return sign(claims)
    }

    static func admin(_ sub: String = "admin-1") -> String { user(sub, "admin") }
    static func registry(_ sub: String = "registry-1") -> String { user(sub, "registry") }
    static func operatorUser(_ sub: String = "operator-1", operatorID: Int = 12) -> String {
        user(sub, "operator", extra: ["operator_id": operatorID])
    }
    static func territoryUser(_ sub: String = "territory-1", territoryID: Int = 3) -> String {
        user(sub, "territory", extra: ["territory_id": territoryID])
    }

    /// Unpadded base64url of a JSON object.
    static func encode(_ object: [String: Any]) -> String {
        base64URL(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// Unpadded base64url.
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
