import ExportCrypto
import Foundation
import Hummingbird

/// The files of the « Mes exports » page (`Services/api/WebApp`, docs/web.md), read once from the
/// module's resources: each with its content type and an entity tag of its bytes.
struct WebAppAssets: Sendable {
    /// One file as served.
    struct Asset: Sendable {
        let bytes: ByteBuffer
        let contentType: String
        /// A strong validator: the hex SHA-256 of the bytes, quoted.
        let etag: String
    }

    /// The files by name (`index.html`, `app.js`…).
    let files: [String: Asset]

    /// The content types of the extensions the page uses; any other file is not served.
    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
    ]

    /// Reads the files of `folder` (the bundled `WebApp` by default).
    init(folder: URL = Bundle.module.url(forResource: "WebApp", withExtension: nil)!) throws {
        var files: [String: Asset] = [:]
        for url in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) {
            guard let type = Self.contentTypes[url.pathExtension] else { continue }
            let data = try Data(contentsOf: url)
            let digest = Hex.encode(SHA256.hash(data))
            files[url.lastPathComponent] = Asset(
                bytes: ByteBuffer(bytes: data), contentType: type, etag: "\"\(digest)\"")
        }
        self.files = files
    }
}
