import CMinizip
import Foundation

/// How an entry's bytes are stored in a ZIP.
package enum ZipCompression: Sendable, Equatable {
    /// Copied as they are (an XLSX, already deflated inside).
    case stored
    /// Deflated at a zlib level (1–9).
    case deflated(level: Int)
}
