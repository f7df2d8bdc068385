import ExportNotifierClient
import Foundation
import Testing

/// The wake-up call that the builder (and the API) send the notifier after queueing e-mails.
@Suite struct BuilderNotifierWakeUpTests {
    @Test func wakesTheNotifierWithTheInternalToken() async throws {
        try await NotifierStandIn.with { notifier in
            let wakeUp = NotifierWakeUp(
                baseURL: notifier.baseURL, token: "t0ken", timeout: .seconds(20), logger: .quiet)
            #expect(await wakeUp.wake(export: UUID()))
            #expect(notifier.authorizations == ["Bearer t0ken"])
        }
    }

    @Test func sendsNoAuthorizationWithoutAToken() async throws {
        try await NotifierStandIn.with { notifier in
            #expect(
                await NotifierWakeUp(baseURL: notifier.baseURL, token: "", timeout: .seconds(20), logger: .quiet).wake()
            )
            #expect(notifier.authorizations == [""])
        }
    }

    @Test func anUnreachableNotifierIsReportedWithoutThrowingOrWaitingLong() async throws {
        let port = try ServiceProcess.freePort()
        let wakeUp = NotifierWakeUp(
            baseURL: try #require(URL(string: "http://127.0.0.1:\(port)")), token: nil, timeout: .seconds(1),
            logger: .quiet)
        let started = ContinuousClock.now
        #expect(await wakeUp.wake() == false)
        #expect(ContinuousClock.now - started < .seconds(60), "far below curl's own 300 s connect time-out")
    }
}
