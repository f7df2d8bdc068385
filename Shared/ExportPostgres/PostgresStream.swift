import NIOCore
import NIOPosix
import Synchronization

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
