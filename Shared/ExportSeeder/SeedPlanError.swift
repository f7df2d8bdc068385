import ExportModels
import Foundation

/// Why a seed plan was refused.
package enum SeedPlanError: Error, Equatable, CustomStringConvertible {
    /// The number of trips is below 1 or above `SeedPlan.maximumTrips`.
    case tripsOutOfRange(Int)
    /// The month list is empty.
    case noMonth

    /// A one-line explanation for the command line.
    package var description: String {
        switch self {
        case .tripsOutOfRange(let trips):
            "--trips must be between 1 and \(SeedPlan.maximumTrips) (got \(trips))"
        case .noMonth:
            "at least one --month YYYY-MM is needed"
        }
    }
}
