import Metrics

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
