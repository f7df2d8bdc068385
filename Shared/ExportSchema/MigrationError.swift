import ExportCrypto
import Foundation

/// Why migrations could not be applied.
package enum MigrationError: Error, CustomStringConvertible {
    /// The SQL files could not be found or read.
    case missingFiles(String)
    /// A migration recorded as applied no longer matches its file.
    case modifiedAfterApplying(String)

    /// A one-line explanation.
    package var description: String {
        switch self {
        case .missingFiles(let reason): "migrations missing: \(reason)"
        case .modifiedAfterApplying(let name):
            "migration \(name) was changed after it was applied; add a new migration instead"
        }
    }
}
