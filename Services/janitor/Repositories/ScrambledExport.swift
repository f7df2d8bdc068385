import ExportModels
import ExportPostgres
import ExportStore
import Foundation

/// An export whose recipients were just scrambled.
struct ScrambledExport: Sendable, Equatable {
    /// Public identifier, for logs.
    let uuid: UUID
    /// How many recipients were scrambled.
    let recipients: Int
}
