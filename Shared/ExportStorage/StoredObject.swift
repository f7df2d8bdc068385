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
