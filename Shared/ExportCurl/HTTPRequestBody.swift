package import Foundation

/// Where a request's body comes from.
package enum HTTPRequestBody: Sendable {
    /// No body.
    case empty
    /// Bytes already in memory.
    case data(Data)
    /// `length` bytes of the file at `path` from byte `offset`, read while they are sent, so that
    /// a file of any size is never loaded into memory (one part of a multipart upload is a region).
    case file(path: String, offset: Int64, length: Int64)

    /// The number of bytes sent.
    package var length: Int64 {
        switch self {
        case .empty: 0
        case .data(let data): Int64(data.count)
        case .file(_, _, let length): length
        }
    }
}
