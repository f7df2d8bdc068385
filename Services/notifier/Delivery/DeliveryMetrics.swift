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
