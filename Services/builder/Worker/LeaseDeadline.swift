import Synchronization

/// How long an attempt may go on without a renewed lease. A heartbeat that succeeded proves the
/// lease from the moment it was sent (the server's `heartbeat_at` is later), and another
/// builder may take the export back `BUILDER_LEASE_TIMEOUT` after `heartbeat_at`: the attempt
/// stops `trust` after the last renewal sent — the time-out minus a safety margin — so that a
/// builder cut off from the database never uploads or writes while another builder may hold
/// the export (docs/builder.md, "Lease").
final class LeaseDeadline: Sendable {
    private let lastRenewal: Mutex<ContinuousClock.Instant>
    /// How long one renewal is trusted.
    let trust: Duration

    /// A deadline `trust` after `renewedAt` (when the claim was sent).
    init(renewedAt: ContinuousClock.Instant, trust: Duration) {
        lastRenewal = Mutex(renewedAt)
        self.trust = trust
    }

    /// Records a renewal that succeeded, sent at `sent`.
    func renewed(sentAt sent: ContinuousClock.Instant) {
        lastRenewal.withLock { $0 = max($0, sent) }
    }

    /// The instant by which the attempt must have stopped, unless the lease is renewed.
    var deadline: ContinuousClock.Instant { lastRenewal.withLock { $0 } + trust }

    /// Returns once the deadline has passed without a renewal, or when the task is cancelled.
    func waitUntilPassed() async {
        while !Task.isCancelled {
            let deadline = self.deadline
            if ContinuousClock.now >= deadline { return }
            try? await Task.sleep(until: deadline, clock: .continuous)
        }
    }
}
