import ExportModels
import Foundation

/// A checked `POST /v1/exports/{uuid}/send` body: at most 24 recipients, each a valid address
/// (none: the export's own recipients), and a plain-text message of at most 1,000 characters (Unicode code points).
struct SendOrder: Sendable {
    /// The recipients asked for, merged and normalised; empty for the export's own.
    let recipients: [RecipientAddress]
    /// The sender's message, trimmed; nil when absent or blank.
    let message: String?

    /// Checks `body`; throws a 400 naming every field at fault.
    init(_ body: SendBody) throws {
        var problems: [APIError.Detail] = []
        recipients = RecipientList.parse(body.recipients ?? [], field: "recipients") {
            problems.append(.init(field: $0, message: $1))
        }
        // Counted in code points, before trimming, as the OpenAPI document's `maxLength` counts.
        if let raw = body.message, raw.unicodeScalars.count > 1000 {
            problems.append(.init(field: "message", message: "ne peut pas dépasser 1 000 caractères"))
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        let message = body.message?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.message = message.flatMap { $0.isEmpty ? nil : $0 }
    }
}
