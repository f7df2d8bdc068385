import ExportCurl
import Foundation
import Testing

@testable import ExportOpendata

/// The waits between data.gouv.fr attempts: doubling backoff, capped, or what `Retry-After`
/// asks (seconds or an HTTP date), capped too.
@Suite struct DatagouvRetryTests {
    private let retry = DatagouvRetry()
    private let now = Date(timeIntervalSince1970: 1_780_000_000)

    /// A response of `status` with `Retry-After: value` when given.
    private func response(_ status: Int, retryAfter value: String? = nil) -> HTTPResponse {
        var headers = HTTPHeaders()
        if let value { headers.add(name: "Retry-After", value: value) }
        return HTTPResponse(status: status, headers: headers, body: Data())
    }

    @Test func backoffDoublesUpToItsCap() {
        let delays = (1...8).map { retry.delay(afterAttempt: $0, response: response(503), now: now) }
        #expect(delays.prefix(4) == [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
        #expect(delays.last == .seconds(60))
        #expect(retry.delay(afterAttempt: 2, response: nil, now: now) == .seconds(2))
    }

    @Test func retryAfterSecondsOrDateIsHonouredWithinItsCap() {
        #expect(retry.delay(afterAttempt: 1, response: response(429, retryAfter: "7"), now: now) == .seconds(7))
        let date = "Thu, 28 May 2026 20:27:00 GMT"  // 20 s after `now` (2026-05-28T20:26:40Z)
        #expect(retry.delay(afterAttempt: 1, response: response(503, retryAfter: date), now: now) == .seconds(20))
        #expect(retry.delay(afterAttempt: 1, response: response(429, retryAfter: "86400"), now: now) == .seconds(600))
        #expect(retry.delay(afterAttempt: 3, response: response(429, retryAfter: "soon"), now: now) == .seconds(4))
    }

    @Test func onlyThrottlingServerAndTransportFailuresAreRetried() {
        let retried = [0, 429, 500, 502, 503, 504].map {
            DatagouvError(operation: "x", status: $0, message: "").isRetryable
        }
        let final = [400, 401, 403, 404, 409, 413].map {
            DatagouvError(operation: "x", status: $0, message: "").isRetryable
        }
        #expect(retried.allSatisfy { $0 })
        #expect(final.allSatisfy { !$0 })
    }
}
