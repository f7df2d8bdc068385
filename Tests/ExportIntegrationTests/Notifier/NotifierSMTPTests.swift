import ExportModels
import ExportPostgres
import Foundation
import Testing

@testable import ExportNotifier

/// Delivery over SMTP against aiosmtpd: temporary and permanent refusals, an outage, and the
/// AUTH check libcurl does not make by itself.
@Suite struct NotifierSMTPTests {
    /// A unique address at the capture servers, so that tests sharing one never mix messages.
    static func address(_ prefix: String) -> String {
        "\(prefix)\(UUID().uuidString.prefix(8).lowercased())@example.org"
    }

    /// The SMTP settings of a capture server on `port`.
    static func smtp(port: Int, _ extra: [String: String] = [:]) -> [String: String] {
        ["SMTP_URL": "smtp://127.0.0.1:\(port)", "SMTP_CONNECT_TIMEOUT": "2", "SMTP_TIMEOUT": "10"].merging(extra) {
            $1
        }
    }

    /// The messages the shared capture server received for `address`.
    static func sharedEntries(for address: String) throws -> [SMTPCaptureServer.Entry] {
        let directory = URL(fileURLWithPath: try TestEnvironment.require("TEST_SMTP_DIR"))
        return SMTPCaptureServer.entries(in: directory).filter { $0.rcpt_tos.contains(address) }
    }

    @Test func retriesA451LaterWithTheSameMessageID() async throws {
        try await SMTPCaptureServer.with(["--tempfail-once"]) { server in
            try await NotifierFixtures.withDatabase("notifier_tempfail") { pool, _ in
                let recipient = Self.address("tempfail-")
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: recipient)])
                let run = try await NotifierFixtures.run(pool, Self.smtp(port: server.port))

                #expect(try await run.deliverPending() == DeliveryReport(retried: 1))
                let waiting = try #require(try await NotifierFixtures.rows(pool, exportID: export.id).first)
                #expect(waiting.state == "pending" && waiting.attempts == 1)
                #expect(waiting.lastError?.contains("451") == true, "\(waiting.lastError ?? "")")
                #expect(waiting.lastError?.contains("@") == false, "the reply's address is redacted")
                #expect(try await run.deliverPending() == DeliveryReport(), "not before its backoff")
                #expect(try server.entries().isEmpty)

                try await NotifierFixtures.makeEverythingDue(pool)
                #expect(try await run.deliverPending() == DeliveryReport(sent: 1))
                let sent = try #require(try await NotifierFixtures.rows(pool, exportID: export.id).first)
                #expect(sent.state == "sent" && sent.attempts == 2 && sent.messageID == waiting.messageID)
                #expect(try server.entries().map(\.message_id) == ["<\(try #require(sent.messageID))>"])
            }
        }
    }

    @Test func refusesOneRecipientFor550AndDeliversTheOther() async throws {
        let host = try TestEnvironment.require("TEST_SMTP_HOST")
        let port = try TestEnvironment.require("TEST_SMTP_PORT")
        try await NotifierFixtures.withDatabase("notifier_reject") { pool, _ in
            let (refused, accepted) = (Self.address("reject-"), Self.address("ok-"))
            let export = try await NotifierFixtures.successfulExport(
                pool, recipients: [RecipientAddress(email: refused), RecipientAddress(email: accepted)])
            let run = try await NotifierFixtures.run(pool, ["SMTP_URL": "smtp://\(host):\(port)"])

            #expect(try await run.deliverPending() == DeliveryReport(sent: 1, failed: 1))
            let rows = try await NotifierFixtures.rows(pool, exportID: export.id)
            #expect(rows.map(\.state) == ["failed", "sent"])
            #expect(rows[0].lastError?.contains("550") == true)
            #expect(rows[0].lastError?.contains("@") == false, "the reply's address is redacted")
            #expect(try Self.sharedEntries(for: accepted).count == 1)
            #expect(try Self.sharedEntries(for: refused).isEmpty)
            let logs = try await NotifierFixtures.logTypes(pool, exportID: export.id)
            #expect(logs.contains("failed") && logs.contains("notified"))
            let failedLog = try await ExportStoreLogs.messages(pool, exportID: export.id, type: "failed")
            #expect(failedLog.allSatisfy { !$0.contains("@") })
            #expect(try await run.deliverPending() == DeliveryReport(), "a 5xx is final")
        }
    }

    /// A server over TLS that does not offer AUTH (credentials go only over TLS, docs/notifier.md
    /// §6): aiosmtpd offers none on `smtps://` without `--auth`.
    @Test func refusesToSendWhenTheServerDoesNotOfferAuth() async throws {
        let certificate = try await SelfSignedCertificate.make()
        defer { certificate.remove() }
        let options = ["--tls-cert", certificate.certificate, "--tls-key", certificate.key, "--implicit-tls"]
        try await SMTPCaptureServer.with(options) { server in
            try await NotifierFixtures.withDatabase("notifier_noauth") { pool, _ in
                let recipient = Self.address("noauth-")
                let export = try await NotifierFixtures.successfulExport(
                    pool, recipients: [RecipientAddress(email: recipient)])
                let settings = [
                    "SMTP_URL": "smtps://127.0.0.1:\(server.port)", "SMTP_CA_FILE": certificate.certificate,
                    "SMTP_USERNAME": "notifier", "SMTP_PASSWORD": "secret",
                ]
                let run = try await NotifierFixtures.run(pool, Self.smtp(port: server.port, settings))

                #expect(try await run.deliverPending() == DeliveryReport(retried: 1))
                let row = try #require(try await NotifierFixtures.rows(pool, exportID: export.id).first)
                #expect(row.state == "pending")
                #expect(row.lastError?.contains("AUTH not offered") == true, "\(row.lastError ?? "")")
                #expect(try server.entries().isEmpty, "nothing was sent without AUTH")
            }
        }
    }

    @Test func keepsRowsWhileSMTPIsDownAndDeliversEachOnceWhenItIsBack() async throws {
        try await NotifierFixtures.withDatabase("notifier_outage") { pool, _ in
            let port = try ServiceProcess.freePort()
            let recipients = (0..<3).map { _ in RecipientAddress(email: Self.address("outage-")) }
            let export = try await NotifierFixtures.successfulExport(pool, recipients: recipients)
            let run = try await NotifierFixtures.run(pool, Self.smtp(port: port))

            #expect(try await run.deliverPending() == DeliveryReport(retried: 3))
            #expect(try await NotifierFixtures.rows(pool, exportID: export.id).allSatisfy { $0.state == "pending" })

            try await SMTPCaptureServer.with(port: port) { server in
                try await NotifierFixtures.makeEverythingDue(pool)
                #expect(try await run.deliverPending() == DeliveryReport(sent: 3))
                let rows = try await NotifierFixtures.rows(pool, exportID: export.id)
                #expect(rows.allSatisfy { $0.state == "sent" && $0.attempts == 2 })
                let expected = Set(rows.compactMap { $0.messageID.map { "<\($0)>" } })
                #expect(Set(try server.entries().compactMap(\.message_id)) == expected)
                #expect(try server.entries().count == 3)
            }
        }
    }

}
