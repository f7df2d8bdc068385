import NIOCore
import NIOPosix
import Synchronization

/// Keeps at most one batch being read ahead of the consumer.
///
/// `@unchecked Sendable`: its mutable state is touched only by the one iterator of the stream
/// (`beginIteration` refuses a second), one call at a time, and by `close` after the consumer
/// returned; the in-flight read is an `EventLoopFuture`, itself thread-safe.
final class Prefetcher<Element: Sendable>: @unchecked Sendable {
    private let source: any BlockingBatchSource<Element>
    private let threadPool: NIOThreadPool
    private let eventLoop: any EventLoop
    private var inflight: EventLoopFuture<[Element]?>?
    private var finished = false
    /// Set by the first iterator.
    private let iterated = Atomic<Bool>(false)

    init(source: any BlockingBatchSource<Element>, threadPool: NIOThreadPool) {
        self.source = source
        self.threadPool = threadPool
        self.eventLoop = MultiThreadedEventLoopGroup.singleton.any()
    }

    /// Records that an iterator was made; false when one already was.
    func beginIteration() -> Bool {
        !iterated.exchange(true, ordering: .relaxed)
    }

    /// The next batch, starting the read of the one after it.
    func next() async throws -> [Element]? {
        guard !finished else { return nil }
        let future = inflight ?? read()
        inflight = nil
        let source = self.source
        let batch: [Element]?
        do {
            batch = try await withTaskCancellationHandler {
                try await future.get()
            } onCancel: {
                source.cancel()
            }
        } catch {
            finished = true
            throw error
        }
        guard let batch else {
            finished = true
            return nil
        }
        inflight = read()
        return batch
    }

    /// Waits for a read in flight, then stops the source if the consumer left early.
    func close() async {
        if let inflight {
            self.inflight = nil
            do {
                if try await inflight.get() == nil { finished = true }
            } catch {
                finished = true
            }
        }
        guard !finished else { return }
        finished = true
        let source = self.source
        source.cancel()
        _ = try? await threadPool.runIfActive { source.abandon() }
    }

    private func read() -> EventLoopFuture<[Element]?> {
        let source = self.source
        return threadPool.runIfActive(eventLoop: eventLoop) { try source.nextBatch() }
    }
}
