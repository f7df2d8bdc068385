import ExportTokens
import Foundation
import Hummingbird
import JWTKit

/// Checks `Authorization: Bearer` tokens (docs/permissions.md §1): HS256 only, signed with `JWT_SECRET` or
/// `JWT_SECRET_PREVIOUS`, `exp` required, `nbf`, `iss`, `aud` checked when present or
/// configured, a known role. Any failure is a 401 that says no more.
struct BearerTokenVerifier: Sendable {
    private let keys: [JWTKeyCollection]
    private let settings: TokenSettings

    /// Creates the verifier with the current and, if any, the previous secret.
    init(settings: TokenSettings) async {
        var keys = [await JWTKeyCollection().add(hmac: HMACKey(from: settings.secret), digestAlgorithm: .sha256)]
        if let previous = settings.previousSecret {
            keys.append(await JWTKeyCollection().add(hmac: HMACKey(from: previous), digestAlgorithm: .sha256))
        }
        self.keys = keys
        self.settings = settings
    }

    /// The caller of `request`; throws a 401 when the header is missing or the token refused.
    func caller(of request: Request) async throws -> Caller {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError.unauthorized()
        }
        return try await caller(token: String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
    }

    /// The caller a token stands for; throws a 401 when it is refused.
    func caller(token: String, now: Date = Date()) async throws -> Caller {
        guard AlgorithmPin.isHS256(token), let claims = await verifiedClaims(token) else {
            throw APIError.unauthorized("jeton invalide")
        }
        let leeway = TokenSettings.leewaySeconds
        guard claims.typ == nil, claims.exp.value.addingTimeInterval(leeway) > now,
            claims.nbf.map({ $0.value.addingTimeInterval(-leeway) <= now }) ?? true,
            settings.issuer.map({ claims.iss?.value == $0 }) ?? true,
            settings.audience.map({ claims.aud?.value.contains($0) == true }) ?? true,
            let role = Role(rawValue: claims.role), !claims.sub.value.isEmpty
        else { throw APIError.unauthorized("jeton invalide ou expiré") }
        return Caller(
            subject: claims.sub.value, role: role, operatorID: claims.operatorID, territoryID: claims.territoryID,
            email: claims.email, name: claims.name)
    }

    /// The claims of a token whose signature one of the keys accepts, or nil.
    private func verifiedClaims(_ token: String) async -> AccessTokenClaims? {
        for collection in keys {
            if let claims = try? await collection.verify(token, as: AccessTokenClaims.self) { return claims }
        }
        return nil
    }
}
