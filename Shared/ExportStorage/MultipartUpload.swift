package import Foundation

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
