/// Where one e-mail of the outbox stands (docs/notifier.md §2): waiting for its next attempt,
/// claimed by a notifier, sent, or failed for good.
package enum NotificationState: String, Sendable, CaseIterable, SQLLiteral {
    /// Waiting for `next_attempt_at`.
    case pending
    /// Claimed by a notifier (`locked_by`, `locked_at`), being sent.
    case sending
    /// Accepted by the SMTP server.
    case sent
    /// Refused for good, or out of attempts.
    case failed
}
