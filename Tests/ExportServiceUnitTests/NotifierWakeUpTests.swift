import ExportNotifierClient
import Testing

@testable import ExportNotifier

/// The delivery loop's wake-ups: a signal ends the wait, signals sent while the loop is busy
/// are kept (merged into one), the timer ends it otherwise, and cancellation never leaves it hanging.
@Suite struct NotifierWakeUpTests {
    @Test func aSignalSentWhileBusyEndsTheNextWaitOnlyOnce() async {
        let wakeUps = DeliveryWakeUps()
        wakeUps.signal()
        wakeUps.signal()
        let clock = ContinuousClock()
        let merged = await clock.measure { await wakeUps.wait(timeout: .seconds(600)) }
        #expect(merged < .seconds(120))
        let timedOut = await clock.measure { await wakeUps.wait(timeout: .milliseconds(200)) }
        #expect(timedOut >= .milliseconds(200), "the two signals counted as one")
    }

    @Test func aSignalEndsAWaitInProgress() async {
        let wakeUps = DeliveryWakeUps()
        let clock = ContinuousClock()
        async let waited = clock.measure { await wakeUps.wait(timeout: .seconds(600)) }
        // Whether the wait has begun is not observable; this pause only makes it likely that the
        // signal lands during the wait (the expectation holds either way).
        try? await Task.sleep(for: .milliseconds(50))
        wakeUps.signal()
        #expect(await waited < .seconds(120))
    }

    @Test func cancellingTheWaitingTaskEndsTheWait() async {
        let wakeUps = DeliveryWakeUps()
        let clock = ContinuousClock()
        let start = clock.now
        let waiting = Task { await wakeUps.wait(timeout: .seconds(600)) }
        waiting.cancel()
        await waiting.value
        #expect(clock.now - start < .seconds(120))
    }
}
