import NIOCore
import NIOPosix
import Synchronization

/// A producer of batches that blocks while it waits for the server; it runs on the thread pool.
protocol BlockingBatchSource<Element>: AnyObject, Sendable {
    associatedtype Element: Sendable
    /// The next batch, or nil once the stream is complete. Blocking.
    func nextBatch() throws -> [Element]?
    /// Asks the server to stop sending (thread-safe, may run while `nextBatch` blocks).
    func cancel()
    /// Stops early and leaves the connection ready for the next statement. Blocking.
    func abandon()
}

/// Rows (or COPY chunks) arriving from PostgreSQL as an `AsyncSequence` with back-pressure:
/// while the consumer handles one batch, the next is read on the thread pool, and no more; so
/// reading overlaps with processing and memory stays flat whatever the size of the result.
/// Cancelling the consuming task cancels the statement on the server.
///
/// A stream is read once: its rows come off the connection as they are read, and two
/// iterators would take batches from each other. A second `makeAsyncIterator()` (a second
/// `for try await` over the same stream) stops the process with a precondition failure, as a
/// second use of a busy connection does; checking costs one atomic exchange per stream.
package struct PostgresStream<Element: Sendable>: AsyncSequence, Sendable {
    let prefetcher: Prefetcher<Element>

    /// Creates the one iterator of this stream.
    package func makeAsyncIterator() -> Iterator {
        precondition(prefetcher.beginIteration(), "a PostgresStream was iterated twice")
        return Iterator(prefetcher: prefetcher)
    }

    /// Hands out the elements of one batch, then asks for the next.
    package struct Iterator: AsyncIteratorProtocol {
        let prefetcher: Prefetcher<Element>
        var batch: [Element] = []
        var position = 0

        /// The next element, or nil at the end.
        package mutating func next() async throws -> Element? {
            while position == batch.count {
                guard let next = try await prefetcher.next() else { return nil }
                batch = next
                position = 0
            }
            defer { position += 1 }
            return batch[position]
        }
    }
}

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
