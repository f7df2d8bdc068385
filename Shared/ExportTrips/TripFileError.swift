import ExportFiles
import ExportLogging
import ExportModels
import ExportPostgres
import Foundation
import Logging
import NIOPosix

/// A request the builder cannot serve.
package enum TripFileError: Error, CustomStringConvertible {
    /// The export's zone is not a known IANA zone.
    case unknownTimeZone(String)
    /// The rows written differ from the count of the same snapshot.
    case rowCountMismatch(counted: Int, written: Int)

    /// One line for the export's `error`.
    package var description: String {
        switch self {
        case .unknownTimeZone(let zone): "unknown time zone \(zone)"
        case .rowCountMismatch(let counted, let written): "counted \(counted) rows but wrote \(written)"
        }
    }
}
