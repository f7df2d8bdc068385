import Synchronization

/// The stop request of one attempt, raised by the heartbeat, the progress reports or the
/// shutdown handler and awaited by the attempt; the first reason wins.
final class StopSignal: Sendable {
    private let first = Mutex<StopReason?>(nil)
    private let continuation: AsyncStream<StopReason>.Continuation
    /// Yields the first reason, then ends.
    let reasons: AsyncStream<StopReason>

    /// A signal not raised yet.
    init() {
        (reasons, continuation) = AsyncStream.makeStream(of: StopReason.self, bufferingPolicy: .bufferingOldest(1))
    }

    /// Asks the attempt to stop; later reasons are ignored.
    func raise(_ reason: StopReason) {
        let isFirst = first.withLock { current in
            guard current == nil else { return false }
            current = reason
            return true
        }
        if isFirst {
            continuation.yield(reason)
            continuation.finish()
        }
    }

    /// The reason raised, if any.
    var reason: StopReason? { first.withLock { $0 } }
}
