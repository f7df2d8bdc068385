package import NIOPosix

/// Receives chunks in order on a thread that may block (compression, file writes).
package protocol ChunkConsumer: AnyObject, Sendable {
    /// Writes one chunk; called for one chunk at a time, in order.
    func consume(_ chunk: FileChunk) throws
}

/// Runs `produce`, which formats chunks and hands each to `submit`; every chunk is consumed on
/// `threadPool` while the next one is formatted, with at most one chunk in flight, so that
/// formatting and compression run on two cores with memory bounded by two chunks. Returns once
/// every submitted chunk has been consumed.
package func withOverlappedConsumer<Result>(
    _ consumer: some ChunkConsumer,
    threadPool: NIOThreadPool,
    _ produce: (_ submit: (FileChunk) async throws -> Void) async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Void.self) { group in
        var inFlight = false
        func submit(_ chunk: FileChunk) async throws {
            if inFlight { try await group.next() }
            group.addTask { try await threadPool.runIfActive { try consumer.consume(chunk) } }
            inFlight = true
        }
        let result = try await produce(submit)
        try await group.waitForAll()
        return result
    }
}
