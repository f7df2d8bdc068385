import ExportModels
import ExportStore
import ExportTokens
import Foundation

/// Turns claimed outbox rows into e-mails: the recipient's e-mail of a `success`, `failure` or
/// `send` row, or the grouped support e-mail of a batch of `support` rows.
struct MailComposer: Sendable {
    let templates: MailTemplates
    let tokens: DownloadTokens
    /// `PUBLIC_URL`, the base of download links.
    let publicURL: String
    /// `MAIL_FROM`.
    let sender: MailAddress
    /// `SUPPORT_EMAIL`.
    let support: MailAddress

    /// A row that can never be delivered (address scrambled or unusable, export gone).
    struct UndeliverableError: Error, CustomStringConvertible {
        var description: String
    }

    /// The e-mail of one recipient row.
    func compose(_ row: PendingNotification, now: Date = Date()) async throws -> OutgoingMail {
        guard let recipient = row.recipient else { throw UndeliverableError(description: "row has no recipient") }
        guard !recipient.isScrambled else {
            throw UndeliverableError(description: "the recipient's personal data were scrambled before delivery")
        }
        guard let address = MailAddress(address: recipient.address.email, name: recipient.address.fullname) else {
            throw UndeliverableError(description: "the recipient's address is not usable")
        }
        let view = try await view(of: row, recipient: recipient)
        let rendered = try templates.render(row.kind, view: view)
        return OutgoingMail(
            messageID: MessageIDs.forRow(row, domain: sender.domain), from: sender, to: address, replyTo: support,
            subject: rendered.subject, text: rendered.text, html: rendered.html, date: now)
    }

    /// The support e-mail listing every row of `batch`.
    func composeSupport(_ batch: [PendingNotification], now: Date = Date()) throws -> OutgoingMail {
        let failures = batch.map { row in
            let (start, end) = FrenchFormat.period(row.export.params)
            return SupportFailureView(
                exportUUID: row.export.uuid.uuidString.lowercased(), type: row.export.type.rawValue,
                periodStart: start, periodEnd: end, params: (try? row.export.params.json()) ?? "{}",
                error: Self.errorMessage(row.export.errorJSON), attempts: row.export.attempts,
                failedAt: FrenchFormat.dayAndTime(row.createdAt, timeZone: FrenchFormat.timeZone(row.export.params)))
        }
        let rendered = try templates.render(
            .support,
            view: SupportMailView(
                failureCount: FrenchFormat.counted(batch.count, "export"), isSingle: batch.count == 1,
                failures: failures))
        return OutgoingMail(
            messageID: MessageIDs.forSupportBatch(batch, domain: sender.domain), from: sender, to: support,
            replyTo: support, subject: rendered.subject, text: rendered.text, html: rendered.html, date: now)
    }

    /// The template values of a recipient row, with a download token for `success` and `send`.
    private func view(of row: PendingNotification, recipient: PendingNotification.Recipient) async throws
        -> RecipientMailView
    {
        let export = row.export
        let zone = FrenchFormat.timeZone(export.params)
        let (start, end) = FrenchFormat.period(export.params)
        var link = ""
        var expiry = ""
        if row.kind != .failure {
            guard export.status == .success, let expiresAt = export.expiresAt else {
                throw UndeliverableError(description: "the export is \(export.status.rawValue): no file to link to")
            }
            let token = try await tokens.sign(exportUUID: export.uuid, recipientID: recipient.id, expiresAt: expiresAt)
            let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
            link = "\(base)/v1/exports/\(export.uuid.uuidString.lowercased())/download?token=\(token)"
            expiry = FrenchFormat.dayAndTime(expiresAt, timeZone: zone)
        }
        let message = row.senderMessage ?? ""
        return RecipientMailView(
            hasName: !recipient.address.fullname.isEmpty, name: recipient.address.fullname,
            typeLabel: FrenchFormat.typeLabel(export.type), periodStart: start, periodEnd: end,
            rows: FrenchFormat.counted(Self.statsNumber("rows", export.statsJSON), "ligne"),
            file: Self.fileDescription(export), downloadURL: link, expiryDate: expiry,
            exportUUID: export.uuid.uuidString.lowercased(), senderName: row.senderName ?? "",
            hasMessage: !message.isEmpty, message: message)
    }

    /// The integer `stats.<key>` (`rows`, `file_size`…), 0 when absent.
    static func statsNumber(_ key: String, _ statsJSON: String?) -> Int {
        guard let data = statsJSON?.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return 0 }
        return (object[key] as? NSNumber)?.intValue ?? 0
    }

    /// `archive ZIP contenant un fichier XLSX, 3,2 Mo` (docs/emails.md §3): what the link
    /// downloads, so that nobody starts a 300 MB download on a phone by surprise.
    static func fileDescription(_ export: ExportRecord) -> String {
        let content = "archive ZIP contenant un fichier \(export.format.rawValue.uppercased())"
        let size = statsNumber("file_size", export.statsJSON)
        return size > 0 ? "\(content), \(FrenchFormat.fileSize(size))" : content
    }

    /// `error.message`, or the raw JSON when it has none.
    static func errorMessage(_ errorJSON: String?) -> String {
        guard let text = errorJSON else { return "(aucune erreur enregistrée)" }
        guard let data = text.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let message = object["message"] as? String
        else { return text }
        return message
    }
}
