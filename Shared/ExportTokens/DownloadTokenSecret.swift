package import Configuration
import ExportConfiguration
import ExportCrypto

/// The keys of the e-mail download tokens (docs/emails.md §7), apart from the bearer tokens'
/// `JWT_SECRET`: `DOWNLOAD_TOKEN_SECRET` (required, at least 32 bytes), which the notifier signs
/// with and the API checks with, and `DOWNLOAD_TOKEN_SECRET_PREVIOUS`, which the API still
/// accepts during a rotation. Each key is an HMAC-SHA256 of a fixed label under its secret, so it
/// never equals a secret given to anything else.
package struct DownloadTokenSecret: Sendable {
    /// The label the keys are derived with.
    static let keyLabel = "rpc-export download token"

    /// The key tokens are signed with.
    let key: [UInt8]
    /// The key still accepted besides `key`, during a rotation.
    let previousKey: [UInt8]?

    /// Derives the keys of `secret` and, if any, `previous`; throws naming the variable of a
    /// secret shorter than 32 bytes.
    package init(_ secret: String, previous: String? = nil) throws {
        key = try Self.checkedKey(of: secret, variable: "DOWNLOAD_TOKEN_SECRET")
        previousKey = try previous.map { try Self.checkedKey(of: $0, variable: "DOWNLOAD_TOKEN_SECRET_PREVIOUS") }
    }

    /// Reads `download.token.secret` (`DOWNLOAD_TOKEN_SECRET`) as a secret and, when
    /// `acceptingPrevious` (the API, which checks tokens), `download.token.secret.previous`;
    /// throws naming the variable when one is missing or short.
    package init(reader: ConfigReader, acceptingPrevious: Bool) throws {
        let previous =
            acceptingPrevious
            ? reader.string(forKey: "download.token.secret.previous", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
            : nil
        try self.init(
            try reader.nonEmptyString(forKey: "download.token.secret", isSecret: true), previous: previous)
    }

    /// True when the signing key is the one `secret` gives (to refuse a secret shared with
    /// another use).
    package func isDerived(from secret: String) -> Bool { key == Self.key(of: secret) }

    /// The key of `secret`; throws naming `variable` when the secret is shorter than 32 bytes.
    private static func checkedKey(of secret: String, variable: String) throws -> [UInt8] {
        guard secret.utf8.count >= 32 else {
            throw ConfigurationValueError(variable: variable, problem: "must be at least 32 bytes long")
        }
        return key(of: secret)
    }

    /// The key of `secret`: HMAC-SHA256 of `keyLabel` under it.
    private static func key(of secret: String) -> [UInt8] {
        HMACSHA256.authenticate(key: Array(secret.utf8), utf8: keyLabel)
    }
}
