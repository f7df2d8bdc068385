package import Configuration
import ExportConfiguration

/// The HS256 secret of bearer tokens (`JWT_SECRET`, required, at least 32 bytes). Only the API
/// holds it: e-mail download tokens have their own secret (`DownloadTokenSecret`).
package struct JWTSecret: Sendable {
    /// The secret itself.
    package let value: String

    /// Wraps `value`; throws naming `JWT_SECRET` when it is shorter than 32 bytes.
    package init(_ value: String) throws {
        guard value.utf8.count >= 32 else {
            throw ConfigurationValueError(variable: "JWT_SECRET", problem: "must be at least 32 bytes long")
        }
        self.value = value
    }

    /// Reads `jwt.secret` (`JWT_SECRET`) as a secret; throws naming the variable when it is
    /// missing or short.
    package init(reader: ConfigReader) throws {
        try self.init(try reader.nonEmptyString(forKey: "jwt.secret", isSecret: true))
    }
}
