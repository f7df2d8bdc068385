import ExportModels
import Foundation

/// A new export as validated, before permissions and the territory perimeter are applied.
struct ExportDraft: Sendable, Equatable {
    /// The parameters asked for (the territory not resolved yet).
    var params: ExportParams
    /// The file format.
    var format: ExportFormat
    /// The recipients, merged.
    var recipients: [RecipientAddress]
}
