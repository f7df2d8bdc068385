import CIsal
import CMinizip
import Foundation

/// A ZIP file being written with minizip, one entry at a time.
///
/// minizip writes the archive's records; the entries' bytes reach it already compressed (its
/// raw mode), deflated by ISA-L's igzip (`RawDeflater`) with their CRC-32 computed by ISA-L too:
/// zlib's deflate and CRC took 44 % of the builder's processor time on a million-row XLSX
/// (docs/benchmarks.md §2).
///
/// ZIP64 records are written only for entries opened with `zip64: true`; an entry opened
/// without them refuses to grow past 4 GiB with a clear error rather than write a file readers
/// misread. Not thread-safe: one owner at a time.
package final class ZipArchive {
    private var handle: zipFile?
    private let path: String
    private var entryOpen = false
    private var entryBytes: UInt64 = 0
    private var entryAllowsZip64 = false
    private var entryCRC: UInt32 = 0
    private var deflater: RawDeflater?
    private static let classicLimit: UInt64 = 0xFFFF_FFFF

    /// Creates (or truncates) the archive at `path`.
    package init(creatingAt path: String) throws {
        self.path = path
        guard let handle = zipOpen64(path, APPEND_STATUS_CREATE) else {
            throw ZipError(operation: "create the archive", code: nil, path: path)
        }
        self.handle = handle
    }

    deinit {
        if let handle { zipClose(handle, nil) }
    }

    /// Starts an entry named `name`; `zip64` writes ZIP64 records for it (needed past 4 GiB).
    package func beginEntry(_ name: String, compression: ZipCompression, zip64: Bool = false) throws {
        let handle = try openHandle()
        var info = zip_fileinfo()
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        info.tmz_date = tm_zip(
            tm_sec: UInt32(now.second ?? 0), tm_min: UInt32(now.minute ?? 0), tm_hour: UInt32(now.hour ?? 0),
            tm_mday: UInt32(now.day ?? 1), tm_mon: UInt32((now.month ?? 1) - 1), tm_year: UInt32(now.year ?? 1980))
        let (method, level): (Int32, Int32)
        switch compression {
        case .stored:
            (method, level, deflater) = (0, 0, nil)
        case .deflated(let deflateLevel):
            (method, level, deflater) = (
                Z_DEFLATED, Int32(deflateLevel), try RawDeflater(level: deflateLevel, path: path)
            )
        }
        let status = zipOpenNewFileInZip3_64(
            handle, name, &info, nil, 0, nil, 0, nil, method, level, 1, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, nil, 0,
            zip64 ? 1 : 0)
        guard status == ZIP_OK else { throw ZipError(operation: "open entry \(name)", code: status, path: path) }
        entryOpen = true
        entryBytes = 0
        entryCRC = 0
        entryAllowsZip64 = zip64
    }

    /// Appends bytes to the open entry.
    package func write(_ bytes: UnsafeRawBufferPointer) throws {
        let handle = try openHandle()
        entryBytes += UInt64(bytes.count)
        guard entryAllowsZip64 || entryBytes < Self.classicLimit else {
            throw ZipError(operation: "entry passes 4 GiB without ZIP64 records: refused", code: nil, path: path)
        }
        guard let base = bytes.baseAddress else { return }
        entryCRC = crc32_gzip_refl(entryCRC, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
        if let deflater {
            try deflater.compress(bytes) { try writeRaw($0, to: handle) }
        } else {
            try writeRaw(bytes, to: handle)
        }
    }

    /// Hands bytes as they are stored (compressed already, or not at all) to minizip.
    private func writeRaw(_ bytes: UnsafeRawBufferPointer, to handle: zipFile) throws {
        var offset = 0
        while offset < bytes.count {
            let length = min(bytes.count - offset, 1 << 30)
            let status = zipWriteInFileInZip(handle, bytes.baseAddress! + offset, UInt32(length))
            guard status == ZIP_OK else { throw ZipError(operation: "write", code: status, path: path) }
            offset += length
        }
    }

    /// Appends bytes to the open entry.
    package func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Ends the open entry (its CRC and sizes are written).
    package func endEntry() throws {
        let handle = try openHandle()
        if let deflater {
            try deflater.finish { try writeRaw($0, to: handle) }
            self.deflater = nil
        }
        // ISA-L's CRC is crc32_gzip_refl: the reflected IEEE polynomial of ZIP, as zlib computes it.
        let status = zipCloseFileInZipRaw64(handle, entryBytes, uLong(entryCRC))
        entryOpen = false
        guard status == ZIP_OK else { throw ZipError(operation: "close entry", code: status, path: path) }
    }

    /// Adds the file at `source` as entry `name`, with ZIP64 records only when it needs them.
    package func addFile(at source: String, as name: String, compression: ZipCompression) throws {
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: source))
        defer { try? file.close() }
        let size = try file.seekToEnd()
        try file.seek(toOffset: 0)
        try beginEntry(name, compression: compression, zip64: size >= Self.classicLimit)
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
            try chunk.withUnsafeBytes { try write($0) }
        }
        try endEntry()
    }

    /// Writes the central directory and closes the file.
    package func close() throws {
        let handle = try openHandle()
        if entryOpen { try endEntry() }
        self.handle = nil
        let status = zipClose(handle, nil)
        guard status == ZIP_OK else { throw ZipError(operation: "close the archive", code: status, path: path) }
    }

    private func openHandle() throws -> zipFile {
        guard let handle else { throw ZipError(operation: "archive already closed", code: nil, path: path) }
        return handle
    }
}
