import ExportModels
import Foundation

/// A file configuration that cannot be used.
package enum FieldConfigurationError: Error, Equatable, CustomStringConvertible {
    /// A column name that no column has.
    case unknownColumn(String)
    /// An export type that no file has.
    case unknownType(String)
    /// A column listed twice.
    case duplicateColumn(String)

    /// One line naming the culprit.
    package var description: String {
        switch self {
        case .unknownColumn(let name): "EXPORT_FIELDS_FILE: unknown column \(name)"
        case .unknownType(let name): "EXPORT_FIELDS_FILE: unknown export type \(name)"
        case .duplicateColumn(let name): "EXPORT_FIELDS_FILE: column \(name) listed twice"
        }
    }
}
