public import Foundation

/// One object of a listing.
public struct StoredObject: Sendable, Hashable {
    public let key: String
    /// Size in bytes.
    public let size: Int64
    public let lastModified: Date

    public init(key: String, size: Int64, lastModified: Date) {
        self.key = key
        self.size = size
        self.lastModified = lastModified
    }
}

/// What `head` tells of an object.
public struct ObjectMetadata: Sendable, Hashable {
    /// Size in bytes.
    public let size: Int64
    /// The entity tag, without quotes: S3's (the MD5 of a single-part upload), or for the local
    /// store the modification time and size in hex, like common web servers.
    public let etag: String
    public let lastModified: Date

    public init(size: Int64, etag: String, lastModified: Date) {
        self.size = size
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// An upload begun and neither completed nor aborted.
public struct MultipartUpload: Sendable, Hashable {
    /// The key the upload was writing.
    public let key: String
    /// The store's identifier of the upload.
    public let uploadID: String
    /// When the upload began.
    public let initiated: Date

    public init(key: String, uploadID: String, initiated: Date) {
        self.key = key
        self.uploadID = uploadID
        self.initiated = initiated
    }
}

/// How a client gets an object's content.
public enum DownloadLocation: Sendable, Hashable {
    /// A URL the client may fetch directly until it expires (a redirect target).
    case url(URL)
    /// A local file that the API streams itself.
    case file(path: String)
}
