/// Writes chunks into one entry of a new ZIP (a CSV deflated straight into the export's ZIP),
/// then adds the other entries and closes it.
///
/// `@unchecked Sendable`: the archive is not thread-safe, but `withOverlappedConsumer` hands it
/// one chunk at a time and waits for each write before the next, and `finish` runs after the
/// last; so it is used by one thread at a time, in order.
package final class ZipEntryWriter: ChunkConsumer, @unchecked Sendable {
    private let archive: ZipArchive

    /// Creates the archive at `path` and opens entry `name` in it. Blocking.
    package init(path: String, entry name: String, compression: ZipCompression, zip64: Bool) throws {
        archive = try ZipArchive(creatingAt: path)
        try archive.beginEntry(name, compression: compression, zip64: zip64)
    }

    /// Writes a chunk's bytes.
    package func consume(_ chunk: FileChunk) throws {
        try archive.write(chunk.bytes)
    }

    /// Ends the entry, adds `entries` and closes the archive. Blocking.
    package func finish(appending entries: [ZipEntrySpec]) throws {
        try archive.endEntry()
        for entry in entries { try archive.add(entry) }
        try archive.close()
    }
}
