package import Foundation

/// One object of a listing.
package struct StoredObject: Sendable, Hashable {
    package let key: String
    /// Size in bytes.
    package let size: Int64
    package let lastModified: Date

    package init(key: String, size: Int64, lastModified: Date) {
        self.key = key
        self.size = size
        self.lastModified = lastModified
    }
}

/// What `head` tells of an object.
package struct ObjectMetadata: Sendable, Hashable {
    /// Size in bytes.
    package let size: Int64
    /// The entity tag, without quotes: S3's (the MD5 of a single-part upload), or for the local
    /// store the modification time and size in hex, like common web servers.
    package let etag: String
    package let lastModified: Date

    package init(size: Int64, etag: String, lastModified: Date) {
        self.size = size
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// An upload begun and neither completed nor aborted.
package struct MultipartUpload: Sendable, Hashable {
    /// The key the upload was writing.
    package let key: String
    /// The store's identifier of the upload.
    package let uploadID: String
    /// When the upload began.
    package let initiated: Date

    package init(key: String, uploadID: String, initiated: Date) {
        self.key = key
        self.uploadID = uploadID
        self.initiated = initiated
    }
}

/// How a client gets an object's content.
package enum DownloadLocation: Sendable, Hashable {
    /// A URL the client may fetch directly until it expires (a redirect target).
    case url(URL)
    /// A local file that the API streams itself.
    case file(path: String)
}
