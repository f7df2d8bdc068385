import Configuration
import ExportConfiguration
import Foundation

/// The notifier's settings (docs/notifier.md §7), read once at start; an invalid value throws naming
/// its variable:
/// - `PUBLIC_URL` (`http://127.0.0.1:8080`): base of the download links;
/// - `MAIL_FROM`, `SUPPORT_EMAIL`, `SUPPORT_EMAIL_INTERVAL` (600 s);
/// - `NOTIFIER_POLL_INTERVAL` (30 s): delivery runs without a wake-up;
/// - `NOTIFIER_CLAIM_TIMEOUT` (300 s): a row still `sending` after this is taken back (its
///   notifier died); it must exceed the SMTP time-out;
/// - `NOTIFIER_MAX_ATTEMPTS` (400): tries of a row answered 4xx or hit by a transport error
///   before it is marked failed (about three days with the backoff capped at 15 minutes).
struct NotifierSettings: Sendable {
    static let defaultSender = "Registre de preuve de covoiturage <no-reply@covoiturage.beta.gouv.fr>"
    static let defaultSupport = "technique@covoiturage.beta.gouv.fr"

    var publicURL: String
    var sender: MailAddress
    var support: MailAddress
    var supportIntervalSeconds: Int
    var pollIntervalSeconds: Int
    var claimTimeoutSeconds: Int
    var maxAttempts: Int

    init(reader: ConfigReader) throws {
        publicURL = reader.string(forKey: "public.url", default: "http://127.0.0.1:8080")
        guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ConfigurationValueError(variable: "PUBLIC_URL", problem: "must be an http(s) URL")
        }
        sender = try Self.address(reader, "mail.from", default: Self.defaultSender)
        support = try Self.address(reader, "support.email", default: Self.defaultSupport)
        supportIntervalSeconds = try reader.boundedInt(
            forKey: "support.email.interval", default: 600, range: 0...86_400)
        pollIntervalSeconds = try reader.boundedInt(forKey: "notifier.poll.interval", default: 30, range: 1...3600)
        claimTimeoutSeconds = try reader.boundedInt(forKey: "notifier.claim.timeout", default: 300, range: 1...86_400)
        maxAttempts = try reader.boundedInt(forKey: "notifier.max.attempts", default: 400, range: 1...100_000)
    }

    /// An address setting: `Name <address>` or `address`.
    private static func address(_ reader: ConfigReader, _ key: ConfigKey, default value: String) throws -> MailAddress {
        let text = reader.string(forKey: key).flatMap { $0.isEmpty ? nil : $0 } ?? value
        guard let address = MailAddress(parsing: text) else {
            throw ConfigurationValueError(
                variable: ConfigReader.variableName(of: key), problem: "must be an address or \"Name <address>\"")
        }
        return address
    }
}
