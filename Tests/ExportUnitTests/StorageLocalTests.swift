import ExportStorage
import Foundation
import Testing

/// `LocalStorage` in a scratch folder: the same behaviour as S3, and keys that cannot leave
/// the folder.
@Suite struct StorageLocalTests {
    let folder = FileManager.default.temporaryDirectory.appending(path: "local-storage-\(UUID().uuidString)")
    var storage: LocalStorage { LocalStorage(directory: folder.path) }

    @Test func storesReadsDescribesAndDeletesAnObject() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = "exports/1b4e28ba/rpc-export-operator-2025-01-01-2025-02-01-1b4e28ba.zip"
        let content = Data("contenu".utf8)

        try await storage.put(content, key: key, contentType: "application/zip")

        #expect(try await storage.get(key: key) == content)
        #expect(try Data(contentsOf: folder.appending(path: key)) == content)
        let metadata = try #require(try await storage.head(key: key))
        #expect(metadata.size == Int64(content.count))
        #expect(!metadata.etag.isEmpty)
        let location = try await storage.downloadLocation(key: key, validFor: .seconds(300))
        #expect(location == .file(path: folder.appending(path: key).path))
        try await storage.delete(key: key)
        #expect(try await storage.head(key: key) == nil)
        let error = await #expect(throws: StorageError.self) { try await storage.get(key: key) }
        #expect(error?.code == .noSuchKey)
        try await storage.delete(key: key)
    }

    @Test func replacesAnObjectFromAFileAndCopiesItBack() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appending(path: "work/source.csv")
        try FileManager.default.createDirectory(
            at: source.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("nouveau".utf8).write(to: source)
        try await storage.put(Data("ancien".utf8), key: "opendata/2025-01/2025-01.csv", contentType: "text/csv")

        try await storage.put(fileAt: source.path, key: "opendata/2025-01/2025-01.csv", contentType: "text/csv")
        let copy = folder.appending(path: "work/copy.csv")
        try await storage.download(key: "opendata/2025-01/2025-01.csv", toFileAt: copy.path)

        #expect(try Data(contentsOf: copy) == Data("nouveau".utf8))
        #expect(try await storage.listMultipartUploads(prefix: "").isEmpty, "no partial file is left behind")
    }

    @Test func listsTheObjectsOfAPrefixInKeyOrder() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for key in ["exports/b/2.zip", "exports/a/1.zip", "exports/ab/3.zip", "opendata/2025-01/2025-01.csv"] {
            try await storage.put(Data(key.utf8), key: key, contentType: "application/zip")
        }

        let exports = try await storage.list(prefix: "exports/")
        #expect(exports.map(\.key) == ["exports/a/1.zip", "exports/ab/3.zip", "exports/b/2.zip"])
        #expect(try await storage.list(prefix: "exports/a").map(\.key) == ["exports/a/1.zip", "exports/ab/3.zip"])
        #expect(try await storage.list(prefix: "").count == 4)
        #expect(try await storage.list(prefix: "missing/").isEmpty)
        #expect(try await storage.list(prefix: "exports/a/").first?.size == Int64("exports/a/1.zip".utf8.count))
    }

    @Test func reportsAndAbortsTheFilesOfAnInterruptedWrite() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let leftover = folder.appending(path: "exports/1b4e28ba/.a.zip.0F2C.partial")
        try FileManager.default.createDirectory(
            at: leftover.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover)

        let uploads = try await storage.listMultipartUploads(prefix: "exports/")

        #expect(uploads.map(\.key) == ["exports/1b4e28ba/a.zip"])
        #expect(uploads.map(\.uploadID) == ["0F2C"])
        #expect(try await storage.list(prefix: "exports/").isEmpty, "a partial file is not an object")
        try await storage.abortMultipartUpload(try #require(uploads.first))
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test(arguments: [
        "", "/etc/passwd", "../outside.zip", "exports/../../outside.zip", "exports/./a.zip", "exports//a.zip",
        "exports/a.zip/", "exports/.a.zip.0F2C.partial", "exports\\a.zip", "exports/a\nb.zip",
        String(repeating: "a", count: 1025),
    ])
    func refusesKeysThatCouldLeaveTheFolderOrHitAPartialFile(key: String) async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await #expect(throws: StorageError.self) {
            try await storage.put(Data("x".utf8), key: key, contentType: "application/zip")
        }
        #expect(error?.code == .invalidKey)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test(arguments: ["../", "/", "exports/.", "exports//"])
    func refusesListingPrefixesOutsideTheKeyRules(prefix: String) async throws {
        let error = await #expect(throws: StorageError.self) { try await storage.list(prefix: prefix) }
        #expect(error?.code == .invalidKey)
    }

    @Test func resolvesARelativeFolderAgainstTheCurrentDirectory() {
        let storage = LocalStorage(directory: "./var/storage")
        #expect(storage.directory == FileManager.default.currentDirectoryPath + "/var/storage")
    }
}
