import ExportConfiguration
import ExportModels
import Foundation
import Testing

@testable import ExportNotifier

/// TLS towards the SMTP server: STARTTLS with AUTH when the server demands both, and `smtps://`,
/// with certificates made for each test and trusted only through `SMTP_CA_FILE`; credentials
/// never sent in clear (docs/notifier.md §6).
@Suite struct NotifierTLSTests {
    @Test func sendsOverStartTLSWithAuthWhenTheServerRequiresBoth() async throws {
        let certificate = try await SelfSignedCertificate.make()
        defer { certificate.remove() }
        let options = [
            "--tls-cert", certificate.certificate, "--tls-key", certificate.key, "--require-starttls",
            "--auth", "notifier:s3cret",
        ]
        try await SMTPCaptureServer.with(options) { server in
            try await NotifierFixtures.withDatabase("notifier_tls") { pool, _ in
                let recipient = NotifierSMTPTests.address("tls-")
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: recipient)])
                let secure = NotifierSMTPTests.smtp(
                    port: server.port,
                    ["SMTP_STARTTLS": "required", "SMTP_CA_FILE": certificate.certificate, "SMTP_USERNAME": "notifier"])

                let wrongPassword = try await NotifierFixtures.run(
                    pool, secure.merging(["SMTP_PASSWORD": "wrong"]) { $1 })
                #expect(
                    try await wrongPassword.deliverPending() == DeliveryReport(retried: 1),
                    "bad credentials are not final")
                let run = try await NotifierFixtures.run(pool, secure.merging(["SMTP_PASSWORD": "s3cret"]) { $1 })
                try await NotifierFixtures.makeEverythingDue(pool)
                #expect(try await run.deliverPending() == DeliveryReport(sent: 1))
                #expect(try server.entries().map(\.rcpt_tos) == [[recipient]])
                let mail = try await ParsedMail.parse(
                    server.directory.appendingPathComponent(try server.entries()[0].file).path)
                #expect(mail.to == recipient && mail.parts.count == 2)
                #expect(try await NotifierFixtures.rows(pool, exportID: export.id).map(\.state) == ["sent"])
            }
        }
    }

    /// A server that offers AUTH but not STARTTLS, as a man in the middle stripping STARTTLS
    /// from the EHLO reply would show it: with the default `SMTP_STARTTLS=optional` and a user
    /// name, the notifier must end the session before AUTH and leave the row to be retried.
    @Test func neverSendsThePasswordToAServerWithoutStartTLS() async throws {
        try await SMTPCaptureServer.with(["--auth", "notifier:s3cret"]) { server in
            try await NotifierFixtures.withDatabase("notifier_no_starttls") { pool, _ in
                let recipient = NotifierSMTPTests.address("clear-")
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: recipient)])
                let credentials = NotifierSMTPTests.smtp(
                    port: server.port, ["SMTP_USERNAME": "notifier", "SMTP_PASSWORD": "s3cret"])

                let run = try await NotifierFixtures.run(pool, credentials)
                #expect(try await run.deliverPending() == DeliveryReport(retried: 1))
                #expect(try server.authAttempts().isEmpty, "the password was sent without TLS")
                #expect(try server.entries().isEmpty)
                #expect(try await NotifierFixtures.rows(pool, exportID: export.id).map(\.state) == ["pending"])

                let refused = await #expect(throws: ConfigurationValueError.self) {
                    try await NotifierFixtures.run(pool, credentials.merging(["SMTP_STARTTLS": "never"]) { $1 })
                }
                #expect(refused?.variable == "SMTP_STARTTLS")
            }
        }
    }

    @Test func sendsOverSMTPSWithTheConfiguredCAOnly() async throws {
        let certificate = try await SelfSignedCertificate.make()
        defer { certificate.remove() }
        let options = ["--tls-cert", certificate.certificate, "--tls-key", certificate.key, "--implicit-tls"]
        try await SMTPCaptureServer.with(options) { server in
            try await NotifierFixtures.withDatabase("notifier_smtps") { pool, _ in
                let recipient = NotifierSMTPTests.address("smtps-")
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: recipient)])
                let url = ["SMTP_URL": "smtps://127.0.0.1:\(server.port)"]
                let systemStore = try await NotifierFixtures.run(
                    pool, NotifierSMTPTests.smtp(port: server.port).merging(url) { $1 })
                #expect(try await systemStore.deliverPending() == DeliveryReport(retried: 1), "unknown CA refused")
                #expect(try server.entries().isEmpty)

                let settings = NotifierSMTPTests.smtp(port: server.port, ["SMTP_CA_FILE": certificate.certificate])
                    .merging(url) {
                        $1
                    }
                let run = try await NotifierFixtures.run(pool, settings)
                try await NotifierFixtures.makeEverythingDue(pool)
                #expect(try await run.deliverPending() == DeliveryReport(sent: 1))
                #expect(try server.entries().map(\.rcpt_tos) == [[recipient]])
                #expect(try await NotifierFixtures.rows(pool, exportID: export.id).map(\.state) == ["sent"])
            }
        }
    }
}

/// A certificate for 127.0.0.1 made with `openssl req` for one test, and its key.
struct SelfSignedCertificate {
    let certificate: String
    let key: String
    private let directory: URL

    /// Makes the pair in a fresh folder.
    static func make() async throws -> SelfSignedCertificate {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pair = SelfSignedCertificate(
            certificate: directory.appendingPathComponent("cert.pem").path,
            key: directory.appendingPathComponent("key.pem").path, directory: directory)
        _ = try await CommandRun.succeeding(
            program: "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", pair.key, "-out", pair.certificate,
            ])
        return pair
    }

    /// Removes the files.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
