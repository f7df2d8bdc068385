package import Foundation

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
