import JWTKit

/// The claims of a bearer token (docs/permissions.md §1). `exp` is not optional: a token without it does
/// not decode. The checks that need the configuration (issuer, audience, leeway) are made by
/// `BearerTokenVerifier`.
struct AccessTokenClaims: JWTPayload, Equatable {
    var sub: SubjectClaim
    var role: String
    var operatorID: Int?
    var territoryID: Int?
    var email: String?
    var name: String?
    var exp: ExpirationClaim
    var nbf: NotBeforeClaim?
    var iss: IssuerClaim?
    var aud: AudienceClaim?
    /// Set only on e-mail download tokens, which are refused as bearer tokens.
    var typ: String?

    enum CodingKeys: String, CodingKey {
        case sub, role
        case operatorID = "operator_id"
        case territoryID = "territory_id"
        case email, name, exp, nbf, iss, aud, typ
    }

    /// Nothing to check without the configuration; see `BearerTokenVerifier`.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
