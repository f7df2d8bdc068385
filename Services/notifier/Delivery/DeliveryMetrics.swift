import Metrics

/// The notifier's counters on `/metrics`: e-mails accepted, put back for a retry, refused for
/// good; labelled with the kind of e-mail.
struct DeliveryMetrics: Sendable {
    /// Counts one outcome of `kind`, `count` times (a support batch counts its rows).
    func record(_ outcome: DeliveryOutcome, kind: String, count: Int = 1) {
        let label =
            switch outcome {
            case .sent: "notifier_emails_sent_total"
            case .retried: "notifier_emails_retried_total"
            case .failed: "notifier_emails_failed_total"
            }
        Counter(label: label, dimensions: [("kind", kind)]).increment(by: count)
    }
}

/// What became of one delivery.
enum DeliveryOutcome: Sendable {
    /// Accepted by the SMTP server (or written to `MAIL_DIR`).
    case sent
    /// Put back in the outbox for a later attempt.
    case retried
    /// Refused for good.
    case failed
}

/// What one delivery run did, for the logs and `export-notifier deliver`.
struct DeliveryReport: Sendable, Equatable {
    var sent = 0
    var retried = 0
    var failed = 0

    mutating func add(_ outcome: DeliveryOutcome, count: Int = 1) {
        switch outcome {
        case .sent: sent += count
        case .retried: retried += count
        case .failed: failed += count
        }
    }
}
