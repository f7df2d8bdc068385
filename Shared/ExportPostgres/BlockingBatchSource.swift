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
