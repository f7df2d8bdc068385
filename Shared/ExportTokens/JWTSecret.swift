public import Configuration
import ExportCrypto
import ExportModels

/// The HS256 secret of bearer tokens (`JWT_SECRET`, required, at least 32 bytes) and the key of
/// the e-mail download tokens derived from it, which never equals it.
public struct JWTSecret: Sendable {
    /// The label the download-token key is derived with.
    static let downloadKeyLabel = "rpc-export download token"

    /// The secret itself.
    public let value: String

    /// Wraps `value`; throws naming `JWT_SECRET` when it is shorter than 32 bytes.
    public init(_ value: String) throws {
        guard value.utf8.count >= 32 else {
            throw ConfigurationValueError(variable: "JWT_SECRET", problem: "must be at least 32 bytes long")
        }
        self.value = value
    }

    /// Reads `jwt.secret` (`JWT_SECRET`) as a secret; throws naming the variable when it is
    /// missing or short.
    public init(reader: ConfigReader) throws {
        try self.init(try reader.nonEmptyString(forKey: "jwt.secret", isSecret: true))
    }

    /// The key of e-mail download tokens: HMAC-SHA256 of a fixed label under the secret.
    public var downloadKey: [UInt8] { HMACSHA256.authenticate(key: Array(value.utf8), utf8: Self.downloadKeyLabel) }
}
