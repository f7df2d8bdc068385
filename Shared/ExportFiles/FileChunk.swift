import NIOPosix

/// Bytes of one part of a file being written: the sheet number of an XLSX (1-based), or 1 for
/// a single-part file such as a CSV.
package struct FileChunk: Sendable {
    /// The part the bytes belong to.
    package var part: Int
    /// The bytes.
    package var bytes: [UInt8]

    /// Creates a chunk.
    package init(part: Int, bytes: [UInt8]) {
        self.part = part
        self.bytes = bytes
    }
}
