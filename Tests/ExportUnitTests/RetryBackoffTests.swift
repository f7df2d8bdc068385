import ExportStore
import Testing

/// The one retry backoff of docs/queue.md §6, shared by failed attempts, rescued leases and
/// e-mails.
@Suite struct RetryBackoffTests {
    @Test func stepDoublesFromThirtySecondsUpToFifteenMinutes() {
        let steps = (1...8).map { RetryBackoff.range(afterAttempt: $0).upperBound }
        #expect(steps == [30, 60, 120, 240, 480, 900, 900, 900])
        #expect(RetryBackoff.range(afterAttempt: 0) == RetryBackoff.range(afterAttempt: 1))
        #expect(RetryBackoff.range(afterAttempt: 1_000).upperBound == 900)
    }

    @Test func waitIsBetweenHalfTheStepAndTheStep() {
        for attempt in 1...7 {
            let range = RetryBackoff.range(afterAttempt: attempt)
            #expect(range.lowerBound == range.upperBound / 2)
            let draws = (0..<200).map { _ in RetryBackoff.seconds(afterAttempt: attempt) }
            #expect(draws.allSatisfy(range.contains), "attempt \(attempt): \(draws)")
            #expect(Set(draws).count > 1, "attempt \(attempt) is spread")
        }
    }
}
