import ExportCurl

/// Delivers through the SMTP server of `SMTP_URL`, one connection per message; the reply code
/// decides between a retry (4xx, no reply) and a final refusal (5xx).
struct SMTPMailTransport: MailTransport {
    let client: SMTPClient

    func deliver(_ mail: OutgoingMail) async throws {
        let envelope = SMTPEnvelope(sender: mail.from.address, recipients: [mail.to.address], message: mail.mimeText())
        do {
            try await client.send(envelope)
        } catch let error as SMTPError {
            throw error.isPermanent ? MailDeliveryError.permanent(error.description) : .temporary(error.description)
        }
    }
}
