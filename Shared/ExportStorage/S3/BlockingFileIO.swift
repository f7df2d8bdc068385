import ExportCrypto
import Foundation
import NIOPosix

/// The file reads the S3 store makes before sending a body, run on NIO's blocking thread pool
/// so that they never hold a thread of Swift's cooperative pool.
enum BlockingFileIO {
    /// The size of the file at `path` in bytes.
    static func size(ofFileAt path: String) async throws -> Int64 {
        try await NIOThreadPool.singleton.runIfActive {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return (attributes[.size] as? NSNumber)?.int64Value ?? 0
        }
    }

    /// The lowercase hex SHA-256 of `length` bytes of the file at `path` from `offset`, read a
    /// mebibyte at a time.
    static func sha256(ofFileAt path: String, offset: Int64, length: Int64) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive {
            let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? file.close() }
            try file.seek(toOffset: UInt64(offset))
            var hasher = SHA256Hasher()
            var remaining = length
            while remaining > 0 {
                let chunk = try file.read(upToCount: Int(min(remaining, 1 << 20))) ?? Data()
                guard !chunk.isEmpty else {
                    throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
                }
                hasher.update(chunk)
                remaining -= Int64(chunk.count)
            }
            return Hex.encode(hasher.finalize())
        }
    }
}
