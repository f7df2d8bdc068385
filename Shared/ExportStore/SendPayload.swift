import ExportModels
import ExportPostgres
import Foundation

/// What a `send` e-mail says besides the export: who sent it and their message.
struct SendPayload: Codable {
    /// The sender's name (JWT `name`, else `sub`).
    let sender: String
    /// Their plain-text message, if any.
    let message: String?
}
