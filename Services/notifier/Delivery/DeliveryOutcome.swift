import Metrics

/// What became of one delivery.
enum DeliveryOutcome: Sendable {
    /// Accepted by the SMTP server (or written to `MAIL_DIR`).
    case sent
    /// Put back in the outbox for a later attempt.
    case retried
    /// Refused for good.
    case failed
}
