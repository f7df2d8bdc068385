import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LocalStorage {
    /// The partial files under `prefix`: `.{name}.{uploadID}.partial` is an upload of the key
    /// `{folder}/{name}`, dated by its last write.
    package func listMultipartUploads(prefix: String) async throws -> [MultipartUpload] {
        try StorageKey.validate(prefix: prefix)
        return try await run {
            try files(under: prefix).compactMap { entry -> MultipartUpload? in
                guard let (name, uploadID) = Self.partialFileParts(entry.name) else { return nil }
                let key = String(entry.key.dropLast(entry.name.count)) + name
                guard key.hasPrefix(prefix), let file = try regularFile(at: path(of: entry.key)) else { return nil }
                return MultipartUpload(key: key, uploadID: uploadID, initiated: file.modified)
            }
        }
    }

    package func abortMultipartUpload(_ upload: MultipartUpload) async throws {
        try StorageKey.validate(upload.key)
        guard !upload.uploadID.isEmpty, !upload.uploadID.contains("/") else {
            throw StorageError(code: .noSuchUpload, key: upload.key, message: "not an upload identifier of this store")
        }
        try await run {
            do {
                try FileManager.default.removeItem(atPath: partialPath(of: upload.key, uploadID: upload.uploadID))
            } catch CocoaError.fileNoSuchFile {
                return
            }
        }
    }

    /// Creates the key's folder, lets `write` fill a new partial file, then renames it over the
    /// key's file; the partial file is removed if anything fails.
    func writeAtomically(_ key: String, _ write: (String) throws -> Void) throws {
        let final = path(of: key)
        let partial = partialPath(of: key, uploadID: UUID().uuidString)
        try FileManager.default.createDirectory(
            atPath: (final as NSString).deletingLastPathComponent, withIntermediateDirectories: true
        )
        do {
            try write(partial)
            guard rename(partial, final) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// `{folder}/.{name}.{uploadID}.partial` for the key `{folder}/{name}`.
    private func partialPath(of key: String, uploadID: String) -> String {
        let final = path(of: key) as NSString
        return final.deletingLastPathComponent + "/.\(final.lastPathComponent).\(uploadID).partial"
    }

    /// The object name and upload identifier of a partial file's name, nil for any other name.
    private static func partialFileParts(_ fileName: String) -> (name: String, uploadID: String)? {
        guard fileName.hasPrefix("."), fileName.hasSuffix(".partial") else { return nil }
        let middle = fileName.dropFirst().dropLast(".partial".count)
        guard let dot = middle.lastIndex(of: "."), dot != middle.startIndex else { return nil }
        return (String(middle[..<dot]), String(middle[middle.index(after: dot)...]))
    }
}
