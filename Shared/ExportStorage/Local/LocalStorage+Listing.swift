import Foundation

extension LocalStorage {
    package func head(key: String) async throws -> ObjectMetadata? {
        try StorageKey.validate(key)
        return try await run {
            guard let file = try regularFile(at: path(of: key)) else { return nil }
            let micros = Int64(file.modified.timeIntervalSince1970 * 1_000_000)
            return ObjectMetadata(
                size: file.size, etag: String(micros, radix: 16) + "-" + String(file.size, radix: 16),
                lastModified: file.modified
            )
        }
    }

    /// Removes the file; its (possibly empty) folders stay, so that a concurrent write into
    /// the same folder never loses its folder.
    package func delete(key: String) async throws {
        try StorageKey.validate(key)
        try await run {
            do {
                try FileManager.default.removeItem(atPath: path(of: key))
            } catch CocoaError.fileNoSuchFile {
                return
            }
        }
    }

    /// Walks the deepest folder that the prefix names, in key (UTF-8 byte) order.
    package func list(prefix: String) async throws -> [StoredObject] {
        try StorageKey.validate(prefix: prefix)
        return try await run {
            try files(under: prefix)
                .filter { !$0.name.hasPrefix(".") && $0.key.hasPrefix(prefix) }
                .compactMap { entry in
                    try regularFile(at: path(of: entry.key)).map {
                        StoredObject(key: entry.key, size: $0.size, lastModified: $0.modified)
                    }
                }
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        }
    }

    /// Every file below the deepest folder named by `prefix`, as its key and file name.
    func files(under prefix: String) throws -> [(key: String, name: String)] {
        let folder = prefix.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let base = folder.isEmpty ? "" : folder + "/"
        guard let walker = FileManager.default.enumerator(atPath: directory + "/" + base) else { return [] }
        return walker.compactMap { $0 as? String }.map { relative in
            (base + relative, relative.split(separator: "/").last.map(String.init) ?? relative)
        }
    }

    /// Size and modification time of the regular file at `path`, nil when there is none.
    func regularFile(at path: String) throws -> (size: Int64, modified: Date)? {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch CocoaError.fileReadNoSuchFile, CocoaError.fileNoSuchFile {
            return nil
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        return (size, attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0))
    }
}
