import Foundation

/// Scratch files for the storage tests, in a folder of their own that `remove()` deletes.
struct StorageTestFiles {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "storage-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder (not created).
    func path(_ name: String) -> String {
        folder.appending(path: name).path
    }

    /// Writes `byteCount` bytes of a pattern whose period (251) divides no part size, so that
    /// parts stored out of order or twice change the content.
    func patternFile(_ name: String, byteCount: Int) throws -> (path: String, content: Data) {
        let content = Data((0..<byteCount).map { UInt8($0 % 251) })
        try content.write(to: URL(fileURLWithPath: path(name)))
        return (path(name), content)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
