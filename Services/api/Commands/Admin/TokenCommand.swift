import ArgumentParser
import ExportRuntime
import Foundation
import JWTKit

/// `export-api token`: mints a bearer token signed with `JWT_SECRET` (development and admin use).
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Mint a signed JWT.")

    @Option(help: "User id (sub)") var sub: String
    @Option(help: "The caller's role") var role: Role
    @Option(name: .customLong("operator"), help: "operator_id (operator role)") var operatorID: Int?
    @Option(name: .customLong("territory"), help: "territory_id (territory role)") var territoryID: Int?
    @Option(help: "E-mail, the default recipient") var email: String?
    @Option(help: "Display name") var name: String?
    @Option(help: "Seconds of validity") var ttl: Int = 3600

    func run() async throws {
        guard ttl > 0 else { throw ValidationError("--ttl must be positive") }
        if role == .operator, operatorID == nil { throw ValidationError("--role operator needs --operator") }
        if role == .territory, territoryID == nil { throw ValidationError("--role territory needs --territory") }
        let settings = try TokenSettings(reader: ServiceEnvironment.reader())
        let keys = await JWTKeyCollection().add(hmac: HMACKey(from: settings.secret), digestAlgorithm: .sha256)
        let claims = AccessTokenClaims(
            sub: SubjectClaim(value: sub), role: role.rawValue, operatorID: operatorID, territoryID: territoryID,
            email: email,
            name: name, exp: ExpirationClaim(value: Date().addingTimeInterval(TimeInterval(ttl))), nbf: nil,
            iss: settings.issuer.map { IssuerClaim(value: $0) },
            aud: settings.audience.map { AudienceClaim(value: [$0]) },
            typ: nil)
        print(try await keys.sign(claims))
    }
}
