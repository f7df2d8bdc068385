import Configuration
import ExportModels
import ExportPostgres
import ExportStore
import ExportTokens
import Foundation
import Testing

@testable import ExportAPI
@testable import ExportNotifier

/// The e-mails themselves (docs/emails.md §3–6, §11), written by the file transport and read back with
/// Python's `email` package: headers, both parts, accents, escaping and the download link.
@Suite struct NotifierMessageTests {
    /// A fresh `MAIL_DIR`.
    static func mailDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
    }

    /// The messages in `directory`, parsed, by recipient address.
    static func parsedMessages(in directory: URL) async throws -> [String: ParsedMail] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        var messages: [String: ParsedMail] = [:]
        for file in files {
            #expect(file.hasSuffix(".eml"), "no temporary file is left: \(file)")
            let mail = try await ParsedMail.parse(directory.appendingPathComponent(file).path)
            messages[mail.to] = mail
        }
        return messages
    }

    /// The API's download-token verifier, with the notifier's secret.
    static func apiVerifier() async throws -> DownloadTokens {
        await DownloadTokens(secret: try DownloadTokenSecret(NotifierFixtures.secret))
    }

    @Test func writesSuccessAndSendMessagesInFrenchWithALinkTheAPIAccepts() async throws {
        try await NotifierFixtures.withDatabase("notifier_messages") { pool, _ in
            let directory = Self.mailDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let export = try await NotifierFixtures.successfulExport(
                pool,
                recipients: [
                    RecipientAddress(email: "elodie@example.org", fullname: "Élodie Müller-Ærø"),
                    RecipientAddress(email: "mallory@example.org", fullname: "Mallory\r\nBcc: evil@example.org"),
                ])
            _ = try await SendRequests(pool: pool).queue(
                exportID: export.id, recipients: [RecipientAddress(email: "zoe@example.org")],
                senderName: "Zoé d’Arc", message: "<script>alert(\"x\")</script>\nÀ bientôt", actor: "42")
            let run = try await NotifierFixtures.run(pool, ["MAIL_DIR": directory.path])
            #expect(try await run.deliverPending() == DeliveryReport(sent: 3))

            let messages = try await Self.parsedMessages(in: directory)
            let success = try #require(messages["elodie@example.org"])
            #expect(success.defects.isEmpty && success.crlfOnly && success.longestBodyLine <= 76)
            #expect(success.from == "no-reply@covoiturage.beta.gouv.fr")
            #expect(success.fromName == "Registre de preuve de covoiturage")
            #expect(success.replyTo == "technique@covoiturage.beta.gouv.fr", "answers reach support")
            #expect(success.toName == "Élodie Müller-Ærø")
            #expect(success.subject == "Votre export registre du 1er janvier 2025 au 31 janvier 2025 est prêt")
            #expect(success.contentType == "multipart/alternative")
            #expect(success.parts.map(\.contentType) == ["text/plain", "text/html"])
            #expect(success.parts.allSatisfy { $0.charset == "utf-8" })
            let uuid = export.uuid.uuidString.lowercased()
            #expect(
                success.messageID.hasPrefix("<\(uuid).") && success.messageID.hasSuffix("@covoiturage.beta.gouv.fr>"))
            #expect(!success.date.isEmpty)
            for body in [success.body("text/plain"), success.body("text/html")] {
                #expect(body.contains("Bonjour Élodie Müller-Ærø,"))
                #expect(body.contains("12\u{202F}345 lignes") || body.contains("12\u{00A0}345 lignes"))
                #expect(body.contains("archive ZIP contenant un fichier XLSX, 3,2 Mo"))
                #expect(!body.contains("(s)"))
                #expect(body.contains("du 1er janvier 2025") || body.contains("du <strong>1er janvier 2025"))
            }
            let link = try #require(Self.downloadLink(in: success.body("text/plain")))
            #expect(link.hasPrefix("https://export.example.test/v1/exports/\(uuid)/download?token="))
            #expect(success.body("text/html").contains("href=\"\(link)\""))
            let grant = try #require(await Self.apiVerifier().grant(of: String(link.split(separator: "=").last!)))
            let recipientID = try await pool.query(
                "SELECT _id FROM export.recipients WHERE email = 'elodie@example.org'")[0].decode(Int64.self, at: 0)
            #expect(grant.exportUUID == export.uuid && grant.recipientID == recipientID)
            #expect(abs(grant.expiresAt.timeIntervalSince(try #require(export.expiresAt))) < 1)

            let injected = try #require(messages["mallory@example.org"])
            #expect(!injected.headerNames.contains("Bcc") && injected.defects.isEmpty, "no header injection")
            #expect(injected.toName.hasPrefix("Mallory") && injected.toName.contains("Bcc: evil@example.org"))

            let send = try #require(messages["zoe@example.org"])
            #expect(send.subject.hasPrefix("Zoé d’Arc vous transmet un export registre"))
            #expect(send.body("text/plain").contains("<script>alert(\"x\")</script>\nÀ bientôt"))
            #expect(send.body("text/html").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(!send.body("text/html").contains("<script>"))
            #expect(Self.downloadLink(in: send.body("text/plain")) != nil)
            #expect(send.body("text/plain").contains("lignes).\n") && !send.body("text/plain").contains(".."))

            let states = try await NotifierFixtures.rows(pool, exportID: export.id).map(\.state)
            #expect(states == ["sent", "sent", "sent"])
            #expect(
                try await NotifierFixtures.logTypes(pool, exportID: export.id).filter { $0 == "notified" }.count == 3)
            #expect(try await run.deliverPending() == DeliveryReport(), "a sent row is never sent again")
        }
    }

    @Test func groupsFailuresIntoOneSupportMessagePerInterval() async throws {
        try await NotifierFixtures.withDatabase("notifier_support") { pool, _ in
            let directory = Self.mailDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let first = try await NotifierFixtures.failedExport(
                pool, recipients: [RecipientAddress(email: "jean@example.org", fullname: "Jean Dupré")])
            let second = try await NotifierFixtures.failedExport(pool, recipients: [])
            let run = try await NotifierFixtures.run(
                pool, ["MAIL_DIR": directory.path, "SUPPORT_EMAIL": "Équipe technique <support@example.org>"])
            #expect(try await run.deliverPending() == DeliveryReport(sent: 3), "one failure, one support for two rows")

            let messages = try await Self.parsedMessages(in: directory)
            let failure = try #require(messages["jean@example.org"])
            #expect(failure.subject == "Échec de votre export registre du 1er janvier 2025 au 31 janvier 2025")
            #expect(failure.body("text/plain").contains("L’équipe technique a été prévenue"))
            #expect(failure.parts.count == 2 && failure.defects.isEmpty)
            let support = try #require(messages["support@example.org"])
            #expect(support.toName == "Équipe technique")
            #expect(support.subject == "[rpc-export] 2 exports en échec")
            #expect(support.body("text/plain").contains("2 exports ont échoué"))
            for export in [first, second] {
                #expect(support.body("text/plain").contains(export.uuid.uuidString.lowercased()))
                #expect(support.body("text/html").contains(export.uuid.uuidString.lowercased()))
            }
            #expect(support.body("text/plain").contains("Erreur : lecture interrompue"))
            #expect(support.body("text/plain").contains("Tentatives : 3"))

            let third = try await NotifierFixtures.failedExport(pool, recipients: [])
            #expect(
                try await run.deliverPending() == DeliveryReport(), "the next support e-mail waits for the interval")
            #expect(try await NotifierFixtures.rows(pool, exportID: third.id).map(\.state) == ["pending"])
            try await pool.execute("UPDATE export.notifications SET sent_at = now() - interval '11 minutes'")
            #expect(try await run.deliverPending() == DeliveryReport(sent: 1))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 3)
        }
    }

    /// The download link of a text body.
    static func downloadLink(in text: String) -> String? {
        text.split(whereSeparator: \.isWhitespace).first { $0.contains("/download?token=") }.map(String.init)
    }
}
