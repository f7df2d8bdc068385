import ExportTrips
import Foundation

/// A request the open-data builder cannot serve.
package enum OpendataFileError: Error, CustomStringConvertible {
    /// The month is not `YYYY-MM`.
    case invalidMonth(String)
    /// `OPENDATA_SALT` is empty.
    case missingSalt

    /// One line for the export's `error`.
    package var description: String {
        switch self {
        case .invalidMonth(let month): "invalid open-data month \(month), expected YYYY-MM"
        case .missingSalt: "OPENDATA_SALT is required to build an open-data file"
        }
    }
}
