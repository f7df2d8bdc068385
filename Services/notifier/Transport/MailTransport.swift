/// Hands a rendered e-mail to the outside world: an SMTP server, or a folder of `.eml` files.
protocol MailTransport: Sendable {
    /// Returns once the message is accepted (by the SMTP server, or written); throws
    /// `MailDeliveryError` otherwise.
    func deliver(_ mail: OutgoingMail) async throws
}

/// Why a message was not delivered, and whether trying again may help.
enum MailDeliveryError: Error, CustomStringConvertible {
    /// A 4xx reply, a transport or configuration problem: retried later.
    case temporary(String)
    /// A 5xx reply or an unusable address: final for that message.
    case permanent(String)

    /// The reason, which may echo an address: stored only after redaction.
    var description: String {
        switch self {
        case .temporary(let reason), .permanent(let reason): reason
        }
    }
}
