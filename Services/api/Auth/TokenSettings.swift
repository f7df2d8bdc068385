import Configuration
import ExportCrypto
import ExportModels

/// What tokens are checked against, read from the configuration:
/// - `jwt.secret` (`JWT_SECRET`, required, ≥ 32 bytes) and `jwt.secret.previous`
///   (`JWT_SECRET_PREVIOUS`, still accepted during a rotation);
/// - `jwt.issuer`, `jwt.audience` (`JWT_ISSUER`, `JWT_AUDIENCE`): checked when set.
struct TokenSettings: Sendable {
    /// The label the download-token key is derived with, so that it never equals `JWT_SECRET`.
    static let downloadKeyLabel = "rpc-export download token"
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
        secret = try reader.nonEmptyString(forKey: "jwt.secret", isSecret: true)
        guard secret.utf8.count >= 32 else {
            throw ConfigurationValueError(variable: "JWT_SECRET", problem: "must be at least 32 bytes long")
        }
        previousSecret = reader.string(forKey: "jwt.secret.previous", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        issuer = reader.string(forKey: "jwt.issuer").flatMap { $0.isEmpty ? nil : $0 }
        audience = reader.string(forKey: "jwt.audience").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The key of e-mail download tokens, derived from `secret`.
    var downloadKey: [UInt8] { HMACSHA256.authenticate(key: Array(secret.utf8), utf8: Self.downloadKeyLabel) }
}
