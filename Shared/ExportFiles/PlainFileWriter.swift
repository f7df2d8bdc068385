import Foundation

/// Writes chunks, in order, into a new plain file (a CSV that is published as it is, not
/// zipped).
///
/// `@unchecked Sendable`: the file handle is not thread-safe, but `withOverlappedConsumer` hands
/// it one chunk at a time and waits for each write before the next, and `close` runs after the
/// last; so it is used by one thread at a time, in order.
package final class PlainFileWriter: ChunkConsumer, @unchecked Sendable {
    private let handle: FileHandle

    /// Creates (or empties) the file at `path`. Blocking.
    package init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    /// Appends a chunk's bytes. Blocking.
    package func consume(_ chunk: FileChunk) throws {
        try handle.write(contentsOf: chunk.bytes)
    }

    /// Flushes and closes the file. Blocking.
    package func close() throws {
        try handle.synchronize()
        try handle.close()
    }
}
