package import Foundation

/// How a client gets an object's content.
package enum DownloadLocation: Sendable, Hashable {
    /// A URL the client may fetch directly until it expires (a redirect target).
    case url(URL)
    /// A local file that the API streams itself.
    case file(path: String)
}
