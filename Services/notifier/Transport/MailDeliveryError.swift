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
