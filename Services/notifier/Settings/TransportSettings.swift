import Configuration
import ExportConfiguration
import ExportCurl
import Foundation
import Logging

/// Which transport the notifier uses, from the configuration:
/// - `SMTP_URL` (`smtp://host:port` or `smtps://host:port`; empty: `.eml` files in `MAIL_DIR`,
///   default `./var/mail`);
/// - `SMTP_STARTTLS` (`required`, `optional`, `never`; default `optional`), `SMTP_CA_FILE`;
/// - `SMTP_USERNAME`, `SMTP_PASSWORD` (secrets; AUTH when the user name is set, and then TLS is
///   required whatever `SMTP_STARTTLS` says: `never` with a user name is refused at start,
///   `optional` acts as `required`; docs/notifier.md §6);
/// - `SMTP_CONNECT_TIMEOUT` (10 s) and `SMTP_TIMEOUT` (60 s per message).
enum TransportSettings {
    /// The transport the configuration describes.
    static func makeTransport(reader: ConfigReader, logger: Logger) throws -> any MailTransport {
        guard let text = reader.string(forKey: "smtp.url"), !text.isEmpty else {
            return MailDirectoryTransport(
                directory: URL(fileURLWithPath: reader.string(forKey: "mail.dir", default: "./var/mail")))
        }
        return SMTPMailTransport(client: SMTPClient(configuration: try smtp(reader: reader, url: text), logger: logger))
    }

    /// The SMTP client's configuration.
    static func smtp(reader: ConfigReader, url text: String) throws -> SMTPConfiguration {
        guard let url = URL(string: text), ["smtp", "smtps"].contains(url.scheme ?? ""), url.host != nil else {
            throw ConfigurationValueError(
                variable: "SMTP_URL", problem: "must be smtp://host:port or smtps://host:port")
        }
        let mode = try reader.choice(
            forKey: "smtp.starttls", default: "optional", allowed: SMTPStartTLS.allCases.map(\.rawValue))
        let caFile = reader.string(forKey: "smtp.ca.file").flatMap { $0.isEmpty ? nil : $0 }
        if let caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw ConfigurationValueError(variable: "SMTP_CA_FILE", problem: "is not a readable file")
        }
        var credentials: SMTPCredentials?
        if let username = reader.string(forKey: "smtp.username", isSecret: true), !username.isEmpty {
            let password = reader.string(forKey: "smtp.password", isSecret: true) ?? ""
            credentials = SMTPCredentials(username: username, password: password)
        }
        if credentials != nil, mode == SMTPStartTLS.never.rawValue {
            throw ConfigurationValueError(
                variable: "SMTP_STARTTLS",
                problem: "must not be never when SMTP_USERNAME is set (the password would be sent in clear)")
        }
        return SMTPConfiguration(
            url: url, startTLS: SMTPStartTLS(rawValue: mode) ?? .optional, caFile: caFile, credentials: credentials,
            connectTimeout: .seconds(
                try reader.boundedInt(forKey: "smtp.connect.timeout", default: 10, range: 1...600)),
            totalTimeout: .seconds(try sendTimeoutSeconds(reader: reader)))
    }

    /// `SMTP_TIMEOUT`: the longest one message may take over SMTP.
    static func sendTimeoutSeconds(reader: ConfigReader) throws -> Int {
        try reader.boundedInt(forKey: "smtp.timeout", default: 60, range: 1...3600)
    }
}
