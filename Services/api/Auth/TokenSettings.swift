import Configuration
import ExportConfiguration
import ExportTokens

/// What tokens are checked against, read from the configuration:
/// - `jwt.secret` (`JWT_SECRET`, required, ≥ 32 bytes) and `jwt.secret.previous`
///   (`JWT_SECRET_PREVIOUS`, still accepted during a rotation);
/// - `jwt.issuer`, `jwt.audience` (`JWT_ISSUER`, `JWT_AUDIENCE`): checked when set.
struct TokenSettings: Sendable {
    /// Clock difference tolerated on `exp` and `nbf`.
    static let leewaySeconds = 30.0

    /// The signing secret of bearer tokens.
    var secret: String
    /// The secret accepted besides `secret`, during a rotation.
    var previousSecret: String?
    /// The expected `iss`, when set.
    var issuer: String?
    /// The expected `aud`, when set.
    var audience: String?

    /// Reads the settings; throws naming the variable when the secret is missing or short.
    init(reader: ConfigReader) throws {
        secret = try JWTSecret(reader: reader).value
        previousSecret = reader.string(forKey: "jwt.secret.previous", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        issuer = reader.string(forKey: "jwt.issuer").flatMap { $0.isEmpty ? nil : $0 }
        audience = reader.string(forKey: "jwt.audience").flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension DownloadTokens {
    /// The API's checker of e-mail download links: `DOWNLOAD_TOKEN_SECRET` and, during a
    /// rotation, `DOWNLOAD_TOKEN_SECRET_PREVIOUS`. The secret must differ from `JWT_SECRET`: the
    /// notifier holds it, and must not be able to mint bearer tokens.
    init(reader: ConfigReader, settings: TokenSettings) async throws {
        let secret = try DownloadTokenSecret(reader: reader, acceptingPrevious: true)
        guard !secret.isDerived(from: settings.secret) else {
            throw ConfigurationValueError(
                variable: "DOWNLOAD_TOKEN_SECRET", problem: "must differ from JWT_SECRET (the notifier holds it)")
        }
        await self.init(secret: secret)
    }
}
