import ExportModels
import ExportOpendataFile
import ExportTrips
import Foundation

/// An export whose parameters or settings no attempt can serve: it fails for good.
struct ExportInputError: Error, CustomStringConvertible {
    /// One line for the export's `error` and the log.
    let message: String

    var description: String { message }
}
