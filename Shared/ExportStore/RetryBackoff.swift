/// How long a failed attempt waits before the next (docs/queue.md §6): 30 s, 60 s, 120 s…, at
/// most 15 minutes, less a random part of up to half, so that what failed together (an outage)
/// does not come back all at once. The one definition: statements bind the seconds it gives.
package enum RetryBackoff {
    /// The seconds the wait after attempt `attempt` may last: from half the step to the whole
    /// step, 30 s × 2^(attempt − 1) capped at 900 s.
    package static func range(afterAttempt attempt: Int) -> ClosedRange<Double> {
        let full = Double(min(30 << min(max(attempt - 1, 0), 10), 900))
        return full / 2...full
    }

    /// Seconds to wait after attempt `attempt` failed, drawn at random in `range(afterAttempt:)`.
    package static func seconds(afterAttempt attempt: Int) -> Double {
        Double.random(in: range(afterAttempt: attempt))
    }
}
