import ExportModels
import ExportStore
import Foundation

/// `Message-ID`s derived from outbox rows, so that a message sent again (after a crash between
/// the SMTP server's acceptance and its record) carries the same one and can be recognised.
enum MessageIDs {
    /// `<export uuid>.<row id>@<domain of MAIL_FROM>` for a recipient's e-mail.
    static func forRow(_ row: PendingNotification, domain: String) -> String {
        "\(row.export.uuid.uuidString.lowercased()).\(row.id)@\(domain)"
    }

    /// `support.<first row id>-<last row id>.<count>@<domain>` for a support batch: the same
    /// batch retried keeps its Message-ID.
    static func forSupportBatch(_ batch: [PendingNotification], domain: String) -> String {
        let ids = batch.map(\.id)
        return "support.\(ids.min() ?? 0)-\(ids.max() ?? 0).\(ids.count)@\(domain)"
    }
}
