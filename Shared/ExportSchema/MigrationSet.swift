import ExportCrypto
import Foundation

/// A group of migrations applied in order: the project's own `export` schema, or the upstream
/// schemas that production owns and that development, tests and the demo create themselves.
package enum MigrationSet: String, Sendable, CaseIterable {
    /// The `export` schema: exports, recipients, logs, outbox.
    case export
    /// The registry's schemas the export reads (`carpool_v2`, `geo`, `policy`…).
    case upstream
}
