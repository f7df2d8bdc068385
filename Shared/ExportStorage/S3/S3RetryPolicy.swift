import ExportCurl

/// How S3 calls are retried: a transient failure — an answer 5xx (`SlowDown` and
/// `InternalError` included), 429 or `RequestTimeout`, or a transport error — is sent again,
/// at most `maxAttempts` times in all, after a jittered exponential backoff, and never sooner
/// than the answer's `Retry-After` (docs/builder.md, "Storage").
package struct S3RetryPolicy: Sendable {
    /// Tries in all, the first included.
    package var maxAttempts: Int
    /// The backoff's first step.
    package var baseDelay: Duration
    /// The longest backoff, and the longest `Retry-After` honoured.
    package var maxDelay: Duration

    /// Five tries over about 3 s of backoff (0.2, 0.4, 0.8, 1.6 s, each less up to half at
    /// random), longer when S3 asks for it.
    package static let standard = S3RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(200), maxDelay: .seconds(20))

    package init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration) {
        precondition(maxAttempts >= 1, "at least one attempt")
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait after failed attempt `attempt` (1 for the first): a random time between half
    /// and all of `baseDelay × 2^(attempt − 1)`, capped at `maxDelay`, and at least
    /// `retryAfter` (itself capped at `maxDelay`).
    func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration {
        let step = min(maxDelay, baseDelay * (1 << min(max(attempt - 1, 0), 20)))
        let jittered = step / 2 + step / 2 * Double.random(in: 0...1)
        return max(jittered, min(retryAfter ?? .zero, maxDelay))
    }

    /// True for a failure that the same request may not meet again.
    static func isTransient(_ error: any Error) -> Bool {
        switch error {
        case let error as StorageError:
            guard let status = error.status else { return false }
            return status >= 500 || status == 429 || error.code == .slowDown || error.code == .requestTimeout
                || error.code == .internalError
        case let error as CurlError:
            return ![.failedInit, .writeError, .readError, .abortedByCallback].contains(error.code)
        default:
            return false
        }
    }
}
