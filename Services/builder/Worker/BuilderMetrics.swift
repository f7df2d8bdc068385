import Metrics

/// The counters and timers of the builder's work, exposed on `/metrics`.
struct BuilderMetrics: Sendable {
    private let built = Counter(label: "builder_exports_built_total")
    private let failed = Counter(label: "builder_exports_failed_total")
    private let retried = Counter(label: "builder_exports_retried_total")
    private let canceled = Counter(label: "builder_exports_canceled_total")
    private let lost = Counter(label: "builder_leases_lost_total")
    private let released = Counter(label: "builder_leases_released_total")
    private let abandoned = Counter(label: "builder_attempts_abandoned_total")
    private let rescued = Counter(label: "builder_leases_rescued_total")
    private let rows = Counter(label: "builder_rows_written_total")
    private let duration = Metrics.Timer(label: "builder_export_duration_seconds", preferredDisplayUnit: .seconds)

    /// An export built and stored, with its rows and the attempt's duration.
    func recordSuccess(rows written: Int, duration elapsed: Duration) {
        built.increment()
        rows.increment(by: written)
        duration.recordNanoseconds(Int64(elapsed / .nanoseconds(1)))
    }

    /// A failed attempt: `final` when the export ended in `error`, else it will be retried.
    func recordFailure(final: Bool) {
        (final ? failed : retried).increment()
    }

    /// An attempt stopped before its end.
    func recordStop(_ reason: StopReason) {
        switch reason {
        case .canceled: canceled.increment()
        case .lost: lost.increment()
        case .shutdown: released.increment()
        case .unreachable: abandoned.increment()
        case .tooManyRows: break  // a final failure, counted by `recordFailure`
        }
    }

    /// Stale leases taken back before a look at the queue.
    func recordRescues(_ count: Int) {
        rescued.increment(by: count)
    }
}
