/// An entry to add to a ZIP in one go.
package struct ZipEntrySpec: Sendable {
    /// Where the entry's bytes come from.
    package enum Source: Sendable {
        /// Bytes in memory (a short text).
        case bytes([UInt8])
        /// A file, copied a mebibyte at a time.
        case file(path: String)
    }

    /// The entry's name in the archive.
    package var name: String
    /// Its bytes.
    package var source: Source
    /// How they are stored.
    package var compression: ZipCompression

    /// Creates an entry.
    package init(name: String, source: Source, compression: ZipCompression) {
        self.name = name
        self.source = source
        self.compression = compression
    }
}

extension ZipArchive {
    /// Adds `entry` (ZIP64 records only for a file that needs them).
    func add(_ entry: ZipEntrySpec) throws {
        switch entry.source {
        case .bytes(let bytes):
            try beginEntry(entry.name, compression: entry.compression, zip64: false)
            try write(bytes)
            try endEntry()
        case .file(let path):
            try addFile(at: path, as: entry.name, compression: entry.compression)
        }
    }

    /// Writes a new archive at `path` holding `entries`, in order. Blocking.
    package static func write(at path: String, entries: [ZipEntrySpec]) throws {
        let archive = try ZipArchive(creatingAt: path)
        for entry in entries { try archive.add(entry) }
        try archive.close()
    }
}
